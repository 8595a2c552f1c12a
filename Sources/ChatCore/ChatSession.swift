import OllamaKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The chat's state without a terminal: the history, the answer being received, the last
/// metrics and the session totals. A front end feeds it the chunks of a stream in order; it decides
/// what enters the history, so an answer cut short is kept and the user's message never lost.
public struct ChatSession: Sendable {
    /// The answer being received.
    public struct PendingAnswer: Sendable, Equatable {
        public var text = ""
        public var thinking = ""
        public let model: String?
        public let startedAt: Moment
        public var firstTokenAt: Moment?
        /// When the first reasoning and the first answer text arrived.
        public var thinkingStartedAt: Moment?
        public var contentStartedAt: Moment?
        /// When the last text (or reasoning) arrived.
        public var lastDataAt: Moment?
        /// Tokens so far, when the client reports them.
        public var tokens = 0
    }

    /// How an answer ended.
    public enum Outcome: Sendable, Equatable {
        case completed(Metrics)
        case stopped
        case failed(OllamaError)
    }

    /// Turns and tokens of the whole session.
    public struct Totals: Sendable, Equatable {
        public var turns = 0
        public var promptTokens = 0
        public var answerTokens = 0
        public var tokens: Int { promptTokens + answerTokens }
    }

    public private(set) var history = SessionHistory()
    public private(set) var pending: PendingAnswer?
    public private(set) var lastMetrics: Metrics?
    public private(set) var totals = Totals()
    /// How many times the session was cleared (F2): a new chat begins each time.
    public private(set) var clears = 0
    public var model: String?
    /// The system prompt and options every request of this chat is sent with.
    public var settings: ChatSettings

    /// The stored chat this session continues, when it was opened from the archive.
    public private(set) var chatID: ChatID?

    /// A session that continues `history` (a reopened chat), or starts empty.
    public init(
        model: String? = nil, history: SessionHistory = SessionHistory(), chatID: ChatID? = nil,
        settings: ChatSettings = ChatSettings()
    ) {
        self.model = model
        self.history = history
        self.chatID = chatID
        self.settings = settings
    }

    public var isAnswering: Bool { pending != nil }

    /// Adds the user's message and starts an answer; returns the messages to send.
    public mutating func begin(prompt: String, images: [ImageAttachment] = [], now: Moment = .now) -> [ChatMessage] {
        if pending != nil { _ = stop(now: now) }
        history.add(
            SessionHistory.Entry(role: .user, content: prompt, model: model, createdAt: now.date, images: images))
        pending = PendingAnswer(model: model, startedAt: now)
        totals.turns += 1
        return history.forAPI()
    }

    /// Applies one chunk; returns the outcome when the chunk ended the answer.
    public mutating func receive(_ chunk: ChatChunk, now: Moment = .now) -> Outcome? {
        guard var answer = pending else { return nil }
        switch chunk {
        case .content(let text):
            // `answer` becomes the text's only owner, so the append does not copy the whole
            // answer so far (once per chunk, quadratic over an answer).
            pending = nil
            if answer.firstTokenAt == nil { answer.firstTokenAt = now }
            if answer.contentStartedAt == nil { answer.contentStartedAt = now }
            answer.lastDataAt = now
            answer.text += text
            pending = answer
            return nil
        case .thinking(let text):
            // Kept with the answer and shown, never sent back to the model.
            pending = nil
            if answer.firstTokenAt == nil { answer.firstTokenAt = now }
            if answer.thinkingStartedAt == nil { answer.thinkingStartedAt = now }
            answer.lastDataAt = now
            answer.thinking += text
            pending = answer
            return nil
        case .tokens(let count):
            pending?.tokens += count
            return nil
        case .done(let counters):
            let metrics = Metrics(
                answer: answer.text,
                wallSeconds: now.seconds(since: answer.startedAt),
                timeToFirstToken: answer.firstTokenAt.map { $0.seconds(since: answer.startedAt) },
                counters: counters
            )
            totals.promptTokens += counters.promptEvalCount ?? 0
            totals.answerTokens += counters.evalCount ?? 0
            lastMetrics = metrics
            finish(answer, ending: .complete, metrics: metrics, now: now)
            return .completed(metrics)
        case .failed(.cancelled):
            finish(answer, ending: .stopped, metrics: nil, now: now)
            return .stopped
        case .failed(let error):
            finish(answer, ending: .failed(error), metrics: nil, now: now)
            return .failed(error)
        }
    }

    /// The user stopped the answer: what arrived stays, marked as stopped.
    public mutating func stop(now: Moment = .now) -> Outcome? {
        receive(.failed(.cancelled), now: now)
    }

    /// The last prompt, when its answer ended (failed or stopped) before anything arrived: it is
    /// taken out of the history with its empty answer, so it is not sent again as a turn of its
    /// own with the next message, and returned for the user to send again.
    public mutating func withdrawUnanswered() -> String? {
        let entries = history.entries
        guard entries.count >= 2, let answer = entries.last, answer.role == .assistant, answer.isCutShort,
            answer.content.isEmpty, answer.thinking.isEmpty, entries[entries.count - 2].role == .user
        else { return nil }
        let prompt = entries[entries.count - 2].content
        history.removeLast(2)
        totals.turns -= 1
        return prompt
    }

    /// Takes the last answer out to ask for it again: returns the messages to send (the history
    /// before that answer), nil when the history does not end with an answer to a prompt.
    public mutating func regenerate(now: Moment = .now) -> [ChatMessage]? {
        guard pending == nil, let last = history.entries.last, last.role == .assistant,
            history.entries.dropLast().last?.role == .user
        else { return nil }
        history.removeLast(1)
        pending = PendingAnswer(model: model, startedAt: now)
        return history.forAPI()
    }

    /// The last prompt, to edit and send in place of its turn; nil when there is none.
    public var lastPrompt: String? {
        history.entries.last { $0.role == .user }?.content
    }

    /// Takes the last prompt and everything after it out of the history.
    public mutating func removeLastTurn() {
        guard pending == nil, let index = history.entries.lastIndex(where: { $0.role == .user }) else { return }
        history.removeLast(history.count - index)
        totals.turns = max(0, totals.turns - 1)
    }

    /// Empties the history and totals; keeps the model.
    public mutating func clear() {
        clears += 1
        chatID = nil
        history.clear()
        pending = nil
        lastMetrics = nil
        totals = Totals()
    }

    private mutating func finish(_ answer: PendingAnswer, ending: SessionHistory.Ending, metrics: Metrics?, now: Moment)
    {
        let thinkingSeconds = answer.thinkingStartedAt.map { start in
            (answer.contentStartedAt ?? now).seconds(since: start)
        }
        history.add(
            SessionHistory.Entry(
                role: .assistant, content: answer.text, thinking: answer.thinking, thinkingSeconds: thinkingSeconds,
                model: answer.model,
                createdAt: answer.startedAt.date, finishedAt: now.date, ending: ending, metrics: metrics
            ))
        pending = nil
    }
}
