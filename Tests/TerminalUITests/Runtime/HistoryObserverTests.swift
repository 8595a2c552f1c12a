import ChatCore
import Foundation
import OllamaKit
import Testing

@testable import TerminalUI

/// The observer sees each change of the history once, in order.
struct HistoryObserverTests {
    static let prompt = SessionHistory.Entry(role: .user, content: "Hi", createdAt: Date(timeIntervalSince1970: 1))
    static let answer = SessionHistory.Entry(
        role: .assistant, content: "Hello", createdAt: Date(timeIntervalSince1970: 2))

    @Test func aTurnIsAPromptThenAnAnswer() {
        var observer = HistoryObserver()
        var history = SessionHistory()
        #expect(observer.changes(in: history).isEmpty)
        history.add(Self.prompt)
        #expect(observer.changes(in: history) == [.promptSent(Self.prompt)])
        #expect(observer.changes(in: history).isEmpty)
        history.add(Self.answer)
        #expect(observer.changes(in: history) == [.answerEnded(Self.answer)])
    }

    @Test func aReopenedHistoryIsNotSavedAgain() {
        let history = SessionHistory(entries: [Self.prompt, Self.answer])
        var observer = HistoryObserver(history: history)
        #expect(observer.changes(in: history).isEmpty)
        var next = history
        next.add(Self.prompt)
        #expect(observer.changes(in: next) == [.promptSent(Self.prompt)])
    }

    @Test func aWithdrawnPromptAndAClearedSession() {
        var observer = HistoryObserver()
        var history = SessionHistory(entries: [Self.prompt, Self.answer])
        _ = observer.changes(in: history)
        var withPrompt = history
        withPrompt.add(Self.prompt)
        _ = observer.changes(in: withPrompt)
        #expect(observer.changes(in: history) == [.promptWithdrawn])
        history.clear()
        #expect(observer.changes(in: history) == [.cleared])
        #expect(observer.changes(in: history).isEmpty)
    }
}
