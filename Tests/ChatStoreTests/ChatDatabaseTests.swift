import ChatCore
import Foundation
import OllamaKit
import Testing

@testable import ChatStore

/// The archive's reads and writes on a real SQLite file.
struct ChatDatabaseTests {
    @Test func aChatComesBackWithEveryFieldOfItsEntries() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let entries = [
            Entries.prompt("Name three colors"), Entries.answer("Red, green, blue."), Entries.failedAnswer("Cy"),
        ]
        let chat = try await database.createChat(
            title: "Name three colors", model: "tiny:latest", createdAt: Entries.start)
        for (index, entry) in entries.enumerated() {
            #expect(try await database.append(entry, to: chat) == index)
        }
        let stored = try #require(try await database.loadChat(chat, tail: nil))
        #expect(stored.history.entries == entries)
        #expect(stored.firstPosition == 0 && stored.isWhole)
        #expect(stored.summary.title == "Name three colors")
        #expect(stored.summary.model == "tiny:latest")
        #expect(stored.summary.createdAt == Entries.start)
        #expect(stored.summary.messageCount == 3)
    }

    @Test func anyBytesRoundTrip() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let strange = "a\0b\u{1B}[31mred\u{1B}]0;title\u{07}\r\n\u{9B}2J\u{FEFF}\u{202E}é\u{301}👩‍👩‍👧"
        let large = String(repeating: "0123456789", count: 1_000_000) + "\0end"
        let chat = try await database.createChat(title: strange, model: nil, createdAt: Entries.start)
        _ = try await database.append(Entries.prompt(strange), to: chat)
        _ = try await database.append(Entries.answer(large), to: chat)
        let stored = try #require(try await database.loadChat(chat, tail: nil))
        #expect(stored.summary.title == strange)
        #expect(stored.history.entries.map(\.content) == [strange, large])
        #expect(try await database.listChats(limit: 10, offset: 0).map(\.title) == [strange])
    }

    @Test func anUpdateReplacesTheAnswerAtItsPosition() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let chat = try await database.createChat(title: "t", model: nil, createdAt: Entries.start)
        _ = try await database.append(Entries.prompt("Hi"), to: chat)
        try await database.update(Entries.answer("Hel"), at: 1, in: chat)
        try await database.update(Entries.answer("Hello there"), at: 1, in: chat)
        let stored = try #require(try await database.loadChat(chat, tail: nil))
        #expect(stored.history.entries.map(\.content) == ["Hi", "Hello there"])
        #expect(try await database.search("Hel", limit: 10).map(\.snippet) == ["Hello there"])
        try await database.update(Entries.answer("Goodbye"), at: 1, in: chat)
        #expect(try await database.search("Hello", limit: 10).isEmpty)
        #expect(try await database.search("goodbye", limit: 10).count == 1)
    }

    @Test func theListIsNewestFirstWithCountsAndPages() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        var chats: [ChatID] = []
        for index in 0..<5 {
            let chat = try await database.createChat(
                title: "chat \(index)", model: "m\(index)", createdAt: Entries.start)
            for turn in 0...index { _ = try await database.append(Entries.prompt("p\(turn)"), to: chat) }
            chats.append(chat)
        }
        let all = try await database.listChats(limit: 100, offset: 0)
        #expect(all.map(\.id) == chats.reversed())
        #expect(all.map(\.model) == ["tiny:latest", "tiny:latest", "tiny:latest", "tiny:latest", "tiny:latest"])
        #expect(all.map(\.messageCount) == [5, 4, 3, 2, 1])
        #expect(try await database.listChats(limit: 2, offset: 1).map(\.id) == [chats[3], chats[2]])
        #expect(try await database.newestChat() == chats[4])
        _ = try await database.append(Entries.answer("later"), to: chats[0])
        #expect(try await database.newestChat() == chats[0])
    }

    @Test func theTailComesFirst() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let chat = try await database.createChat(title: "long", model: nil, createdAt: Entries.start)
        let history = SessionHistory(entries: (0..<100).map { Entries.prompt("message \($0)") })
        let imported = try await database.importChat(
            title: "long", model: nil, createdAt: Entries.start, updatedAt: Entries.start, history: history)
        let tail = try #require(try await database.loadChat(imported, tail: 10))
        #expect(tail.firstPosition == 90 && !tail.isWhole)
        #expect(tail.history.entries.map(\.content) == (90..<100).map { "message \($0)" })
        #expect(tail.summary.messageCount == 100)
        let empty = try #require(try await database.loadChat(chat, tail: 10))
        #expect(empty.history.isEmpty && empty.isWhole)
        #expect(try await database.loadChat(9999, tail: nil) == nil)
    }

    @Test func renameAndDelete() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let chat = try await database.createChat(title: "old name", model: nil, createdAt: Entries.start)
        _ = try await database.append(Entries.prompt("walrus facts"), to: chat)
        try await database.rename(chat, to: "new name")
        #expect(try await database.loadChat(chat, tail: nil)?.summary.title == "new name")
        #expect(try await database.search("old", limit: 10).isEmpty)
        #expect(try await database.search("new", limit: 10).map(\.position) == [nil])
        try await database.delete(chat)
        #expect(try await database.loadChat(chat, tail: nil) == nil)
        #expect(try await database.search("walrus", limit: 10).isEmpty)
        #expect(try await database.listChats(limit: 10, offset: 0).isEmpty)
        await #expect(throws: StorageError.chatNotFound(chat)) {
            _ = try await database.append(Entries.prompt("late"), to: chat)
        }
    }

    @Test func removingMessagesFromAPosition() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let chat = try await database.createChat(title: "t", model: nil, createdAt: Entries.start)
        for text in ["a", "b", "c", "d"] { _ = try await database.append(Entries.prompt(text), to: chat) }
        try await database.removeMessages(from: 2, in: chat)
        #expect(try await database.loadChat(chat, tail: nil)?.history.entries.map(\.content) == ["a", "b"])
        #expect(try await database.append(Entries.prompt("e"), to: chat) == 2)
    }

    @Test func reopeningKeepsEverything() async throws {
        let folder = try TemporaryFolder()
        let chat: ChatID
        do {
            let database = try ChatDatabase.open(path: folder.database)
            chat = try await database.createChat(title: "kept", model: nil, createdAt: Entries.start)
            _ = try await database.append(Entries.prompt("kept prompt"), to: chat)
        }
        let again = try ChatDatabase.open(path: folder.database)
        #expect(try await again.loadChat(chat, tail: nil)?.history.entries.map(\.content) == ["kept prompt"])
        #expect(try await again.read { try $0.value(sql: "PRAGMA journal_mode").string } == "wal")
        #expect(try await again.read { try $0.value(sql: "PRAGMA foreign_keys").int } == 1)
    }
}
