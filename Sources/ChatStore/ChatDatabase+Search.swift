import ChatCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Full-text search over titles and messages (FTS5).
extension ChatDatabase {
    /// Words of context a snippet keeps around its match.
    static let snippetWords = 16

    /// Titles that match come first, then messages; each newest first.
    public func search(_ text: String, limit: Int) async throws(StorageError) -> [SearchHit] {
        guard let query = SearchQuery.match(text), limit > 0 else { return [] }
        return try await read { db in
            let titles = try db.rows(
                sql: """
                    SELECT chat.id, chat.title,
                        CAST(highlight(chatSearch, 0, \(SnippetMarks.open), \(SnippetMarks.close)) AS BLOB) AS marked
                    FROM chatSearch JOIN chat ON chat.id = chatSearch.rowid
                    WHERE chatSearch MATCH ? ORDER BY chatSearch.rowid DESC LIMIT ?
                    """,
                arguments: [query, limit]
            ).map { row in Self.hit(row, chat: ChatID(row["id"].int ?? 0), position: nil) }
            let messages = try db.rows(
                sql: """
                    SELECT message.chatId, message.position, chat.title,
                        CAST(snippet(messageSearch, 0, \(SnippetMarks.open), \(SnippetMarks.close), '…', \
                    \(Self.snippetWords)) AS BLOB) AS marked
                    FROM messageSearch
                    JOIN message ON message.id = messageSearch.rowid
                    JOIN chat ON chat.id = message.chatId
                    WHERE messageSearch MATCH ? ORDER BY messageSearch.rowid DESC LIMIT ?
                    """,
                arguments: [query, limit - titles.count]
            ).map { row in Self.hit(row, chat: ChatID(row["chatId"].int ?? 0), position: row["position"].int) }
            return titles + messages
        }
    }

    private static func hit(_ row: SQLRow, chat: ChatID, position: Int?) -> SearchHit {
        let marked = SnippetMarks.read([UInt8](row["marked"].data ?? Data()))
        return SearchHit(
            chat: chat, title: MessageColumns.text(row, "title"), snippet: marked.text, matches: marked.matches,
            position: position)
    }
}
