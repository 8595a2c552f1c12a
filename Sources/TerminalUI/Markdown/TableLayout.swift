/// A table's rows: columns as wide as their widest cell when that fits, else narrowed evenly from
/// the widest down and the cells wrapped. A table with more columns than fit at three columns
/// each is drawn as records instead (`header: value` a row), so no cell is ever cut.
enum TableLayout {
    /// The narrowest a column is made before the table is drawn as records.
    static let minimumColumn = 3

    static func rows(_ table: MarkdownTable, width: Int) -> [MarkdownRow] {
        let columns = max(table.alignments.count, table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return [] }
        let available = width - (3 * columns + 1)
        guard available >= minimumColumn * columns else { return records(table, columns: columns, width: width) }
        let natural = (0..<columns).map { column in
            max(1, ([table.header] + table.rows).map { cellWidth($0, column) }.max() ?? 1)
        }
        let widths = fitted(natural, into: available)
        var result = [border("┌", "┬", "┐", widths)]
        result += cells(table.header.map(header), table: table, widths: widths)
        result.append(border("├", "┼", "┤", widths))
        for row in table.rows { result += cells(row, table: table, widths: widths) }
        result.append(border("└", "┴", "┘", widths))
        return result
    }

    /// Column widths no wider than natural, summing to at most `available`: every column is
    /// capped at the largest cap that fits, and what the cap leaves goes to the capped columns.
    static func fitted(_ natural: [Int], into available: Int) -> [Int] {
        guard natural.reduce(0, +) > available else { return natural }
        var low = 1
        var high = natural.max() ?? 1
        while low < high {
            let cap = (low + high + 1) / 2
            if natural.reduce(0, { $0 + min($1, cap) }) <= available { low = cap } else { high = cap - 1 }
        }
        var widths = natural.map { min($0, low) }
        var spare = available - widths.reduce(0, +)
        for index in widths.indices where spare > 0 && natural[index] > widths[index] {
            widths[index] += 1
            spare -= 1
        }
        return widths
    }

    private static func cellWidth(_ row: [[StyledSpan]], _ column: Int) -> Int {
        column < row.count ? CellWidth.of(row[column].plainText) : 0
    }

    private static func header(_ cell: [StyledSpan]) -> [StyledSpan] {
        cell.map { $0.role == .assistant ? StyledSpan($0.text, .tableHeader) : $0 }
    }

    private static func border(_ left: String, _ middle: String, _ right: String, _ widths: [Int]) -> MarkdownRow {
        let parts = widths.map { String(repeating: "─", count: $0 + 2) }
        return MarkdownRow([StyledSpan(left + parts.joined(separator: middle) + right, .tableBorder)])
    }

    /// One table row: each cell wrapped in its column, as many screen rows as its tallest cell.
    private static func cells(_ row: [[StyledSpan]], table: MarkdownTable, widths: [Int]) -> [MarkdownRow] {
        let wrapped = widths.indices.map { column in
            column < row.count ? TextWrapper.wrap(row[column], width: widths[column]) : [[]]
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { line in
            var spans = [StyledSpan("│", .tableBorder)]
            for column in widths.indices {
                let content = line < wrapped[column].count ? wrapped[column][line] : []
                let gap = widths[column] - CellWidth.of(content.plainText)
                let alignment = column < table.alignments.count ? table.alignments[column] : .none
                let before =
                    switch alignment {
                    case .right: gap
                    case .center: gap / 2
                    case .left, .none: 0
                    }
                spans.appendSpaces(1 + before, role: .assistant)
                for span in content { spans.append(span) }
                spans.appendSpaces(gap - before + 1, role: .assistant)
                spans.append(StyledSpan("│", .tableBorder))
            }
            return MarkdownRow(spans)
        }
    }

    /// Each body row as `header: value` rows, the rows apart by a rule.
    private static func records(_ table: MarkdownTable, columns: Int, width: Int) -> [MarkdownRow] {
        var result: [MarkdownRow] = []
        for (index, row) in table.rows.enumerated() {
            if index > 0 {
                result.append(MarkdownRow([StyledSpan(String(repeating: "─", count: width), .tableBorder)]))
            }
            for column in 0..<columns {
                let name = column < table.header.count ? header(table.header[column]) : []
                let value = column < row.count ? row[column] : []
                let line = name + [StyledSpan(": ", .tableBorder)] + value
                result += TextWrapper.wrap(line, width: width).map { MarkdownRow($0) }
            }
        }
        if table.rows.isEmpty {
            result += TextWrapper.wrap(
                table.header.flatMap { header($0) + [StyledSpan(" ", .assistant)] }, width: width
            )
            .map { MarkdownRow($0) }
        }
        return result
    }
}
