import ChatCore
import Foundation
import NIOConcurrencyHelpers
import Testing

@testable import ChatStore

/// The recorder writes a session as it happens, into a real database.
struct ChatRecorderTests {
    static func answer(_ text: String, ending: SessionHistory.Ending = .stopped) -> SessionHistory.Entry {
        SessionHistory.Entry(
            role: .assistant, content: text, model: "tiny:latest", createdAt: Entries.start + 1,
            finishedAt: ending == .stopped ? nil : Entries.start + 3, ending: ending)
    }

    @Test func aStreamingAnswerIsWrittenAtMostOncePerIntervalAndWhenItEnds() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let recorder = ChatRecorder(archive: database, answerInterval: .seconds(1))
        let start = ContinuousClock.now
        let asked = NIOLockedValueBox<[String]>([])
        func changed(_ text: String, after seconds: Double) {
            recorder.answerChanged(now: start + .seconds(seconds)) {
                asked.withLockedValue { $0.append(text) }
                return Self.answer(text)
            }
        }
        recorder.promptSent(Entries.prompt("Say hello\nplease"))
        changed("He", after: 0)
        changed("Hell", after: 0.5)
        changed("Hello", after: 1.2)
        changed("Hello th", after: 1.9)
        let final = Self.answer("Hello there", ending: .complete)
        recorder.answerEnded(final)
        let outcome = await recorder.finish()
        #expect(asked.withLockedValue { $0 } == ["He", "Hello"])
        #expect(outcome.failure == nil)
        let chat = try #require(outcome.chat)
        let stored = try #require(try await database.loadChat(chat, tail: nil))
        #expect(stored.summary.title == "Say hello")
        #expect(stored.history.entries == [Entries.prompt("Say hello\nplease"), final])
    }

    @Test func anAnswerCutOffByTheProcessEndingIsKeptAsFarAsItWasWritten() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let recorder = ChatRecorder(archive: database)
        recorder.promptSent(Entries.prompt("Count"))
        recorder.answerChanged { Self.answer("one two") }
        let outcome = await recorder.finish()
        let chat = try #require(outcome.chat)
        let stored = try #require(try await database.loadChat(chat, tail: nil))
        #expect(stored.history.entries.last == Self.answer("one two"))
        #expect(stored.history.entries.last?.finishedAt == nil)
        #expect(try await database.search("two", limit: 10).isEmpty, "still streaming: not yet searched")
    }

    @Test func anAnswerIsSearchedOnceItEnds() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let recorder = ChatRecorder(archive: database)
        recorder.promptSent(Entries.prompt("Count"))
        recorder.answerChanged { Self.answer("one two") }
        recorder.answerEnded(Self.answer("one two three", ending: .complete))
        let outcome = await recorder.finish()
        #expect(try await database.search("two", limit: 10).map(\.chat) == [outcome.chat])
    }

    @Test func turnsGoToOneChatUntilANewChatStarts() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let recorder = ChatRecorder(archive: database)
        for text in ["first", "second"] {
            recorder.promptSent(Entries.prompt(text))
            recorder.answerEnded(Self.answer("re: \(text)", ending: .complete))
        }
        recorder.startNewChat()
        recorder.promptSent(Entries.prompt("third"))
        let outcome = await recorder.finish()
        let chats = try await database.listChats(limit: 10, offset: 0)
        #expect(chats.map(\.title) == ["third", "first"])
        #expect(chats.map(\.messageCount) == [1, 4])
        #expect(outcome.chat == chats.first?.id)
    }

    @Test func aReopenedChatIsContinued() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let chat = try await database.createChat(title: "old", model: nil, createdAt: Entries.start)
        _ = try await database.append(Entries.prompt("old prompt"), to: chat)
        let recorder = ChatRecorder(archive: database, chat: chat)
        recorder.promptSent(Entries.prompt("new prompt"))
        #expect(await recorder.finish().chat == chat)
        #expect(
            try await database.loadChat(chat, tail: nil)?.history.entries.map(\.content) == [
                "old prompt", "new prompt",
            ])
    }

    @Test func aWithdrawnPromptLeavesTheChat() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let recorder = ChatRecorder(archive: database)
        recorder.promptSent(Entries.prompt("kept"))
        recorder.answerEnded(Self.answer("yes", ending: .complete))
        recorder.promptSent(Entries.prompt("unanswered"))
        recorder.answerEnded(Self.answer("", ending: .failed(.timeout(seconds: 5))))
        recorder.promptWithdrawn()
        let outcome = await recorder.finish()
        let chat = try #require(outcome.chat)
        #expect(try await database.loadChat(chat, tail: nil)?.history.entries.map(\.content) == ["kept", "yes"])

        let lone = ChatRecorder(archive: database)
        lone.promptSent(Entries.prompt("only one"))
        lone.promptWithdrawn()
        #expect(await lone.finish().chat == nil)
        #expect(try await database.listChats(limit: 10, offset: 0).map(\.id) == [chat])
    }

    @Test func aShortenedHistoryLeavesTheChatAsTheSessionHasIt() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let recorder = ChatRecorder(archive: database)
        recorder.promptSent(Entries.prompt("one"))
        recorder.answerEnded(Self.answer("first answer", ending: .complete))
        recorder.promptSent(Entries.prompt("two"))
        recorder.answerEnded(Self.answer("cut", ending: .complete))
        // Asked again: the answer goes, a new one takes its place.
        recorder.historyShortened(to: 3)
        recorder.answerEnded(Self.answer("second answer", ending: .complete))
        // The last turn edited and sent.
        recorder.historyShortened(to: 2)
        recorder.promptSent(Entries.prompt("two, edited"))
        let outcome = await recorder.finish()
        let chat = try #require(outcome.chat)
        #expect(
            try await database.loadChat(chat, tail: nil)?.history.entries.map(\.content) == [
                "one", "first answer", "two, edited",
            ])
    }

    @Test func theFirstFailureIsReportedOnceAndNothingMoreIsWritten() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let chat = try await database.createChat(title: "gone", model: nil, createdAt: Entries.start)
        try await database.delete(chat)
        let failures = NIOLockedValueBox<[StorageError]>([])
        let recorder = ChatRecorder(archive: database, chat: chat) { error in
            failures.withLockedValue { $0.append(error) }
        }
        recorder.promptSent(Entries.prompt("one"))
        recorder.promptSent(Entries.prompt("two"))
        recorder.startNewChat()
        recorder.promptSent(Entries.prompt("three"))
        let outcome = await recorder.finish()
        #expect(failures.withLockedValue { $0 } == [.chatNotFound(chat)])
        #expect(outcome.failure == .chatNotFound(chat))
        #expect(try await database.listChats(limit: 10, offset: 0).isEmpty)
    }
}
