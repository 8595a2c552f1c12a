import ChatCore
import OllamaKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// How a history entry is kept in a `message` row. Text is stored as BLOB (its UTF-8 bytes), so
/// that any text, NUL included, comes back exactly; dates as seconds since 2001 (exact).
enum MessageColumns {
    private static let columns = [
        "role", "content", "thinking", "thinkingSeconds", "model", "createdAt", "finishedAt", "ending", "metrics",
        "images",
    ]
    static let names = columns.joined(separator: ", ")
    /// `?` for each column.
    static let placeholders = columns.map { _ in "?" }.joined(separator: ", ")
    /// An upsert's `SET` list: every column from the row that was to be inserted.
    static let assignments = columns.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")

    static func values(_ entry: SessionHistory.Entry) throws -> [any SQLValueConvertible] {
        [
            entry.role.rawValue, blob(entry.content), blob(entry.thinking), entry.thinkingSeconds, entry.model,
            entry.createdAt.timeIntervalSinceReferenceDate, entry.finishedAt?.timeIntervalSinceReferenceDate,
            entry.ending == .complete ? nil : try json(entry.ending), try entry.metrics.map(json),
            entry.images.isEmpty ? nil : try json(entry.images),
        ]
    }

    static func entry(_ row: SQLRow) throws -> SessionHistory.Entry {
        let decoder = JSONDecoder()
        guard let role = ChatMessage.Role(rawValue: row["role"].string ?? "") else { throw UnknownRole() }
        let ending: SessionHistory.Ending =
            try row["ending"].string.map { try decoder.decode(SessionHistory.Ending.self, from: Data($0.utf8)) }
            ?? .complete
        return SessionHistory.Entry(
            role: role, content: text(row, "content"), thinking: text(row, "thinking"),
            thinkingSeconds: row["thinkingSeconds"].double, model: row["model"].string,
            createdAt: date(row["createdAt"].double) ?? Date(timeIntervalSinceReferenceDate: 0),
            finishedAt: date(row["finishedAt"].double), ending: ending,
            metrics: try row["metrics"].string.map { try decoder.decode(Metrics.self, from: Data($0.utf8)) },
            images: try row["images"].string.map {
                try decoder.decode([ImageAttachment].self, from: Data($0.utf8))
            } ?? [])
    }

    /// A role this build does not know.
    struct UnknownRole: Error {}

    static func blob(_ text: String) -> Data { Data(text.utf8) }

    static func text(_ row: SQLRow, _ column: String) -> String {
        row[column].string ?? ""
    }

    static func date(_ seconds: Double?) -> Date? {
        seconds.map { Date(timeIntervalSinceReferenceDate: $0) }
    }

    private static func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }
}
