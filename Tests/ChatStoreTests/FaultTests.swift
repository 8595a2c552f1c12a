import ChatCore
import Foundation
import Testing

@testable import ChatStore

/// Files that cannot be used are refused with a clear error and left exactly as they were.
@Suite(.serialized)
struct FaultTests {
    /// What opening `path` gives: the database, or the error.
    static func open(_ path: String, busyTimeout: Double = ChatDatabase.busyTimeout) -> Result<
        ChatDatabase, StorageError
    > {
        Result { () throws(StorageError) in try ChatDatabase.open(path: path, busyTimeout: busyTimeout, prepare: nil) }
    }

    /// A database with one chat, closed.
    static func makeDatabase(_ path: String) async throws {
        let database = try ChatDatabase.open(path: path)
        let chat = try await database.createChat(title: "kept", model: nil, createdAt: Entries.start)
        _ = try await database.append(Entries.prompt("kept prompt"), to: chat)
    }

    @Test func aFileThatIsNotADatabase() throws {
        let folder = try TemporaryFolder()
        let garbage = Data((0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })
        try garbage.write(to: URL(fileURLWithPath: folder.database))
        #expect(throws: StorageError.notADatabase) { try Self.open(folder.database).get() }
        #expect(try folder.bytes(folder.database) == garbage)
    }

    @Test func aTextFileIsNotADatabase() throws {
        let folder = try TemporaryFolder()
        let text = Data("my notes, not a database\n".utf8)
        try text.write(to: URL(fileURLWithPath: folder.database))
        #expect(throws: StorageError.notADatabase) { try Self.open(folder.database).get() }
        #expect(try folder.bytes(folder.database) == text)
    }

    @Test func aDamagedDatabase() async throws {
        let folder = try TemporaryFolder()
        try await Self.makeDatabase(folder.database)
        var bytes = try folder.bytes(folder.database)
        // Keep SQLite's 100-byte header; scribble over the schema that follows it.
        for index in 100..<min(bytes.count, 4096) { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
        try bytes.write(to: URL(fileURLWithPath: folder.database))
        #expect(throws: StorageError.corrupt) { try Self.open(folder.database).get() }
        #expect(try folder.bytes(folder.database) == bytes)
    }

    @Test func aMigrationFromANewerBuild() async throws {
        let folder = try TemporaryFolder()
        try await Self.makeDatabase(folder.database)
        do {
            let newer = try SQLiteConnection(path: folder.database, busyTimeout: 3)
            try newer.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2: from a newer build')")
            // Everything into the main file, so that a later checkpoint has nothing to move.
            try newer.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        let before = try folder.bytes(folder.database)
        #expect(throws: StorageError.newerSchema) { try Self.open(folder.database).get() }
        #expect(try folder.bytes(folder.database) == before)
    }

    @Test func aNewerUserVersion() async throws {
        let folder = try TemporaryFolder()
        try await Self.makeDatabase(folder.database)
        do {
            let newer = try SQLiteConnection(path: folder.database, busyTimeout: 3)
            try newer.execute(sql: "PRAGMA user_version = 7")
            // Everything into the main file, so that a later checkpoint has nothing to move.
            try newer.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        let before = try folder.bytes(folder.database)
        #expect(throws: StorageError.newerSchema) { try Self.open(folder.database).get() }
        #expect(try folder.bytes(folder.database) == before)
    }

    @Test func aReadOnlyFileAndFolder() async throws {
        let folder = try TemporaryFolder()
        try await Self.makeDatabase(folder.database)
        let before = try folder.bytes(folder.database)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: folder.database)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        // Permissions do not stop root; the immutable attribute does.
        let asRoot = geteuid() == 0
        if asRoot { try Self.chattr("+i", folder.database, folder.path) }
        defer {
            if asRoot { try? Self.chattr("-i", folder.database, folder.path) }
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
            try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: folder.database)
        }
        let outcome: Result<Int, StorageError> = await {
            switch Self.open(folder.database) {
            case .failure(let error): return .failure(error)
            case .success(let database):
                do throws(StorageError) {
                    let chat = try await database.createChat(title: "new", model: nil, createdAt: Entries.start)
                    return .success(try await database.append(Entries.prompt("lost?"), to: chat))
                } catch {
                    return .failure(error)
                }
            }
        }()
        #expect(outcome == .failure(.readOnly))
        #expect(try folder.bytes(folder.database) == before)
    }

    @Test func aFullDisk() async throws {
        let folder = try TemporaryFolder()
        try await Self.makeDatabase(folder.database)
        let database = try ChatDatabase.open(path: folder.database, busyTimeout: 3) { db in
            try db.execute(sql: "PRAGMA max_page_count = 40")
        }
        let chat = try #require(try await database.newestChat())
        await #expect(throws: StorageError.diskFull) {
            _ = try await database.append(Entries.prompt(String(repeating: "x", count: 1_000_000)), to: chat)
        }
        // What was stored before is still there, and small writes still fit.
        _ = try await database.append(Entries.prompt("small"), to: chat)
        #expect(
            try await database.loadChat(chat, tail: nil)?.history.entries.map(\.content) == ["kept prompt", "small"])
    }

    @Test func lockedByAnotherWriterTooLong() async throws {
        let folder = try TemporaryFolder()
        try await Self.makeDatabase(folder.database)
        let database = try ChatDatabase.open(path: folder.database, busyTimeout: 0.2, prepare: nil)
        let chat = try #require(try await database.newestChat())
        let other = try SQLiteConnection(path: folder.database, busyTimeout: 0)
        try other.execute(sql: "BEGIN IMMEDIATE")
        await #expect(throws: StorageError.locked) {
            _ = try await database.append(Entries.prompt("waits"), to: chat)
        }
        // Reading is not blocked by a writer (WAL).
        #expect(try await database.loadChat(chat, tail: nil)?.history.count == 1)
        try other.execute(sql: "COMMIT")
        #expect(try await database.append(Entries.prompt("after"), to: chat) == 1)
    }

    @Test func aFolderThatCannotBeMade() throws {
        let folder = try TemporaryFolder()
        let file = folder.path + "/file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: StorageError.cannotCreateFolder) { try Self.open(file + "/sub/chats.sqlite").get() }
    }

    /// Runs chattr (root only: it sets or clears the immutable attribute).
    static func chattr(_ flag: String, _ paths: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [flag] + paths
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "chattr \(flag) failed")
    }
}
