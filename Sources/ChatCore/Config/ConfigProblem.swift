/// Something wrong in the config file, with where it is; `Strings.configProblem` words it.
public struct ConfigProblem: Sendable, Equatable {
    /// What is wrong.
    public enum Kind: Sendable, Equatable {
        /// Not TOML: the parser's description. Nothing of the file is used.
        case malformed(String)
        /// The file exists but cannot be read.
        case unreadable
        /// A value its field refuses; that setting keeps its default.
        case badValue(OptionProblem)
        /// `key` takes text (a string in quotes); that setting keeps its default.
        case notText(String)
        /// `key` takes `true` or `false`; that setting keeps its default.
        case notABoolean(String)
        /// A key the app does not know: a warning, the rest is used.
        case unknownKey(String)
    }

    public let kind: Kind
    public let path: String
    /// The line of the file, when known (1 is the first).
    public let line: Int?

    public init(_ kind: Kind, path: String, line: Int?) {
        self.kind = kind
        self.path = path
        self.line = line
    }

    /// An unknown key is only a warning; anything else cost a setting.
    public var isWarning: Bool {
        if case .unknownKey = kind { return true }
        return false
    }
}
