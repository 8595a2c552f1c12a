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

/// The database's layout and its migrations. A database with a migration or a `user_version`
/// this build does not know was written by a newer build: it is refused, not touched.
enum ChatSchema {
    /// Written to `user_version` by the last migration.
    static let version = 4

    /// A newer build's database.
    struct NewerSchema: Error {}

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: chats, messages, search") { db in
            try db.execute(
                sql: """
                    CREATE TABLE chat (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        title BLOB NOT NULL,
                        model TEXT,
                        systemPrompt BLOB,
                        options TEXT,
                        createdAt REAL NOT NULL,
                        updatedAt REAL NOT NULL
                    );
                    CREATE INDEX chat_by_update ON chat(updatedAt, id);
                    CREATE TABLE message (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        chatId INTEGER NOT NULL REFERENCES chat(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        role TEXT NOT NULL,
                        content BLOB NOT NULL,
                        thinking BLOB NOT NULL,
                        thinkingSeconds REAL,
                        model TEXT,
                        createdAt REAL NOT NULL,
                        finishedAt REAL,
                        ending TEXT,
                        metrics TEXT,
                        UNIQUE (chatId, position)
                    );
                    """)
            try db.create(virtualTable: "messageSearch", using: FTS5()) { table in
                table.synchronize(withTable: "message")
                table.tokenizer = .unicode61()
                table.column("content")
            }
            try db.create(virtualTable: "chatSearch", using: FTS5()) { table in
                table.synchronize(withTable: "chat")
                table.tokenizer = .unicode61()
                table.column("title")
            }
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        migrator.registerMigration("v2: an answer is indexed once it ends") { db in
            // FTS5 indexed a streaming answer again at each write (once a second), which cost
            // more than the write: a message written `streaming` is kept out of the index, and
            // a chat's search row changes only with its title, not with every touch.
            try db.alter(table: "message") { table in
                table.add(column: "streaming", .boolean).notNull().defaults(to: false)
            }
            try db.dropFTS5SynchronizationTriggers(forTable: "messageSearch")
            try db.dropFTS5SynchronizationTriggers(forTable: "chatSearch")
            try db.execute(
                sql: """
                    CREATE TRIGGER message_indexed AFTER INSERT ON message WHEN NOT new.streaming BEGIN
                        INSERT INTO messageSearch(rowid, content) VALUES (new.id, new.content);
                    END;
                    CREATE TRIGGER message_unindexed AFTER DELETE ON message WHEN NOT old.streaming BEGIN
                        INSERT INTO messageSearch(messageSearch, rowid, content) VALUES ('delete', old.id, old.content);
                    END;
                    CREATE TRIGGER message_reindexed AFTER UPDATE OF content, streaming ON message BEGIN
                        INSERT INTO messageSearch(messageSearch, rowid, content)
                            SELECT 'delete', old.id, old.content WHERE NOT old.streaming;
                        INSERT INTO messageSearch(rowid, content) SELECT new.id, new.content WHERE NOT new.streaming;
                    END;
                    CREATE TRIGGER chat_indexed AFTER INSERT ON chat BEGIN
                        INSERT INTO chatSearch(rowid, title) VALUES (new.id, new.title);
                    END;
                    CREATE TRIGGER chat_unindexed AFTER DELETE ON chat BEGIN
                        INSERT INTO chatSearch(chatSearch, rowid, title) VALUES ('delete', old.id, old.title);
                    END;
                    CREATE TRIGGER chat_reindexed AFTER UPDATE OF title ON chat BEGIN
                        INSERT INTO chatSearch(chatSearch, rowid, title) VALUES ('delete', old.id, old.title);
                        INSERT INTO chatSearch(rowid, title) VALUES (new.id, new.title);
                    END;
                    """)
            try db.execute(sql: "PRAGMA user_version = 2")
        }
        migrator.registerMigration("v3: chat settings") { db in
            // The chat's system prompt, options, think and keep_alive, as `ChatSettings` encodes them.
            try db.execute(sql: "ALTER TABLE chat ADD COLUMN settings TEXT")
            try db.execute(sql: "PRAGMA user_version = 3")
        }
        migrator.registerMigration("v4: images") { db in
            // Images sent with a prompt: JSON of name, size and base64, as the history has them.
            try db.execute(sql: "ALTER TABLE message ADD COLUMN images TEXT")
            try db.execute(sql: "PRAGMA user_version = 4")
        }
        return migrator
    }

    /// Brings the schema up to date. Processes started at once on a file may all try: each
    /// migration is its own transaction, so one that finds its work done by another (a table or
    /// a column already there) reads what is applied and goes on from there, until the schema is
    /// complete. A failure that persists is thrown after `migrationAttempts` tries.
    static func migrate(_ pool: DatabasePool) throws {
        var attempt = 1
        while true {
            do {
                try migrator.migrate(pool)
                return
            } catch {
                if try pool.read({ try migrator.hasCompletedMigrations($0) }) { return }
                guard attempt < migrationAttempts else { throw error }
                attempt += 1
                usleep(20_000)
            }
        }
    }

    /// Tries of `migrate`, 20 ms apart: time for another process to finish the migration it is in.
    static let migrationAttempts = 50

    /// Throws `NewerSchema` for a database of a newer build, and SQLite's error for a file that is
    /// not a database or is damaged. It reads through a read-only connection, before a pool is
    /// opened: opening a pool writes to the file (GRDB makes sure the WAL file is not empty).
    static func refuseUnusable(path: String, configuration: GRDB.Configuration) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        var readOnly = configuration
        readOnly.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: readOnly)
        defer { try? queue.close() }
        try queue.read { db in
            let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            let superseded = try migrator.hasBeenSuperseded(db)
            if userVersion > version || superseded { throw NewerSchema() }
        }
    }
}
