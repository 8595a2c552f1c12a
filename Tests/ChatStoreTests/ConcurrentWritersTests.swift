import ChatCore
import Foundation
import Testing

@testable import ChatStore

/// Two processes open at once (here: two pools on one file) lose nothing.
struct ConcurrentWritersTests {
    @Test func twoPoolsWritingAtOnceLoseNothing() async throws {
        let folder = try TemporaryFolder()
        let first = try ChatDatabase.open(path: folder.database)
        let second = try ChatDatabase.open(path: folder.database)
        let shared = try await first.createChat(title: "shared", model: nil, createdAt: Entries.start)
        let count = 200
        func writes(_ database: ChatDatabase, _ name: String) async throws -> ChatID {
            let own = try await database.createChat(title: name, model: nil, createdAt: Entries.start)
            for index in 0..<count {
                _ = try await database.append(Entries.prompt("\(name) \(index)"), to: own)
                _ = try await database.append(Entries.prompt("\(name) shared \(index)"), to: shared)
            }
            return own
        }
        async let one = writes(first, "one")
        async let two = writes(second, "two")
        let (ownOne, ownTwo) = try await (one, two)
        for database in [first, second] {
            let chats = try await database.listChats(limit: 10, offset: 0)
            #expect(Set(chats.map(\.id)) == [shared, ownOne, ownTwo])
            let sharedChat = try #require(try await database.loadChat(shared, tail: nil))
            #expect(sharedChat.history.count == 2 * count)
            let texts = Set(sharedChat.history.entries.map(\.content))
            #expect(texts.count == 2 * count)
            #expect(try await database.loadChat(ownOne, tail: nil)?.history.count == count)
            #expect(try await database.loadChat(ownTwo, tail: nil)?.history.count == count)
        }
    }
}

/// Several processes started at once on a file that does not exist yet all get the schema.
struct ConcurrentOpeningTests {
    @Test func poolsOpeningANewFileAtOnceAllSucceed() async throws {
        let folder = try TemporaryFolder()
        let path = folder.database
        let opened = try await withThrowingTaskGroup(of: ChatDatabase.self) { group in
            for _ in 0..<6 {
                group.addTask { try ChatDatabase.open(path: path) }
            }
            var all: [ChatDatabase] = []
            for try await database in group { all.append(database) }
            return all
        }
        for database in opened {
            _ = try await database.createChat(title: "t", model: nil, createdAt: Entries.start)
        }
        #expect(try await opened[0].listChats(limit: 10, offset: 0).count == 6)
    }
}
