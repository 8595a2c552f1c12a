import CSQLite

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The database's layout and its migrations, each applied once and logged by identifier in
/// `grdb_migrations` (the name the archive's first builds gave the log, kept so that every build
/// reads one log). A database with a migration or a `user_version` this build does not know was
/// written by a newer build: it is refused, not touched.
enum ChatSchema {
    /// Written to `user_version` by the last migration.
    static let version = 4

    /// A newer build's database.
    struct NewerSchema: Error {}

    /// One step of the schema: its identifier in the log and its statements.
    struct Migration {
        let identifier: String
        let sql: String
    }

    static let migrations = [
        Migration(
            identifier: "v1: chats, messages, search",
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
                CREATE VIRTUAL TABLE messageSearch USING fts5(
                    content, tokenize = 'unicode61', content = 'message', content_rowid = 'id');
                CREATE TRIGGER __messageSearch_ai AFTER INSERT ON message BEGIN
                    INSERT INTO messageSearch(rowid, content) VALUES (new.id, new.content);
                END;
                CREATE TRIGGER __messageSearch_ad AFTER DELETE ON message BEGIN
                    INSERT INTO messageSearch(messageSearch, rowid, content) VALUES ('delete', old.id, old.content);
                END;
                CREATE TRIGGER __messageSearch_au AFTER UPDATE ON message BEGIN
                    INSERT INTO messageSearch(messageSearch, rowid, content) VALUES ('delete', old.id, old.content);
                    INSERT INTO messageSearch(rowid, content) VALUES (new.id, new.content);
                END;
                CREATE VIRTUAL TABLE chatSearch USING fts5(
                    title, tokenize = 'unicode61', content = 'chat', content_rowid = 'id');
                CREATE TRIGGER __chatSearch_ai AFTER INSERT ON chat BEGIN
                    INSERT INTO chatSearch(rowid, title) VALUES (new.id, new.title);
                END;
                CREATE TRIGGER __chatSearch_ad AFTER DELETE ON chat BEGIN
                    INSERT INTO chatSearch(chatSearch, rowid, title) VALUES ('delete', old.id, old.title);
                END;
                CREATE TRIGGER __chatSearch_au AFTER UPDATE ON chat BEGIN
                    INSERT INTO chatSearch(chatSearch, rowid, title) VALUES ('delete', old.id, old.title);
                    INSERT INTO chatSearch(rowid, title) VALUES (new.id, new.title);
                END;
                PRAGMA user_version = 1;
                """),
        // FTS5 indexed a streaming answer again at each write (once a second), which cost more
        // than the write: a message written `streaming` is kept out of the index, and a chat's
        // search row changes only with its title, not with every touch.
        Migration(
            identifier: "v2: an answer is indexed once it ends",
            sql: """
                ALTER TABLE message ADD COLUMN streaming BOOLEAN NOT NULL DEFAULT 0;
                DROP TRIGGER IF EXISTS __messageSearch_ai;
                DROP TRIGGER IF EXISTS __messageSearch_ad;
                DROP TRIGGER IF EXISTS __messageSearch_au;
                DROP TRIGGER IF EXISTS __chatSearch_ai;
                DROP TRIGGER IF EXISTS __chatSearch_ad;
                DROP TRIGGER IF EXISTS __chatSearch_au;
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
                PRAGMA user_version = 2;
                """),
        // The chat's system prompt, options, think and keep_alive, as `ChatSettings` encodes them.
        Migration(
            identifier: "v3: chat settings",
            sql: "ALTER TABLE chat ADD COLUMN settings TEXT; PRAGMA user_version = 3"),
        // Images sent with a prompt: JSON of name, size and base64, as the history has them.
        Migration(
            identifier: "v4: images",
            sql: "ALTER TABLE message ADD COLUMN images TEXT; PRAGMA user_version = 4"),
    ]

    /// Brings the schema up to date (or up to the migration `last`, for tests). Each migration is
    /// its own `BEGIN IMMEDIATE` transaction that reads the log first: processes started at once
    /// on a file take turns (within the busy timeout), and each finds done what another did.
    static func migrate(_ db: SQLiteConnection, upTo last: String? = nil) throws {
        let known = Set(migrations.map(\.identifier))
        for migration in migrations {
            try db.transaction(writing: true) { db in
                try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                let applied = try appliedMigrations(db)
                guard applied.isSubset(of: known) else { throw NewerSchema() }
                guard !applied.contains(migration.identifier) else { return }
                try db.execute(sql: migration.sql)
                try db.execute(
                    sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration.identifier])
            }
            if migration.identifier == last { return }
        }
    }

    private static func appliedMigrations(_ db: SQLiteConnection) throws -> Set<String> {
        Set(try db.rows(sql: "SELECT identifier FROM grdb_migrations").compactMap { $0.values.first?.string })
    }

    /// Throws `NewerSchema` for a database of a newer build, and SQLite's error for a file that is
    /// not a database or is damaged. It reads through a read-only connection before anything
    /// writes to the file (setting WAL mode does).
    static func refuseUnusable(path: String, busyTimeout: Double) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let db = try SQLiteConnection(path: path, readOnly: true, busyTimeout: busyTimeout)
        let userVersion = try db.value(sql: "PRAGMA user_version").int ?? 0
        let hasLog = try db.value(sql: "SELECT COUNT(*) FROM sqlite_master WHERE name = 'grdb_migrations'").int == 1
        let applied = hasLog ? try appliedMigrations(db) : []
        if userVersion > version || !applied.isSubset(of: Set(migrations.map(\.identifier))) { throw NewerSchema() }
    }
}
