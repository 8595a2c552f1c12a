import Foundation
import OllamaKit

/// The chat's state without a terminal: the history, the answer being received, the last
/// metrics and the session totals. A front end feeds it the chunks of a stream in order; it decides
/// what enters the history, so an answer cut short is kept and the user's message never lost.
public struct ChatSession: Sendable {
    /// The answer being received.
    public struct PendingAnswer: Sendable, Equatable {
        public var text = ""
        public let startedAt: ContinuousClock.Instant
        public var firstTokenAt: ContinuousClock.Instant?
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
    public var model: String?

    public init(model: String? = nil) {
        self.model = model
    }

    public var isAnswering: Bool { pending != nil }

    /// Adds the user's message and starts an answer; returns the messages to send.
    public mutating func begin(prompt: String, now: ContinuousClock.Instant = .now) -> [ChatMessage] {
        if pending != nil { _ = stop(now: now) }
        history.add(role: .user, content: prompt)
        pending = PendingAnswer(startedAt: now)
        totals.turns += 1
        return history.forAPI()
    }

    /// Applies one chunk; returns the outcome when the chunk ended the answer.
    public mutating func receive(_ chunk: ChatChunk, now: ContinuousClock.Instant = .now) -> Outcome? {
        guard var answer = pending else { return nil }
        switch chunk {
        case .content(let text):
            // `answer` becomes the text's only owner, so the append does not copy the whole
            // answer so far (once per chunk, quadratic over an answer).
            pending = nil
            if answer.firstTokenAt == nil { answer.firstTokenAt = now }
            answer.text += text
            pending = answer
            return nil
        case .thinking:
            // Reasoning is shown by the front end and not sent back; it only starts the clock.
            if answer.firstTokenAt == nil { answer.firstTokenAt = now }
            pending = answer
            return nil
        case .done(let counters):
            let metrics = Metrics(
                answer: answer.text,
                wallSeconds: Self.seconds(from: answer.startedAt, to: now),
                timeToFirstToken: answer.firstTokenAt.map { Self.seconds(from: answer.startedAt, to: $0) },
                counters: counters
            )
            totals.promptTokens += counters.promptEvalCount ?? 0
            totals.answerTokens += counters.evalCount ?? 0
            lastMetrics = metrics
            finish(answer, ending: .complete, metrics: metrics)
            return .completed(metrics)
        case .failed(.cancelled):
            finish(answer, ending: .stopped, metrics: nil)
            return .stopped
        case .failed(let error):
            finish(answer, ending: .failed(error), metrics: nil)
            return .failed(error)
        }
    }

    /// The user stopped the answer: what arrived stays, marked as stopped.
    public mutating func stop(now: ContinuousClock.Instant = .now) -> Outcome? {
        receive(.failed(.cancelled), now: now)
    }

    /// Empties the history and totals; keeps the model.
    public mutating func clear() {
        history.clear()
        pending = nil
        lastMetrics = nil
        totals = Totals()
    }

    private mutating func finish(_ answer: PendingAnswer, ending: SessionHistory.Ending, metrics: Metrics?) {
        history.add(SessionHistory.Entry(role: .assistant, content: answer.text, ending: ending, metrics: metrics))
        pending = nil
    }

    private static func seconds(from start: ContinuousClock.Instant, to end: ContinuousClock.Instant) -> Double {
        let duration = end - start
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
