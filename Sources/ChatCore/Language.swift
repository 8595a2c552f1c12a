/// The UI language: English or Russian.
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case russian = "ru"

    /// Parses `ru`, `ru_RU.UTF-8`, `english`, ...; nil for anything else.
    public init?(code: String) {
        let lowered = code.lowercased()
        if lowered.hasPrefix("ru") {
            self = .russian
        } else if lowered.hasPrefix("en") {
            self = .english
        } else {
            return nil
        }
    }

    /// The language of the locale, from the first set of `LC_ALL`, `LC_MESSAGES`, `LANG` (as POSIX
    /// orders them); English when none names Russian.
    public static func fromLocale(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return Language(code: value) ?? .english
            }
        }
        return .english
    }
}
