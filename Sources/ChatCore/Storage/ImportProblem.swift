/// Why a file given to `--import` is not a chat export (`Strings.importProblem` words it).
public enum ImportProblem: Error, Sendable, Equatable {
    case unreadable
    case notJSON
    /// JSON, but not an ollama-tui chat export.
    case notAChatExport
    /// A field is missing, by its path (`messages[2].role`).
    case missing(String)
    /// A field has a value of the wrong kind, or one not allowed, by its path.
    case badValue(String)
    case noMessages
    /// Written by a newer build, in this format version.
    case newerVersion(Int)

    init(_ error: DecodingError) {
        switch error {
        case .keyNotFound(let key, let context):
            self = .missing(Self.path(context.codingPath + [key]))
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            self = .badValue(Self.path(context.codingPath))
        case .dataCorrupted(let context):
            self = context.codingPath.isEmpty ? .notJSON : .badValue(Self.path(context.codingPath))
        @unknown default:
            self = .notJSON
        }
    }

    /// `messages[2].role` from the decoder's coding path.
    static func path(_ keys: [any CodingKey]) -> String {
        keys.reduce("") { path, key in
            if let index = key.intValue { return path + "[\(index)]" }
            return path.isEmpty ? key.stringValue : path + "." + key.stringValue
        }
    }
}
