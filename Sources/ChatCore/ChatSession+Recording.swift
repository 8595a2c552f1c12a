/// The answer being received, as a history entry, for saving it while it streams.
extension ChatSession {
    /// The answer so far, marked as not finished (stopped, no end time): what a reader finds if
    /// the process dies before the answer ends. Nil when no answer is being received.
    public var answerSoFar: SessionHistory.Entry? {
        guard let pending else { return nil }
        return SessionHistory.Entry(
            role: .assistant, content: pending.text, thinking: pending.thinking, model: pending.model,
            createdAt: pending.startedAt.date, ending: .stopped)
    }
}
