import OllamaKit

/// The figures of one finished answer, shown under it and in the status bar.
public struct Metrics: Sendable, Equatable, Codable {
    /// Measured by the client, from sending the request to the last chunk.
    public var wallSeconds: Double
    /// Unicode scalars in the answer (what the seed's Python `len()` counts).
    public var characters: Int
    /// `eval_count / eval_duration`; nil when the server gave no counters.
    public var tokensPerSecond: Double?
    /// From sending the request to the first piece of text.
    public var timeToFirstToken: Double?
    public var promptTokens: Int?
    public var answerTokens: Int?
    /// The answer stopped at the token limit (`done_reason: "length"`), not where the model ended it.
    public var cutOffAtLimit: Bool

    public init(
        wallSeconds: Double, characters: Int, tokensPerSecond: Double? = nil,
        timeToFirstToken: Double? = nil, promptTokens: Int? = nil, answerTokens: Int? = nil,
        cutOffAtLimit: Bool = false
    ) {
        self.wallSeconds = wallSeconds
        self.characters = characters
        self.tokensPerSecond = tokensPerSecond
        self.timeToFirstToken = timeToFirstToken
        self.promptTokens = promptTokens
        self.answerTokens = answerTokens
        self.cutOffAtLimit = cutOffAtLimit
    }

    /// Metrics of an answer from its text, the client's own timings and the server's counters.
    public init(answer: String, wallSeconds: Double, timeToFirstToken: Double?, counters: ChatCounters?) {
        self.init(
            wallSeconds: wallSeconds,
            characters: answer.unicodeScalars.count,
            tokensPerSecond: counters?.tokensPerSecond,
            timeToFirstToken: timeToFirstToken,
            promptTokens: counters?.promptEvalCount,
            answerTokens: counters?.evalCount,
            cutOffAtLimit: counters?.doneReason == "length"
        )
    }
}
