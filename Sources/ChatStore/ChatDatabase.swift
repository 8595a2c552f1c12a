import ChatCore
import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The chat archive in one SQLite file (`Configuration.databasePath`): WAL mode, so several
/// processes read and write it at once; the schema made and upgraded by migrations. A file that
/// cannot be used is refused as it is, never rewritten. One connection writes and one reads,
/// each on its own serial queue, so a read never waits for a write.
public final class ChatDatabase: ChatArchive {
    /// How long a write waits for another process's write before it fails as `.locked`.
    public static let busyTimeout: Double = 3

    let writer: SQLiteConnection
    let reader: SQLiteConnection
    private let writerQueue = DispatchQueue(label: "ollama-tui.chats.write")
    private let readerQueue = DispatchQueue(label: "ollama-tui.chats.read")

    private init(writer: SQLiteConnection, reader: SQLiteConnection) {
        self.writer = writer
        self.reader = reader
    }

    /// Opens (or makes) the database at `path`, making its folder if needed.
    public static func open(path: String) throws(StorageError) -> ChatDatabase {
        try open(path: path, busyTimeout: busyTimeout, prepare: nil)
    }

    /// `prepare` runs on both connections (tests use it to shrink the size limit).
    static func open(
        path: String, busyTimeout: Double, prepare: ((SQLiteConnection) throws -> Void)?
    ) throws(StorageError) -> ChatDatabase {
        if let slash = path.lastIndex(of: "/"), slash > path.startIndex {
            do {
                try FileManager.default.createDirectory(
                    atPath: String(path[..<slash]), withIntermediateDirectories: true)
            } catch {
                throw .cannotCreateFolder
            }
        }
        // Opening sets WAL mode and migrates, which SQLite may refuse at once (busy, without
        // waiting) while another process does the same: tried again until the busy timeout.
        let deadline = ContinuousClock.now + .milliseconds(Int(busyTimeout * 1000))
        while true {
            do {
                try ChatSchema.refuseUnusable(path: path, busyTimeout: busyTimeout)
                let writer = try SQLiteConnection(path: path, busyTimeout: busyTimeout)
                try configure(writer, prepare: prepare)
                try writer.execute(sql: "PRAGMA journal_mode = WAL")
                try ChatSchema.migrate(writer)
                let reader = try SQLiteConnection(path: path, busyTimeout: busyTimeout)
                try configure(reader, prepare: prepare)
                try reader.execute(sql: "PRAGMA query_only = ON")
                try? indexAbandonedAnswers(writer)
                return ChatDatabase(writer: writer, reader: reader)
            } catch {
                let failure = StorageErrorMapping.map(error)
                guard failure == .locked, ContinuousClock.now < deadline else { throw failure }
                usleep(20_000)
            }
        }
    }

    /// What every connection needs: foreign keys (a chat's messages go with it), and with WAL,
    /// `NORMAL` syncing, which loses nothing when the process dies (kill -9), only on power loss.
    private static func configure(_ connection: SQLiteConnection, prepare: ((SQLiteConnection) throws -> Void)?)
        throws
    {
        try connection.execute(sql: "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL")
        try prepare?(connection)
    }

    /// An answer still marked streaming in a chat not written for `abandonedAfter` seconds was cut
    /// off when its process died: it is finished as it stands, so search finds it. (A streaming
    /// answer touches its chat at every write, about once a second.) Best effort: a database
    /// that cannot be written stays as it is.
    private static func indexAbandonedAnswers(_ writer: SQLiteConnection) throws {
        let abandoned = """
            streaming AND chatId IN (SELECT id FROM chat WHERE updatedAt < ?)
            """
        let before = Date().timeIntervalSinceReferenceDate - abandonedAfter
        let exists = try writer.value(
            sql: "SELECT EXISTS (SELECT 1 FROM message WHERE \(abandoned))", arguments: [before])
        guard exists.int == 1 else { return }
        try writer.transaction(writing: true) { db in
            try db.execute(sql: "UPDATE message SET streaming = 0 WHERE \(abandoned)", arguments: [before])
        }
    }

    /// Seconds without a write after which a streaming answer counts as cut off.
    static let abandonedAfter: Double = 60

    /// Runs `updates` in one write transaction on the writer's queue, its failures as `StorageError`.
    func write<T: Sendable>(_ updates: @escaping @Sendable (SQLiteConnection) throws -> T) async throws(StorageError)
        -> T
    {
        try await run(on: writerQueue) { try self.writer.transaction(writing: true, updates) }
    }

    /// Runs `value` in one read transaction (one snapshot) on the reader's queue.
    func read<T: Sendable>(_ value: @escaping @Sendable (SQLiteConnection) throws -> T) async throws(StorageError)
        -> T
    {
        try await run(on: readerQueue) { try self.reader.transaction(writing: false, value) }
    }

    private func run<T: Sendable>(on queue: DispatchQueue, _ work: @escaping @Sendable () throws -> T)
        async
        throws(StorageError) -> T
    {
        let result: Result<T, StorageError> = await withCheckedContinuation { continuation in
            queue.async {
                do {
                    continuation.resume(returning: .success(try work()))
                } catch {
                    continuation.resume(returning: .failure(StorageErrorMapping.map(error)))
                }
            }
        }
        return try result.get()
    }
}
