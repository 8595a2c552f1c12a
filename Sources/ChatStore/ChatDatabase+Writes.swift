import ChatCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The archive's writes, each one transaction.
extension ChatDatabase {
    public func createChat(
        title: String, model: String?, settings: ChatSettings = ChatSettings(), createdAt: Date
    )
        async throws(StorageError) -> ChatID
    {
        try await write { db in
            try Self.insertChat(
                db, title: title, model: model, settings: settings, createdAt: createdAt, updatedAt: createdAt)
        }
    }

    public func saveSettings(_ settings: ChatSettings, of chat: ChatID) async throws(StorageError) {
        try await write { db in
            try Self.requireChat(db, chat)
            try db.execute(
                sql: "UPDATE chat SET settings = ? WHERE id = ?", arguments: [try Self.settingsColumn(settings), chat])
        }
    }

    public func append(_ entry: SessionHistory.Entry, to chat: ChatID, streaming: Bool) async throws(StorageError)
        -> Int
    {
        try await write { db in
            try Self.requireChat(db, chat)
            let position =
                try db.value(
                    sql: "SELECT COALESCE(MAX(position) + 1, 0) FROM message WHERE chatId = ?", arguments: [chat]
                )
                .int ?? 0
            try Self.insertMessage(db, entry, chat: chat, position: position, streaming: streaming)
            try Self.touch(db, chat)
            // The chat's model is the one it goes on with (a reopened chat may switch).
            try db.execute(
                sql: "UPDATE chat SET model = COALESCE(?, model) WHERE id = ?", arguments: [entry.model, chat])
            return position
        }
    }

    public func update(_ entry: SessionHistory.Entry, at position: Int, in chat: ChatID, streaming: Bool)
        async throws(StorageError)
    {
        try await write { db in
            try Self.requireChat(db, chat)
            try db.execute(
                sql: """
                    INSERT INTO message (chatId, position, streaming, \(MessageColumns.names))
                    VALUES (?, ?, ?, \(MessageColumns.placeholders))
                    ON CONFLICT (chatId, position) DO UPDATE SET streaming = excluded.streaming, \(MessageColumns.assignments)
                    """,
                arguments: [chat, position, streaming] + (try MessageColumns.values(entry)))
            try Self.touch(db, chat)
        }
    }

    public func removeMessages(from position: Int, in chat: ChatID) async throws(StorageError) {
        try await write { db in
            try Self.requireChat(db, chat)
            try db.execute(sql: "DELETE FROM message WHERE chatId = ? AND position >= ?", arguments: [chat, position])
            try Self.touch(db, chat)
        }
    }

    public func rename(_ chat: ChatID, to title: String) async throws(StorageError) {
        try await write { db in
            try Self.requireChat(db, chat)
            try db.execute(
                sql: "UPDATE chat SET title = ?, updatedAt = ? WHERE id = ?",
                arguments: [MessageColumns.blob(title), Date().timeIntervalSinceReferenceDate, chat])
        }
    }

    public func delete(_ chat: ChatID) async throws(StorageError) {
        try await write { db in
            try Self.requireChat(db, chat)
            try db.execute(sql: "DELETE FROM chat WHERE id = ?", arguments: [chat])
        }
    }

    public func importChat(
        title: String, model: String?, settings: ChatSettings = ChatSettings(), createdAt: Date, updatedAt: Date,
        history: SessionHistory
    ) async throws(StorageError) -> ChatID {
        try await write { db in
            let chat = try Self.insertChat(
                db, title: title, model: model, settings: settings, createdAt: createdAt, updatedAt: updatedAt)
            for (position, entry) in history.entries.enumerated() {
                try Self.insertMessage(db, entry, chat: chat, position: position, streaming: false)
            }
            return chat
        }
    }

    private static func insertChat(
        _ db: SQLiteConnection, title: String, model: String?, settings: ChatSettings, createdAt: Date, updatedAt: Date
    ) throws -> ChatID {
        try db.execute(
            sql: "INSERT INTO chat (title, model, settings, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?)",
            arguments: [
                MessageColumns.blob(title), model, try settingsColumn(settings),
                createdAt.timeIntervalSinceReferenceDate,
                updatedAt.timeIntervalSinceReferenceDate,
            ])
        return ChatID(db.lastInsertedRowID)
    }

    /// The settings column: nil when nothing is set.
    private static func settingsColumn(_ settings: ChatSettings) throws -> String? {
        settings.isEmpty ? nil : String(decoding: try JSONEncoder().encode(settings), as: UTF8.self)
    }

    private static func insertMessage(
        _ db: SQLiteConnection, _ entry: SessionHistory.Entry, chat: ChatID, position: Int, streaming: Bool
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO message (chatId, position, streaming, \(MessageColumns.names))
                VALUES (?, ?, ?, \(MessageColumns.placeholders))
                """,
            arguments: [chat, position, streaming] + (try MessageColumns.values(entry)))
    }

    /// Throws `.chatNotFound` unless the chat is stored.
    static func requireChat(_ db: SQLiteConnection, _ chat: ChatID) throws {
        guard try db.row(sql: "SELECT 1 FROM chat WHERE id = ?", arguments: [chat]) != nil else {
            throw StorageError.chatNotFound(chat)
        }
    }

    private static func touch(_ db: SQLiteConnection, _ chat: ChatID) throws {
        try db.execute(
            sql: "UPDATE chat SET updatedAt = MAX(updatedAt, ?) WHERE id = ?",
            arguments: [Date().timeIntervalSinceReferenceDate, chat])
    }
}
