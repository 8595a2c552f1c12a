/// Why a value of a setting cannot be used; `Strings.settingProblem` says it in the user's words.
public enum OptionProblem: Error, Sendable, Equatable {
    /// No option is named so.
    case unknownName(String)
    /// The text is not a value of `field`: its explanation says what is.
    case invalid(OptionField.Name, text: String)
    /// `think` takes on, off, low, medium or high.
    case invalidThink(String)
}
