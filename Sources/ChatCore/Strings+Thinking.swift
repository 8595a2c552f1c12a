/// The words of a thinking block: while the model thinks, and folded once it answers.
extension Strings {
    /// The row above the last few rows of reasoning while it streams.
    public var thinkingNow: String { pick("Thinking…", "Размышляет…") }

    /// `Thought for 3.2 s · 312 words`; without a time when none was kept.
    public func thoughtFor(seconds: Double?, words: Int) -> String {
        let count = pick("\(words) words", "слов: \(words)")
        guard let seconds else { return pick("Thought", "Размышления") + " · " + count }
        return pick("Thought for \(Self.oneDecimal(seconds)) s", "Размышления: \(Self.oneDecimal(seconds)) сек")
            + " · " + count
    }

    /// Why a chat with thinking on failed: the model cannot think.
    public func thinkingUnsupported(_ model: String) -> String {
        pick(
            "\(model) does not support thinking: turn thinking off",
            "\(model) не умеет размышлять: выключите размышления")
    }
}
