import ChatCore
import OllamaKit

/// The chat's settings: the overlay that edits them (F7), applying them (also the way in for a
/// slash command), think turned off when the model refused it, and the context gauge.
extension AppState {
    /// The share of the context (in percent) the last request took from which the gauge warns.
    static let contextWarningPercent = 80

    mutating func openSettings() -> [Effect] {
        guard session.model != nil else {
            // The settings go with a chat, and a chat needs its model first.
            notice = strings.noModelChosen
            return []
        }
        let offered = capabilities.map { $0.contains("thinking") } ?? true
        let disabled = offered ? nil : strings.thinkNotOffered(session.model.map(TextSanitizer.sanitize) ?? "—")
        overlay = .settings(SettingsPanel(settings: session.settings, thinkDisabled: disabled))
        return []
    }

    /// Makes `new` the chat's settings: every request from now on is sent with them, and the
    /// chat saves them. `notice` says what changed.
    mutating func applySettings(_ new: ChatSettings, notice: String) -> [Effect] {
        self.notice = notice
        guard new != session.settings else { return [] }
        session.settings = new
        return [.settingsChanged(new)]
    }

    mutating func handleSettingsKey(_ key: KeyEvent, panel: SettingsPanel, now: Moment) -> [Effect] {
        var panel = panel
        panel.message = nil
        let onThink = panel.focus == SettingsPanel.thinkIndex
        switch key {
        case .character(let character) where !onThink:
            panel.editFocused { $0.insert(String(character)) }
            overlay = .settings(panel)
            return []
        case .paste(let text):
            // The system prompt takes every line; an option, the first.
            let pasted = panel.focus == SettingsPanel.systemIndex ? text : String(text.prefix { $0 != "\n" })
            panel.editFocused { $0.insert(pasted) }
            overlay = .settings(panel)
            return []
        default:
            break
        }
        switch KeyBindings.action(for: key, in: .settings) ?? KeyBindings.action(for: key, in: .chat) {
        case .previousField: panel.moveFocus(by: -1)
        case .nextField: panel.moveFocus(by: 1)
        case .lineUp:
            if panel.focus != SettingsPanel.systemIndex || !panel.system.moveUp() { panel.moveFocus(by: -1) }
        case .lineDown:
            if panel.focus != SettingsPanel.systemIndex || !panel.system.moveDown() { panel.moveFocus(by: 1) }
        case .left where onThink: panel.cycleThink(by: -1)
        case .right where onThink: panel.cycleThink(by: 1)
        case .newline where panel.focus == SettingsPanel.systemIndex: panel.system.insertNewline()
        case .choose: return applyPanel(panel)
        case .close:
            overlay = nil
            return []
        case let action?:
            if panel.editFocused({ $0.performLineEdit(action) }) != true {
                // A key that works anywhere closes the overlay (its changes are not applied).
                overlay = nil
                if let effects = performAnywhere(action, now: now) { return effects }
            }
        case nil:
            break
        }
        overlay = .settings(panel)
        return []
    }

    /// Enter: the fields become the chat's settings, unless a value is bad.
    private mutating func applyPanel(_ panel: SettingsPanel) -> [Effect] {
        switch panel.settings {
        case .success(let new):
            overlay = nil
            return applySettings(new, notice: strings.settingsChanged(from: session.settings, to: new))
        case .failure(let problem):
            var panel = panel
            if case .invalid(let name, _) = problem,
                let index = OptionField.all.firstIndex(where: { $0.name == name })
            {
                panel.focus = SettingsPanel.firstOptionIndex + index
                panel.message = strings.settingsBlocked(name.rawValue)
            } else {
                panel.message = strings.settingProblem(problem)
            }
            overlay = .settings(panel)
            return []
        }
    }

    /// The server refused think for the chat's model: think is off for the chat from now on
    /// (saved with it), and nothing is sent again by itself.
    mutating func thinkingRefused(model: String) -> [Effect] {
        var settings = session.settings
        settings.think = .off
        let effects = applySettings(settings, notice: strings.thinkingTurnedOff(TextSanitizer.sanitize(model)))
        addNotice(.notice, strings.thinkingTurnedOff(TextSanitizer.sanitize(model)))
        return effects
    }

    /// The chat model's own option values by name, as `/api/show` gave them (a repeated name,
    /// such as `stop`, joined by spaces).
    var modelOptionDefaults: [String: String] {
        guard let model = session.model, let details = modelDetails[model] else { return [:] }
        return details.parameters.reduce(into: [:]) { values, parameter in
            values[parameter.name] = values[parameter.name].map { $0 + " " + parameter.value } ?? parameter.value
        }
    }

    /// Tokens the last request took (its prompt and its answer), and the context the model runs
    /// with: what the server says it loaded it with, else the chat's `num_ctx`; nil before any
    /// answer with counters.
    var contextUse: (used: Int, limit: Int?)? {
        let metrics = lastMetrics ?? history.entries.last { $0.metrics != nil }?.metrics
        guard let metrics, metrics.promptTokens != nil || metrics.answerTokens != nil else { return nil }
        let used = (metrics.promptTokens ?? 0) + (metrics.answerTokens ?? 0)
        var limit = runningModel?.contextLength
        if limit == nil, case .whole(let size)? = session.settings.values[.numCtx] { limit = size }
        return (used, limit.flatMap { $0 > 0 ? $0 : nil })
    }

    /// The share of the context the last request took, in percent; nil when the limit is unknown.
    var contextPercent: Int? { contextUse.flatMap(Self.percent) }

    /// `use`'s share of its limit in percent; nil without a limit.
    static func percent(of use: (used: Int, limit: Int?)) -> Int? {
        use.limit.map { use.used * 100 / $0 }
    }

    /// Says once, when the context has become nearly full, that the oldest messages will go.
    mutating func checkContext() {
        guard let percent = contextPercent, percent >= Self.contextWarningPercent else {
            contextWarned = false
            return
        }
        guard !contextWarned else { return }
        contextWarned = true
        addNotice(.notice, strings.contextNearlyFull(percent: percent))
    }
}
