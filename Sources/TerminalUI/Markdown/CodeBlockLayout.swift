/// A code block's rows: a frame with the language label, every line as it is (tabs expanded,
/// never re-flowed), a line wider than the frame continued on the next row after a `↪`.
enum CodeBlockLayout {
    /// Columns between tab stops in code.
    static let tabWidth = 4

    static func rows(language: String, text: String, width: Int, index: Int) -> [MarkdownRow] {
        var result = header(language: language, width: width, index: index)
        var highlighter = CodeHighlighter(language: language)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            result += rows(ofLine: line, highlighter: &highlighter, width: width, index: index)
        }
        return result + footer(width: width, index: index)
    }

    /// The frame's top row with the language label (none when too narrow for a frame).
    static func header(language: String, width: Int, index: Int) -> [MarkdownRow] {
        guard width >= 4 else { return [] }
        let label = language.isEmpty ? "┌" : "┌─ " + CellWidth.truncated(language, width: max(1, width - 5)) + " "
        let fill = String(repeating: "─", count: max(0, width - CellWidth.of(label)))
        return [MarkdownRow([StyledSpan(label + fill, .codeFrame)], codeBlock: index)]
    }

    static func footer(width: Int, index: Int) -> [MarkdownRow] {
        guard width >= 4 else { return [] }
        return [MarkdownRow([StyledSpan("└" + String(repeating: "─", count: width - 1), .codeFrame)], codeBlock: index)]
    }

    /// One line of code: coloured (the highlighter carries what the line leaves open) and broken
    /// into as many rows as it needs.
    static func rows(ofLine line: Substring, highlighter: inout CodeHighlighter, width: Int, index: Int)
        -> [MarkdownRow]
    {
        let framed = width >= 4
        let inner = framed ? width - 2 : width
        let spans = highlighter.highlight(line: expandTabs(line))
        return hardWrap(spans, first: inner, rest: max(1, inner - 1)).enumerated().map { number, row in
            var cells: [StyledSpan] = []
            if framed { cells.append(StyledSpan("│ ", .codeFrame)) }
            if number > 0 { cells.append(StyledSpan("↪", .codeFrame)) }
            return MarkdownRow(cells + row, codeBlock: index)
        }
    }

    /// Tabs as spaces to the next stop, counted from the start of the line.
    static func expandTabs(_ line: Substring) -> String {
        guard line.contains("\t") else { return String(line) }
        var result = ""
        var column = 0
        for g in line {
            if g == "\t" {
                let advance = tabWidth - column % tabWidth
                result += String(repeating: " ", count: advance)
                column += advance
            } else {
                result.append(g)
                column += CellWidth.of(g)
            }
        }
        return result
    }

    /// Breaks styled text between grapheme clusters: the first row `first` columns wide, the
    /// others `rest`. A line that fits is one row; an empty line is one empty row.
    static func hardWrap(_ spans: [StyledSpan], first: Int, rest: Int) -> [[StyledSpan]] {
        var rows: [[StyledSpan]] = []
        var row: [StyledSpan] = []
        var used = 0
        var limit = max(1, first)
        for span in spans {
            for g in span.text {
                let cw = CellWidth.of(g)
                if used + cw > limit && used > 0 {
                    rows.append(row)
                    row = []
                    used = 0
                    limit = max(1, rest)
                }
                row.append(g, role: span.role)
                used += cw
            }
        }
        rows.append(row)
        return rows
    }
}
