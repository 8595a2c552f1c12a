import ChatCore
import OllamaKit
import Testing

@testable import TerminalUI

/// The observer sees each change of the history once, in order, however the history changed.
struct HistoryObserverTests {
    /// A session with `turns` answered turns.
    func session(turns: Int) -> ChatSession {
        var session = ChatSession(model: "m")
        for turn in 1...max(1, turns) where turns > 0 {
            _ = session.begin(prompt: "p\(turn)")
            _ = session.receive(.content("a\(turn)"))
            _ = session.receive(.done(ChatCounters()))
        }
        return session
    }

    @Test func aTurnIsAPromptThenAnAnswer() {
        var observer = HistoryObserver()
        var session = ChatSession(model: "m")
        #expect(observer.changes(in: session).isEmpty)
        _ = session.begin(prompt: "Hi")
        #expect(observer.changes(in: session).map(\.kind) == ["prompt Hi"])
        #expect(observer.changes(in: session).isEmpty)
        _ = session.receive(.content("Hello"))
        _ = session.receive(.done(ChatCounters()))
        #expect(observer.changes(in: session).map(\.kind) == ["answer Hello"])
    }

    @Test func aReopenedHistoryIsNotSavedAgain() {
        var session = session(turns: 2)
        var observer = HistoryObserver(session: session)
        #expect(observer.changes(in: session).isEmpty)
        _ = session.begin(prompt: "more")
        #expect(observer.changes(in: session).map(\.kind) == ["prompt more"])
    }

    @Test func aWithdrawnPromptShortensTheHistory() {
        var session = session(turns: 1)
        var observer = HistoryObserver(session: session)
        _ = session.begin(prompt: "lost")
        _ = observer.changes(in: session)
        _ = session.receive(.failed(.connectionLost(host: "h")))
        _ = session.withdrawUnanswered()
        #expect(observer.changes(in: session).map(\.kind) == ["shortened 2"])
    }

    @Test func anAnswerAskedForAgainReplacesTheStoredOne() {
        var session = session(turns: 2)
        var observer = HistoryObserver(session: session)
        _ = session.regenerate()
        #expect(observer.changes(in: session).map(\.kind) == ["shortened 3"])
        _ = session.receive(.content("again"))
        _ = session.receive(.done(ChatCounters()))
        #expect(observer.changes(in: session).map(\.kind) == ["answer again"])
    }

    @Test func anEditedTurnSentInOneStepIsReplaced() {
        var session = session(turns: 2)
        var observer = HistoryObserver(session: session)
        session.removeLastTurn()
        _ = session.begin(prompt: "p2, edited")
        #expect(observer.changes(in: session).map(\.kind) == ["shortened 2", "prompt p2, edited"])
    }

    @Test func aChatOpenedFromTheListIsContinuedNotWrittenAgain() {
        var session = session(turns: 1)
        var observer = HistoryObserver(session: session)
        let stored = self.session(turns: 3).history
        session = ChatSession(model: "m", history: stored, chatID: 7)
        #expect(observer.changes(in: session).map(\.kind) == ["reopened 7"])
        _ = session.begin(prompt: "next")
        #expect(observer.changes(in: session).map(\.kind) == ["prompt next"])
    }

    @Test func aClearedSessionStartsANewChatEvenWhenItRefillsAtOnce() {
        var session = session(turns: 1)
        var observer = HistoryObserver(session: session)
        session.clear()
        _ = session.begin(prompt: "fresh")
        #expect(observer.changes(in: session).map(\.kind) == ["cleared", "prompt fresh"])
        #expect(observer.changes(in: session).isEmpty)
    }
}

extension HistoryObserver.Change {
    /// The change in a word and its text, for comparing lists.
    var kind: String {
        switch self {
        case .promptSent(let entry): "prompt \(entry.content)"
        case .answerEnded(let entry): "answer \(entry.content)"
        case .shortened(let count): "shortened \(count)"
        case .cleared: "cleared"
        case .reopened(let chat): "reopened \(chat)"
        }
    }
}
