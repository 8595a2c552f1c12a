import OllamaKit

/// One row of the option table: a parameter as Ollama names it, what kind of value it takes and
/// where that value may lie. The table drives validation of flags, the config file, slash commands,
/// stored chats and the settings overlay alike.
public struct OptionField: Sendable, Equatable, Identifiable {
    /// The parameters, spelled as Ollama spells them.
    public enum Name: String, Sendable, Equatable, CaseIterable, Codable {
        case temperature
        case topP = "top_p"
        case topK = "top_k"
        case minP = "min_p"
        case seed
        case numCtx = "num_ctx"
        case numPredict = "num_predict"
        case repeatPenalty = "repeat_penalty"
        case stop
        case keepAlive = "keep_alive"
    }

    /// What a field's text is read as.
    public enum Kind: Sendable, Equatable {
        /// A number, within `lowest...highest` (nil: unbounded).
        case decimal(lowest: Double?, highest: Double?)
        /// A whole number of at least `lowest` (nil: any).
        case whole(lowest: Int?)
        /// One or more sequences, separated by blanks, quoted to hold blanks.
        case sequences
        /// Seconds, or a duration such as `5m`, `1h30m`; negative keeps the model loaded.
        case keepAlive
    }

    public let name: Name
    public let kind: Kind

    public var id: Name { name }

    /// The row of `name`.
    public init(_ name: Name) {
        self.name = name
        kind =
            switch name {
            case .temperature, .repeatPenalty: .decimal(lowest: 0, highest: nil)
            case .topP, .minP: .decimal(lowest: 0, highest: 1)
            case .topK, .numCtx: .whole(lowest: 1)
            case .seed: .whole(lowest: nil)
            case .numPredict: .whole(lowest: -2)
            case .stop: .sequences
            case .keepAlive: .keepAlive
            }
    }

    /// Every field, in the order a settings screen lists them.
    public static let all = Name.allCases.map(OptionField.init)

    /// The field named `name` as Ollama spells it (case does not matter).
    public static func named(_ name: String) -> OptionField? {
        Name(rawValue: name.lowercased()).map(OptionField.init)
    }

    /// The value of `text`; nil for blank text (the model's default); a problem when it is not
    /// a value of this field.
    public func validate(_ text: String) -> Result<OptionValue?, OptionProblem> {
        let trimmed = text.trimmingBlanks()
        if trimmed.isEmpty { return .success(nil) }
        let problem = OptionProblem.invalid(name, text: text)
        switch kind {
        case .decimal(let lowest, let highest):
            guard let number = Double(trimmed), number.isFinite, number >= lowest ?? -.infinity,
                number <= highest ?? .infinity
            else { return .failure(problem) }
            return .success(.decimal(number))
        case .whole(let lowest):
            guard let number = Int(trimmed), number >= lowest ?? .min else { return .failure(problem) }
            return .success(.whole(number))
        case .sequences:
            return validate(sequences: QuotedWords.split(trimmed))
        case .keepAlive:
            if let seconds = Double(trimmed), seconds.isFinite { return .success(.keepAlive(.seconds(seconds))) }
            guard GoDuration.isValid(trimmed) else { return .failure(problem) }
            return .success(.keepAlive(.duration(trimmed)))
        }
    }

    /// The value of a list of stop sequences, each kept as it is (from a file's array); an empty
    /// list is the model's default.
    public func validate(sequences: [String]) -> Result<OptionValue?, OptionProblem> {
        guard kind == .sequences else { return .failure(.invalid(name, text: QuotedWords.join(sequences))) }
        if sequences.isEmpty { return .success(nil) }
        guard sequences.allSatisfy({ !$0.isEmpty }) else {
            return .failure(.invalid(name, text: QuotedWords.join(sequences)))
        }
        return .success(.sequences(sequences))
    }
}
