import ChatCore
import Foundation
import OllamaKit

/// History entries with every field set, for round trips.
enum Entries {
    static let start = Date(timeIntervalSinceReferenceDate: 786_000_000.123_456_7)

    static func prompt(_ text: String, at offset: Double = 0) -> SessionHistory.Entry {
        SessionHistory.Entry(role: .user, content: text, model: "tiny:latest", createdAt: start + offset)
    }

    static func answer(_ text: String, at offset: Double = 1) -> SessionHistory.Entry {
        SessionHistory.Entry(
            role: .assistant, content: text, thinking: "Let me think.\nHmm.", thinkingSeconds: 1.25,
            model: "tiny:latest", createdAt: start + offset, finishedAt: start + offset + 2.5, ending: .complete,
            metrics: Metrics(
                wallSeconds: 2.5, characters: text.unicodeScalars.count, tokensPerSecond: 41.5, timeToFirstToken: 0.3,
                promptTokens: 12, answerTokens: 99, cutOffAtLimit: true))
    }

    static func failedAnswer(_ text: String) -> SessionHistory.Entry {
        SessionHistory.Entry(
            role: .assistant, content: text, model: "tiny:latest", createdAt: start + 5, finishedAt: start + 6,
            ending: .failed(.connectionLost(host: "http://127.0.0.1:11434")))
    }
}
