import ChatCore
import OllamaKit

/// The settings overlay's state (F7): the system prompt and a text field per option, as typed
/// (a bad value stays in its field, marked, and is never applied), the think mode chosen, and
/// which field has the focus. Fields are numbered: the system prompt, think, then
/// `OptionField.all` in order.
struct SettingsPanel: Sendable {
    /// The think modes offered, in the order ←/→ goes through them; nil is "not sent".
    static let thinkChoices: [ThinkMode?] = [.off, .on, .low, .medium, .high, nil]
    static let systemIndex = 0
    static let thinkIndex = 1
    static let firstOptionIndex = 2
    static var fieldCount: Int { firstOptionIndex + OptionField.all.count }

    /// The settings the overlay opened with (Esc keeps them).
    let original: ChatSettings
    var system: LineEditor
    var think: ThinkMode?
    /// Why think cannot be chosen (the model does not report `thinking`); nil when it can.
    let thinkDisabled: String?
    /// The options' text, in the order of `OptionField.all`.
    var options: [LineEditor]
    var focus = 0
    /// Said under the fields: why Enter did not apply.
    var message: String?
    /// The first content row shown, kept by the view so that the focused field is in sight.
    var offset = 0

    init(settings: ChatSettings, thinkDisabled: String?) {
        original = settings
        system = LineEditor(text: settings.system)
        think = settings.think
        self.thinkDisabled = thinkDisabled
        options = OptionField.all.map { LineEditor(text: settings.text(of: $0.name)) }
    }

    /// The option field with the focus, if an option has it.
    var focusedOption: Int? {
        let index = focus - Self.firstOptionIndex
        return options.indices.contains(index) ? index : nil
    }

    /// Why the text of option `index` cannot be used; nil when it can (blank is the default).
    func problem(ofOption index: Int) -> OptionProblem? {
        if case .failure(let problem) = OptionField.all[index].validate(options[index].text) { return problem }
        return nil
    }

    /// The settings as the fields say, or the first option whose value is bad.
    var settings: Result<ChatSettings, OptionProblem> {
        var settings = original
        settings.system = system.text
        settings.think = think
        for (index, field) in OptionField.all.enumerated() {
            do throws(OptionProblem) {
                try settings.set(field.name.rawValue, text: options[index].text)
            } catch {
                return .failure(error)
            }
        }
        return .success(settings)
    }

    /// Moves the focus by `delta` fields, round the ends.
    mutating func moveFocus(by delta: Int) {
        focus = ((focus + delta) % Self.fieldCount + Self.fieldCount) % Self.fieldCount
    }

    /// The next (or previous) think mode, when think can be chosen.
    mutating func cycleThink(by delta: Int) {
        guard thinkDisabled == nil else { return }
        let choices = Self.thinkChoices
        let current = choices.firstIndex(of: think) ?? choices.count - 1
        think = choices[((current + delta) % choices.count + choices.count) % choices.count]
    }

    /// The text field with the focus (the system prompt or an option), edited by `body`; nil
    /// when think has the focus.
    @discardableResult
    mutating func editFocused<Result>(_ body: (inout LineEditor) -> Result) -> Result? {
        if focus == Self.systemIndex { return body(&system) }
        guard let index = focusedOption else { return nil }
        return body(&options[index])
    }
}
