import OllamaKit

/// Settings as JSON, as Ollama spells them: `system`, `options` (numbers, `stop` a list),
/// `think` (`true`, `false` or a level) and `keep_alive` (seconds or a duration). Reading checks
/// every value against the option table: stored or imported text is data, and a value its field
/// refuses is a decoding error naming the key.
extension ChatSettings: Codable {
    enum CodingKeys: String, CodingKey {
        case system, options, think
        case keepAlive = "keep_alive"
    }

    /// A key of the `options` object.
    struct OptionKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        self.init()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        system = try container.decodeIfPresent(String.self, forKey: .system) ?? ""
        if container.contains(.think), try !container.decodeNil(forKey: .think) {
            let words =
                try (try? container.decode(Bool.self, forKey: .think)).map { $0 ? "on" : "off" }
                ?? container.decode(String.self, forKey: .think)
            guard case .success(let mode) = Self.think(from: words) else {
                throw DecodingError.dataCorruptedError(forKey: .think, in: container, debugDescription: words)
            }
            think = mode
        }
        if container.contains(.keepAlive), try !container.decodeNil(forKey: .keepAlive) {
            let text =
                try (try? container.decode(Double.self, forKey: .keepAlive)).map(OptionValue.plain)
                ?? container.decode(String.self, forKey: .keepAlive)
            guard case .success(let value) = OptionField(.keepAlive).validate(text) else {
                throw DecodingError.dataCorruptedError(forKey: .keepAlive, in: container, debugDescription: text)
            }
            values[.keepAlive] = value
        }
        guard container.contains(.options) else { return }
        let options = try container.nestedContainer(keyedBy: OptionKey.self, forKey: .options)
        for key in options.allKeys {
            guard let field = OptionField.named(key.stringValue), field.name != .keepAlive else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: options, debugDescription: "unknown option")
            }
            let value: Result<OptionValue?, OptionProblem>
            switch field.kind {
            case .sequences:
                value = field.validate(sequences: try options.decode([String].self, forKey: key))
            case .whole:
                value = field.validate(String(try options.decode(Int.self, forKey: key)))
            default:
                value = field.validate(OptionValue.plain(try options.decode(Double.self, forKey: key)))
            }
            guard case .success(let valid) = value, let valid else {
                throw DecodingError.dataCorruptedError(forKey: key, in: options, debugDescription: "invalid value")
            }
            values[field.name] = valid
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if !system.isEmpty { try container.encode(system, forKey: .system) }
        try container.encodeIfPresent(think, forKey: .think)
        try container.encodeIfPresent(keepAlive, forKey: .keepAlive)
        let options = self.options
        if !options.isEmpty { try container.encode(options, forKey: .options) }
    }
}
