import ChatCore
import Foundation
import Testing

@testable import ChatStore

/// An answer written while it streams is stored and loaded at once but indexed for search only
/// once it ends (or, cut off by a dead process, when the database is next opened).
struct StreamingIndexTests {
    @Test func aStreamingAnswerIsLoadedButSearchedOnlyOnceItEnds() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let chat = try await database.createChat(title: "Animals", model: nil, createdAt: Entries.start)
        _ = try await database.append(Entries.prompt("Tell me"), to: chat)
        let position = try await database.append(Entries.answer("The walrus"), to: chat, streaming: true)
        try await database.update(Entries.answer("The walrus eats clams"), at: position, in: chat, streaming: true)
        #expect(try await database.loadChat(chat, tail: nil)?.history.entries.last?.content == "The walrus eats clams")
        #expect(try await database.search("walrus", limit: 10).isEmpty)
        try await database.update(Entries.answer("The walrus eats clams."), at: position, in: chat)
        #expect(try await database.search("walrus", limit: 10).map(\.position) == [position])
        #expect(try await database.search("clams", limit: 10).count == 1)
        // Finished, then streaming again (an answer asked for again in its place): out again.
        try await database.update(Entries.answer("A seal"), at: position, in: chat, streaming: true)
        #expect(try await database.search("walrus", limit: 10).isEmpty)
        #expect(try await database.search("seal", limit: 10).map(\.position) == [])
        try await database.removeMessages(from: position, in: chat)
        _ = try await database.append(Entries.answer("A seal"), to: chat)
        #expect(try await database.search("seal", limit: 10).map(\.position) == [position])
        try await database.delete(chat)
        #expect(try await database.search("seal", limit: 10).isEmpty)
        try await database.write { db in
            // The index agrees with its content table (FTS5 reports a mismatch as corruption).
            try db.execute(sql: "INSERT INTO messageSearch(messageSearch, rank) VALUES ('integrity-check', 1)")
        }
    }

    @Test func anAnswerCutOffByADeadProcessIsIndexedWhenTheDatabaseIsOpenedAgain() async throws {
        let folder = try TemporaryFolder()
        let first = try ChatDatabase.open(path: folder.database)
        let old = try await first.createChat(title: "old", model: nil, createdAt: Entries.start)
        _ = try await first.append(Entries.answer("abandoned narwhal"), to: old, streaming: true)
        let live = try await first.createChat(title: "live", model: nil, createdAt: Entries.start)
        _ = try await first.append(Entries.answer("streaming narwhal"), to: live, streaming: true)
        let longAgo = Date().timeIntervalSinceReferenceDate - ChatDatabase.abandonedAfter - 5
        try await first.write { db in
            try db.execute(sql: "UPDATE chat SET updatedAt = ? WHERE id = ?", arguments: [longAgo, old])
        }
        // The second process's answer in `live` is still being written: it stays out.
        let second = try ChatDatabase.open(path: folder.database)
        #expect(try await second.search("narwhal", limit: 10).map(\.chat) == [old])
    }

    @Test func aDatabaseOfTheFirstSchemaIsUpgradedWithItsIndex() async throws {
        let folder = try TemporaryFolder()
        do {
            let db = try SQLiteConnection(path: folder.database, busyTimeout: 3)
            try ChatSchema.migrate(db, upTo: "v1: chats, messages, search")
            try db.execute(
                sql: "INSERT INTO chat (title, createdAt, updatedAt) VALUES (?, 0, 0)",
                arguments: [Data("Walruses".utf8)])
            try db.execute(
                sql: """
                    INSERT INTO message (chatId, position, role, content, thinking, createdAt)
                    VALUES (1, 0, 'user', ?, ?, 0)
                    """, arguments: [Data("an old walrus".utf8), Data()])
        }
        let database = try ChatDatabase.open(path: folder.database)
        #expect(try await database.search("walrus", limit: 10).map(\.position) == [nil, 0], "the title and the prompt")
        try await database.rename(1, to: "Narwhals")
        #expect(try await database.search("narwhals", limit: 10).map(\.chat) == [1])
        #expect(try await database.search("walruses", limit: 10).isEmpty, "the old title left the index")
        _ = try await database.append(Entries.answer("walrus again"), to: 1, streaming: true)
        let hits = try await database.search("walrus", limit: 10)
        #expect(hits.map(\.position) == [0], "\(hits)")
    }
}
