import ChatCore
import GRDB

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
/// cannot be used is refused as it is, never rewritten.
public final class ChatDatabase: ChatArchive {
    /// How long a write waits for another process's write before it fails as `.locked`.
    public static let busyTimeout: Double = 3

    let pool: DatabasePool

    private init(pool: DatabasePool) {
        self.pool = pool
    }

    /// Opens (or makes) the database at `path`, making its folder if needed.
    public static func open(path: String) throws(StorageError) -> ChatDatabase {
        try open(path: path, busyTimeout: busyTimeout, prepare: nil)
    }

    /// `prepare` runs on every connection (tests use it to shrink the size limit).
    static func open(
        path: String, busyTimeout: Double, prepare: (@Sendable (Database) throws -> Void)?
    ) throws(StorageError) -> ChatDatabase {
        if let slash = path.lastIndex(of: "/"), slash > path.startIndex {
            do {
                try FileManager.default.createDirectory(
                    atPath: String(path[..<slash]), withIntermediateDirectories: true)
            } catch {
                throw .cannotCreateFolder
            }
        }
        var configuration = GRDB.Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            // With WAL, NORMAL loses nothing when the process dies (kill -9), only on power loss.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try prepare?(db)
        }
        // Opening sets WAL mode and migrates, which SQLite may refuse at once (busy, without
        // waiting) while another process does the same: tried again until the busy timeout.
        let deadline = ContinuousClock.now + .milliseconds(Int(busyTimeout * 1000))
        while true {
            do {
                try ChatSchema.refuseUnusable(path: path, configuration: configuration)
                let pool = try DatabasePool(path: path, configuration: configuration)
                try ChatSchema.migrate(pool)
                try? indexAbandonedAnswers(pool)
                return ChatDatabase(pool: pool)
            } catch {
                let failure = StorageErrorMapping.map(error)
                guard failure == .locked, ContinuousClock.now < deadline else { throw failure }
                usleep(20_000)
            }
        }
    }

    /// An answer still marked streaming in a chat not written for `abandonedAfter` seconds was cut
    /// off when its process died: it is finished as it stands, so search finds it. (A streaming
    /// answer touches its chat at every write, about once a second.) Best effort: a database
    /// that cannot be written stays as it is.
    private static func indexAbandonedAnswers(_ pool: DatabasePool) throws {
        let abandoned = """
            streaming AND chatId IN (SELECT id FROM chat WHERE updatedAt < ?)
            """
        let before = Date().timeIntervalSinceReferenceDate - abandonedAfter
        guard
            try pool.read({
                try Bool.fetchOne(
                    $0, sql: "SELECT EXISTS (SELECT 1 FROM message WHERE \(abandoned))", arguments: [before])
            }) == true
        else { return }
        try pool.write { db in
            try db.execute(sql: "UPDATE message SET streaming = 0 WHERE \(abandoned)", arguments: [before])
        }
    }

    /// Seconds without a write after which a streaming answer counts as cut off.
    static let abandonedAfter: Double = 60

    /// Runs `updates` in one write transaction, its failures as `StorageError`.
    func write<T: Sendable>(_ updates: @escaping @Sendable (Database) throws -> T) async throws(StorageError) -> T {
        do {
            return try await pool.write(updates)
        } catch {
            throw StorageErrorMapping.map(error)
        }
    }

    /// Runs `value` on a reader, its failures as `StorageError`.
    func read<T: Sendable>(_ value: @escaping @Sendable (Database) throws -> T) async throws(StorageError) -> T {
        do {
            return try await pool.read(value)
        } catch {
            throw StorageErrorMapping.map(error)
        }
    }
}
