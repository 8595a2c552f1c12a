/// An FTS5 query made from what the user typed: each word quoted (a quote in it doubled), so no
/// text is a syntax error or an operator; every word must occur, the last as a prefix (search
/// as you type).
enum SearchQuery {
    /// The `MATCH` text, or nil when `text` has no words.
    static func match(_ text: String) -> String? {
        let words = text.split { $0.isWhitespace || $0 == "\0" }
        guard !words.isEmpty else { return nil }
        return words.map { "\"" + $0.replacing("\"", with: "\"\"") + "\"" }.joined(separator: " ") + "*"
    }
}
