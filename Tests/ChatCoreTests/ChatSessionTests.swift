import OllamaKit
import Testing

@testable import ChatCore

struct ChatSessionTests {
    let start = Moment.now

    @Test func aCompleteAnswerJoinsTheHistoryWithItsMetrics() {
        var session = ChatSession(model: "tiny")
        let sent = session.begin(prompt: "Hi", now: start)
        #expect(sent == [ChatMessage(role: .user, content: "Hi")])
        #expect(session.receive(.content("Hel"), now: start + .milliseconds(200)) == nil)
        #expect(session.receive(.content("lo!"), now: start + .milliseconds(300)) == nil)
        #expect(session.pending?.text == "Hello!")
        let counters = ChatCounters(doneReason: "stop", promptEvalCount: 10, evalCount: 56, evalDuration: 1_000_000_000)
        let outcome = session.receive(.done(counters), now: start + .milliseconds(2300))
        let metrics = Metrics(
            wallSeconds: 2.3, characters: 6, tokensPerSecond: 56, timeToFirstToken: 0.2, promptTokens: 10,
            answerTokens: 56)
        #expect(outcome == .completed(metrics))
        #expect(session.lastMetrics == metrics)
        #expect(session.history.entries.map(\.content) == ["Hi", "Hello!"])
        #expect(session.history.entries.last?.metrics == metrics)
        #expect(session.totals == ChatSession.Totals(turns: 1, promptTokens: 10, answerTokens: 56))
        #expect(!session.isAnswering)
        let next = session.begin(prompt: "And?", now: start)
        #expect(next.map(\.content) == ["Hi", "Hello!", "And?"])
    }

    @Test func aFailedAnswerIsKeptMarkedAndTheQuestionStays() {
        var session = ChatSession(model: "tiny")
        _ = session.begin(prompt: "Tell me", now: start)
        _ = session.receive(.content("Once upon"), now: start)
        let outcome = session.receive(.failed(.connectionLost(host: "h")), now: start)
        #expect(outcome == .failed(.connectionLost(host: "h")))
        let entries = session.history.entries
        #expect(entries.map(\.content) == ["Tell me", "Once upon"])
        #expect(entries.last?.ending == .failed(.connectionLost(host: "h")))
        #expect(entries.last?.isCutShort == true)
        #expect(session.history.forAPI().count == 2)
    }

    @Test func stoppingKeepsThePartReceived() {
        var session = ChatSession()
        _ = session.begin(prompt: "Count", now: start)
        _ = session.receive(.content("1 2 3"), now: start)
        #expect(session.stop(now: start) == .stopped)
        #expect(session.history.entries.last?.ending == .stopped)
        #expect(session.history.entries.last?.content == "1 2 3")
        #expect(session.stop(now: start) == nil)
    }

    @Test func anAnswerWithNoTextIsNotSentBack() {
        var session = ChatSession()
        _ = session.begin(prompt: "One", now: start)
        _ = session.receive(.failed(.notReachable(host: "h", reason: .refused)), now: start)
        let sent = session.begin(prompt: "Two", now: start)
        #expect(sent.map(\.content) == ["One", "Two"])
        #expect(session.history.count == 3)
    }

    @Test func chunksWithoutAnAnswerAreIgnored() {
        var session = ChatSession()
        #expect(session.receive(.content("stray"), now: start) == nil)
        #expect(session.history.isEmpty)
    }

    @Test func clearEmptiesEverythingButTheModel() {
        var session = ChatSession(model: "tiny")
        _ = session.begin(prompt: "Hi", now: start)
        _ = session.receive(.done(ChatCounters(evalCount: 3)), now: start)
        session.clear()
        #expect(session.history.isEmpty)
        #expect(session.totals == ChatSession.Totals())
        #expect(session.lastMetrics == nil)
        #expect(session.model == "tiny")
    }

    @Test func charactersCountUnicodeScalarsAsPythonDoes() {
        let metrics = Metrics(answer: "Привет 👍🏽", wallSeconds: 1, timeToFirstToken: nil, counters: nil)
        #expect(metrics.characters == 9)
        #expect(metrics.tokensPerSecond == nil)
    }
}
