/// Model sizes in decimal units as the seed prints them: `253MB`, `1.6GB`.
public enum ModelSize {
    public static func format(_ bytes: Int64) -> String {
        let value = Double(max(0, bytes))
        switch value {
        case 1e12...: return Strings.oneDecimal(value / 1e12) + "TB"
        case 1e9...: return Strings.oneDecimal(value / 1e9) + "GB"
        case 1e6...: return "\(Int((value / 1e6).rounded()))MB"
        case 1e3...: return "\(Int((value / 1e3).rounded()))KB"
        default: return "\(Int(value))B"
        }
    }

    /// `name (SIZE)`, as the model list and the picker show a model.
    public static func label(_ name: String, bytes: Int64) -> String {
        "\(name) (\(format(bytes)))"
    }
}
