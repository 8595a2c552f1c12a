import ChatCore

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
            try db.rows(
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
                let row = try db.row(
                    sql: "SELECT \(Self.summaryColumns), chat.settings FROM chat WHERE id = ?", arguments: [chat])
            else { return nil }
            let summary = Self.summary(row)
            let settings = Self.settings(row["settings"].string)
            let rows: [SQLRow]
            if let tail {
                rows = try db.rows(
                    sql: """
                        SELECT position, \(MessageColumns.names) FROM message WHERE chatId = ?
                        ORDER BY position DESC LIMIT ?
                        """,
                    arguments: [chat, max(0, tail)]
                ).reversed()
            } else {
                rows = try db.rows(
                    sql: "SELECT position, \(MessageColumns.names) FROM message WHERE chatId = ? ORDER BY position",
                    arguments: [chat])
            }
            let history = SessionHistory(entries: try rows.map(MessageColumns.entry))
            let firstPosition = rows.first?["position"].int ?? summary.messageCount
            return StoredChat(summary: summary, history: history, firstPosition: firstPosition, settings: settings)
        }
    }

    public func newestChat() async throws(StorageError) -> ChatID? {
        try await read { db in
            try db.value(sql: "SELECT id FROM chat ORDER BY updatedAt DESC, id DESC LIMIT 1").int.map(ChatID.init)
        }
    }

    /// The stored settings; a value this build's option table refuses (the file is data, and
    /// may have been written by another build) leaves the chat with the defaults.
    static func settings(_ column: String?) -> ChatSettings {
        guard let column else { return ChatSettings() }
        return (try? JSONDecoder().decode(ChatSettings.self, from: Data(column.utf8))) ?? ChatSettings()
    }

    static func summary(_ row: SQLRow) -> ChatSummary {
        ChatSummary(
            id: ChatID(row["id"].int ?? 0), title: MessageColumns.text(row, "title"), model: row["model"].string,
            createdAt: MessageColumns.date(row["createdAt"].double) ?? .distantPast,
            updatedAt: MessageColumns.date(row["updatedAt"].double) ?? .distantPast,
            messageCount: row["messageCount"].int ?? 0)
    }
}
