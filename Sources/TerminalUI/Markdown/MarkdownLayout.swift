/// Lays Markdown blocks out as rows of a given width: paragraphs wrapped, lists and quotes
/// behind their markers and bars, code framed, tables fitted. Containers nest only as deep as
/// the parser keeps them (`MarkdownParser.maxDepth`), so the recursion here is bounded.
struct MarkdownLayout {
    let width: Int
    /// The index the next code block gets (code blocks are numbered through the message).
    var nextCodeBlock: Int

    init(width: Int, firstCodeBlock: Int = 0) {
        self.width = max(1, width)
        self.nextCodeBlock = firstCodeBlock
    }

    /// Rows of one top-level block.
    mutating func rows(of block: MarkdownBlock) -> [MarkdownRow] {
        rows(of: block, width: width, listDepth: 0)
    }

    /// Rows of blocks one after another, a blank row between them when `spaced`.
    private mutating func rows(of blocks: [MarkdownBlock], width: Int, listDepth: Int, spaced: Bool) -> [MarkdownRow] {
        var result: [MarkdownRow] = []
        for (index, block) in blocks.enumerated() {
            if spaced && index > 0 { result.append(.blank) }
            result += rows(of: block, width: width, listDepth: listDepth)
        }
        return result
    }

    private mutating func rows(of block: MarkdownBlock, width: Int, listDepth: Int) -> [MarkdownRow] {
        switch block {
        case .paragraph(let spans):
            return wrap(spans, width: width)
        case .heading(let level, let spans):
            let marks = level >= 3 ? [StyledSpan(String(repeating: "#", count: level) + " ", .dim)] : []
            return wrap(marks + spans, width: width)
        case .code(let language, let text):
            let index = nextCodeBlock
            nextCodeBlock += 1
            return CodeBlockLayout.rows(language: language, text: text, width: width, index: index)
        case .html(let text):
            return wrap([StyledSpan(text, .assistant)], width: width)
        case .rule:
            return [MarkdownRow([StyledSpan(String(repeating: "─", count: width), .rule)])]
        case .quote(let blocks):
            guard width > 3 else { return rows(of: blocks, width: width, listDepth: listDepth, spaced: true) }
            let bar = StyledSpan("│ ", .quoteBar)
            return rows(of: blocks, width: width - 2, listDepth: listDepth, spaced: true).map { $0.prefixed(bar) }
        case .list(let list):
            return rows(of: list, width: width, depth: listDepth)
        case .table(let table):
            return TableLayout.rows(table, width: width)
        }
    }

    private mutating func rows(of list: MarkdownList, width: Int, depth: Int) -> [MarkdownRow] {
        let markers = list.items.indices.map { marker(list, item: $0, depth: depth) }
        let markerWidth = (markers.map { CellWidth.of($0) }.max() ?? 0) + 1
        var result: [MarkdownRow] = []
        for (index, item) in list.items.enumerated() {
            if !list.isTight && index > 0 { result.append(.blank) }
            var itemRows: [MarkdownRow]
            if width - markerWidth >= 4 {
                itemRows = rows(
                    of: item.blocks, width: width - markerWidth, listDepth: depth + 1, spaced: !list.isTight)
                if itemRows.isEmpty { itemRows = [.blank] }
                let first = markers[index] + String(repeating: " ", count: markerWidth - CellWidth.of(markers[index]))
                let indent = String(repeating: " ", count: markerWidth)
                for row in itemRows.indices {
                    itemRows[row] = itemRows[row].prefixed(StyledSpan(row == 0 ? first : indent, .listMarker))
                }
            } else {
                // Too narrow to indent: the marker on a row of its own, the item under it.
                itemRows = [MarkdownRow([StyledSpan(markers[index], .listMarker)])]
                itemRows += rows(of: item.blocks, width: width, listDepth: depth + 1, spaced: !list.isTight)
            }
            result += itemRows
        }
        return result
    }

    private func marker(_ list: MarkdownList, item index: Int, depth: Int) -> String {
        let box = list.items[index].task.map { $0 ? "☑" : "☐" }
        if let start = list.start {
            let number = "\(start.addingReportingOverflow(index).partialValue)."
            return box.map { number + " " + $0 } ?? number
        }
        if let box { return box }
        let bullets = ["•", "◦", "▪"]
        return bullets[depth % bullets.count]
    }

    private func wrap(_ spans: [StyledSpan], width: Int) -> [MarkdownRow] {
        TextWrapper.wrap(spans, width: width).map { MarkdownRow($0) }
    }
}
