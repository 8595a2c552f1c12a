import ChatCore
import GRDB

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The archive's reads: the list, one chat, the newest.
extension ChatDatabase {
    static let summaryColumns = """
        chat.id, chat.title, chat.model, chat.createdAt, chat.updatedAt,
        (SELECT COUNT(*) FROM message WHERE message.chatId = chat.id) AS messageCount
        """

    public func listChats(limit: Int, offset: Int) async throws(StorageError) -> [ChatSummary] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.summaryColumns) FROM chat
                    ORDER BY chat.updatedAt DESC, chat.id DESC LIMIT ? OFFSET ?
                    """,
                arguments: [max(0, limit), max(0, offset)]
            ).map(Self.summary)
        }
    }

    public func loadChat(_ chat: ChatID, tail: Int?) async throws(StorageError) -> StoredChat? {
        try await read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT \(Self.summaryColumns) FROM chat WHERE id = ?", arguments: [chat])
            else { return nil }
            let summary = Self.summary(row)
            let settings = try Self.settings(
                String.fetchOne(db, sql: "SELECT settings FROM chat WHERE id = ?", arguments: [chat]))
            let rows: [Row]
            if let tail {
                rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT position, \(MessageColumns.names) FROM message WHERE chatId = ?
                        ORDER BY position DESC LIMIT ?
                        """,
                    arguments: [chat, max(0, tail)]
                ).reversed()
            } else {
                rows = try Row.fetchAll(
                    db,
                    sql: "SELECT position, \(MessageColumns.names) FROM message WHERE chatId = ? ORDER BY position",
                    arguments: [chat])
            }
            let history = SessionHistory(entries: try rows.map(MessageColumns.entry))
            let firstPosition: Int = rows.first?["position"] ?? summary.messageCount
            return StoredChat(summary: summary, history: history, firstPosition: firstPosition, settings: settings)
        }
    }

    public func newestChat() async throws(StorageError) -> ChatID? {
        try await read { db in
            try ChatID.fetchOne(db, sql: "SELECT id FROM chat ORDER BY updatedAt DESC, id DESC LIMIT 1")
        }
    }

    /// The stored settings; a value this build's option table refuses (the file is data, and
    /// may have been written by another build) leaves the chat with the defaults.
    static func settings(_ column: String?) -> ChatSettings {
        guard let column else { return ChatSettings() }
        return (try? JSONDecoder().decode(ChatSettings.self, from: Data(column.utf8))) ?? ChatSettings()
    }

    static func summary(_ row: Row) -> ChatSummary {
        ChatSummary(
            id: row["id"], title: MessageColumns.text(row, "title"), model: row["model"],
            createdAt: MessageColumns.date(row["createdAt"]) ?? .distantPast,
            updatedAt: MessageColumns.date(row["updatedAt"]) ?? .distantPast,
            messageCount: row["messageCount"])
    }
}
