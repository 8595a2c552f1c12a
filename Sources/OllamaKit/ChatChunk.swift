/// One element of a chat stream. The stream never throws: its last element says how it ended
/// (`.done` or `.failed`); a stream that ends without either was cancelled by its consumer.
public enum ChatChunk: Sendable, Equatable {
    /// A piece of the answer's text.
    case content(String)
    /// A piece of the model's reasoning, from models that think.
    case thinking(String)
    /// How many tokens (streamed lines with text) arrived since the last count; sent only when
    /// the client is configured to report them (at most every quarter second, and before the
    /// end), so live figures can count tokens although pieces are joined.
    case tokens(Int)
    /// The answer is complete; Ollama's counters, each of which may be absent.
    case done(ChatCounters)
    /// The answer ended early; the text already delivered stands.
    case failed(OllamaError)
}

/// What Ollama reports on the last line of an answer. Durations are in nanoseconds.
public struct ChatCounters: Sendable, Equatable {
    /// `stop`, `length`, `load`, or nil when the server gave none.
    public var doneReason: String?
    public var totalDuration: Int64?
    public var loadDuration: Int64?
    public var promptEvalCount: Int?
    public var promptEvalDuration: Int64?
    public var evalCount: Int?
    public var evalDuration: Int64?

    public init(
        doneReason: String? = nil, totalDuration: Int64? = nil, loadDuration: Int64? = nil,
        promptEvalCount: Int? = nil, promptEvalDuration: Int64? = nil,
        evalCount: Int? = nil, evalDuration: Int64? = nil
    ) {
        self.doneReason = doneReason
        self.totalDuration = totalDuration
        self.loadDuration = loadDuration
        self.promptEvalCount = promptEvalCount
        self.promptEvalDuration = promptEvalDuration
        self.evalCount = evalCount
        self.evalDuration = evalDuration
    }

    /// Generation speed as the server measured it (`eval_count / eval_duration`), when it can be known.
    public var tokensPerSecond: Double? {
        guard let count = evalCount, let duration = evalDuration, count > 0, duration > 0 else { return nil }
        return Double(count) / (Double(duration) / 1_000_000_000)
    }
}
