@testable import TerminalUI

/// Renders Markdown as the transcript does and reads the rows back as text.
func markdownRows(_ text: String, width: Int) -> [MarkdownRow] {
    var markdown = MarkdownText(text)
    let rows = markdown.rows(width: width)
    return rows.settled + rows.open
}

func markdownLines(_ text: String, width: Int) -> [String] {
    markdownRows(text, width: width).map(\.spans.plainText)
}

/// The role of the first cell of `row` whose text starts with `prefix`.
func role(of needle: String, in rows: [MarkdownRow]) -> StyleRole? {
    for row in rows {
        for span in row.spans where span.text.contains(needle) { return span.role }
    }
    return nil
}
