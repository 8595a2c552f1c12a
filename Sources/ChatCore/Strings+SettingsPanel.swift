import OllamaKit

/// The words of the settings overlay (F7), of the think mode turned off after a model refused
/// it, and of the context gauge in the status bar.
extension Strings {
    public var settingsTitle: String { pick("Chat settings", "Настройки чата") }
    public var settingsHints: String {
        pick("Enter apply · Esc discard · Tab next field", "Enter применить · Esc отменить · Tab дальше")
    }
    public var systemPromptLabel: String { pick("system prompt", "системный запрос") }
    public var systemPromptExplanation: String {
        pick(
            "Sent first in every request; Alt-Enter or Ctrl-J for a new line",
            "Отправляется первым в каждом запросе; Alt-Enter или Ctrl-J — новая строка")
    }
    public var systemPromptNone: String { pick("none: the model's own", "нет: свой у модели") }
    public var thinkLabel: String { "think" }
    public var thinkExplanation: String {
        pick(
            "Whether the model reasons before it answers (← → or Space)",
            "Размышляет ли модель перед ответом (← → или пробел)")
    }

    /// A think mode as the overlay offers it; nil is left out of the request.
    public func thinkChoice(_ mode: ThinkMode?) -> String {
        guard let mode else { return pick("not sent", "не отправлять") }
        switch mode {
        case .off: return pick("off", "выкл")
        case .on: return pick("on", "вкл")
        case .low: return pick("low", "слабо")
        case .medium: return pick("medium", "средне")
        case .high: return pick("high", "сильно")
        }
    }

    /// Why think cannot be chosen for `model`.
    public func thinkNotOffered(_ model: String) -> String {
        pick(
            "\(model) does not report the thinking capability",
            "\(model) не сообщает, что умеет размышлять")
    }

    /// An empty field: the model's default, with the model's own value when it is known.
    public func modelDefault(_ value: String?) -> String {
        guard let value else { return pick("default", "по умолчанию") }
        return pick("default (\(value))", "по умолчанию (\(value))")
    }

    /// Enter while a value is bad.
    public func settingsBlocked(_ name: String) -> String {
        pick("Fix \(name) first (marked), or Esc to discard", "Сначала исправьте \(name) (отмечено) или Esc")
    }

    /// What applying the overlay changed: `Settings: temperature 0.7, think on`.
    public func settingsChanged(from old: ChatSettings, to new: ChatSettings) -> String {
        var changes: [String] = []
        if old.system != new.system {
            changes.append(
                new.system.isEmpty
                    ? pick("system prompt removed", "системный запрос убран")
                    : pick("system prompt set", "системный запрос задан"))
        }
        if old.think != new.think { changes.append("think " + thinkChoice(new.think)) }
        for field in OptionField.all where old.text(of: field.name) != new.text(of: field.name) {
            let text = new.text(of: field.name)
            changes.append(field.name.rawValue + " " + (text.isEmpty ? modelDefault(nil) : Self.shown(text, limit: 24)))
        }
        guard !changes.isEmpty else { return pick("Settings unchanged", "Настройки не изменились") }
        return pick("Settings: ", "Настройки: ") + changes.joined(separator: ", ")
    }

    /// After the server refused think for `model`: what was done and how to go on.
    public func thinkingTurnedOff(_ model: String) -> String {
        pick(
            "Thinking is now off for this chat (\(model) cannot think): press Enter to send the prompt again; F7 changes it",
            "Размышления в этом чате выключены (\(model) не умеет размышлять): Enter отправит запрос снова; F7 — настройки"
        )
    }

    /// `ctx 1.2k/4k`: tokens the last request used, of the context the model runs with.
    public func contextGauge(used: Int, limit: Int?) -> String {
        let label = pick("ctx", "конт")
        guard let limit else { return "\(label) \(Self.tokenCount(used))" }
        return "\(label) \(Self.tokenCount(used))/\(Self.tokenCount(limit))"
    }

    /// The context is nearly full: what happens next and what helps.
    public func contextNearlyFull(percent: Int) -> String {
        pick(
            "The context is \(percent)% full: the server will start dropping the oldest messages (F2 starts afresh; num_ctx in F7 raises it)",
            "Контекст заполнен на \(percent)%: сервер начнёт отбрасывать самые старые сообщения (F2 — начать заново; num_ctx в F7 — увеличить)"
        )
    }

    /// A token count in units of 1024, as context sizes are given: `850`, `1.2k`, `4k`, `128k`.
    static func tokenCount(_ count: Int) -> String {
        guard count >= 1024 else { return "\(max(0, count))" }
        let tenths = (count * 10 + 512) / 1024
        if tenths % 10 == 0 || tenths >= 100 { return "\((count + 512) / 1024)k" }
        return "\(tenths / 10).\(tenths % 10)k"
    }
}
