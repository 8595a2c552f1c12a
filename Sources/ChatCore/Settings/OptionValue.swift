import OllamaKit

/// A valid value of one option field, of the kind its field takes.
public enum OptionValue: Sendable, Equatable {
    case decimal(Double)
    case whole(Int)
    case sequences([String])
    case keepAlive(KeepAlive)

    /// The value as a user types it, so that `OptionField.validate` reads it back.
    public var text: String {
        switch self {
        case .decimal(let number): Self.plain(number)
        case .whole(let number): String(number)
        case .sequences(let sequences): QuotedWords.join(sequences)
        case .keepAlive(.seconds(let seconds)): Self.plain(seconds)
        case .keepAlive(.duration(let duration)): duration
        }
    }

    /// `1` rather than `1.0` for a whole number.
    static func plain(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }
}
