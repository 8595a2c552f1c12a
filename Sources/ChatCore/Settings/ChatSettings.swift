import OllamaKit

/// One chat's request settings: the system prompt, the option values and the think mode. Every
/// value it holds passed its field's validation, so whatever it holds can be sent.
public struct ChatSettings: Sendable, Equatable {
    /// Sent as a `system` message before the history; empty sends none.
    public var system: String
    /// nil leaves `think` out of the request (the model's default).
    public var think: ThinkMode?
    /// The options that are set; a field absent here is the model's default.
    public internal(set) var values: [OptionField.Name: OptionValue]

    public init(system: String = "", think: ThinkMode? = nil) {
        self.system = system
        self.think = think
        self.values = [:]
    }

    /// Nothing set: every request goes out as the model's defaults.
    public var isEmpty: Bool { self == ChatSettings() }

    /// Sets the field named `name` from `text` as typed; blank text takes the value out. A bad
    /// value changes nothing.
    public mutating func set(_ name: String, text: String) throws(OptionProblem) {
        guard let field = OptionField.named(name) else { throw .unknownName(name) }
        try set(field.name, to: field.validate(text).get())
    }

    /// Sets `name` to `value` (nil takes it out); the value must be of the field's kind.
    public mutating func set(_ name: OptionField.Name, to value: OptionValue?) throws(OptionProblem) {
        guard let value else {
            values[name] = nil
            return
        }
        guard Self.fits(value, name) else { throw .invalid(name, text: value.text) }
        values[name] = value
    }

    /// The value of `name` as typed, empty when it is the model's default: what a settings field
    /// shows.
    public func text(of name: OptionField.Name) -> String {
        values[name]?.text ?? ""
    }

    /// Reads `on`, `off`, `low`, `medium`, `high` (`true` and `false` too); blank is nil.
    public static func think(from text: String) -> Result<ThinkMode?, OptionProblem> {
        let word = text.trimmingBlanks().lowercased()
        switch word {
        case "": return .success(nil)
        case "true": return .success(.on)
        case "false": return .success(.off)
        default:
            guard let mode = ThinkMode(rawValue: word) else { return .failure(.invalidThink(text)) }
            return .success(mode)
        }
    }

    /// Whether `value` is of `name`'s kind and within its range (a stored value is checked again).
    private static func fits(_ value: OptionValue, _ name: OptionField.Name) -> Bool {
        let field = OptionField(name)
        switch (field.kind, value) {
        case (.decimal, .decimal), (.whole, .whole), (.keepAlive, .keepAlive):
            return (try? field.validate(value.text).get()) == value
        case (.sequences, .sequences(let sequences)):
            return (try? field.validate(sequences: sequences).get()) == value
        default:
            return false
        }
    }
}
