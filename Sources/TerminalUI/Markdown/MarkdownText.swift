/// A Markdown answer that arrives in pieces. Top-level blocks that later text cannot change
/// (every one before the last) are parsed once, kept, and laid out once per width; only the
/// open last block is parsed again as text arrives, so a piece costs the open block, not the
/// answer. The rows equal those of the whole text parsed at once, at every split: the one
/// construct whose meaning reaches back, a link reference definition, switches the text to
/// being parsed whole.
struct MarkdownText: Sendable {
    private(set) var source = ""
    /// Where the text of the open block starts.
    private var tailStart: String.Index
    private var kept: [MarkdownBlock] = []
    private var tail: [MarkdownBlock] = []
    private var tailStale = false
    /// The text defines link references: every refresh parses all of it.
    private var parsesWhole = false
    /// The open block is a fenced code block followed line by line, or a plain paragraph wrapped
    /// as it grows, instead of parsed again.
    private var openCode: OpenCodeBlock?
    private var openParagraph: OpenParagraph?

    /// The rows no later text changes, at `rowsWidth`: the kept blocks' (`keptRowCount` of them,
    /// covering `keptLaidOut` blocks), then an open code block's finished lines or an open
    /// paragraph's finished rows. They are only ever extended while `epoch` stays the same.
    private var rowsWidth = -1
    private var settledRows: [MarkdownRow] = []
    private var keptRowCount = 0
    private var keptLaidOut = 0
    private var keptCodeBlocks = 0
    private var epoch = 0
    /// Where the open block whose rows follow the kept ones in `settledRows` starts, and how many
    /// of an open paragraph's rows are there.
    private var settledOpen: String.Index?
    private var settledParagraphRows = 0

    init(_ text: String = "") {
        source = text
        tailStart = source.startIndex
        tailStale = !text.isEmpty
    }

    mutating func append(_ piece: String) {
        guard !piece.isEmpty else { return }
        // `tailStart` stays valid: appending keeps the indices of the text before.
        source += piece
        tailStale = true
    }

    /// All blocks of the text so far.
    mutating func blocks() -> [MarkdownBlock] {
        refresh()
        if let openCode { return kept + [.code(language: openCode.language, text: openCode.text(of: source))] }
        if openParagraph != nil { return kept + MarkdownParser.parse(String(source[tailStart...])).blocks }
        return kept + tail
    }

    /// The text's code blocks, in order.
    mutating func codeBlocks() -> [(language: String, text: String)] {
        blocks().flatMap(\.codeBlocks)
    }

    /// The rows at `width`: the settled ones (only ever extended while `epoch` stays) and those of
    /// the open block.
    mutating func rows(width: Int) -> (settled: [MarkdownRow], epoch: Int, open: [MarkdownRow]) {
        refresh()
        if width != rowsWidth {
            rowsWidth = width
            settledRows = []
            keptRowCount = 0
            keptLaidOut = 0
            keptCodeBlocks = 0
            settledOpen = nil
            epoch += 1
        }
        let openStart = openCode?.bodyStart ?? openParagraph?.start
        if settledOpen != nil, settledOpen != openStart || keptLaidOut < kept.count {
            // The open block settled so far closed, or another took its place.
            settledRows.removeLast(settledRows.count - keptRowCount)
            settledOpen = nil
            epoch += 1
        }
        var layout = MarkdownLayout(width: width, firstCodeBlock: keptCodeBlocks)
        while keptLaidOut < kept.count {
            if keptLaidOut > 0 { settledRows.append(.blank) }
            settledRows += layout.rows(of: kept[keptLaidOut])
            keptLaidOut += 1
        }
        keptCodeBlocks = layout.nextCodeBlock
        if settledOpen == nil { keptRowCount = settledRows.count }
        if var paragraph = openParagraph {
            openParagraph = nil
            if settledOpen != paragraph.start {
                if keptLaidOut > 0 { settledRows.append(.blank) }
                settledOpen = paragraph.start
                settledParagraphRows = 0
            }
            if paragraph.rewrap(source, width: width) {
                let finished = paragraph.finishedRows
                for row in finished[settledParagraphRows...] { settledRows.append(MarkdownRow(row)) }
                settledParagraphRows = finished.count
                openParagraph = paragraph
                return (settledRows, epoch, paragraph.openRows().map { MarkdownRow($0) })
            }
            // Not plain after all: parsed like any other block.
            tailStale = true
            return rows(width: width)
        }
        if var code = openCode {
            openCode = nil  // the local copy is the only owner while it lays out
            if settledOpen != code.bodyStart {
                if keptLaidOut > 0 { settledRows.append(.blank) }
                code.restart()
                settledOpen = code.bodyStart
            }
            code.settle(source, width: width, index: keptCodeBlocks, into: &settledRows)
            let open = code.unsettled(source, index: keptCodeBlocks)
            openCode = code
            return (settledRows, epoch, open)
        }
        var open: [MarkdownRow] = []
        for (index, block) in tail.enumerated() {
            if keptLaidOut + index > 0 { open.append(.blank) }
            open += layout.rows(of: block)
        }
        return (settledRows, epoch, open)
    }

    private mutating func refresh() {
        guard tailStale else { return }
        tailStale = false
        if openCode != nil {
            if openCode?.closes(source) == false { return }
            openCode = nil
        }
        if openParagraph != nil {
            if openParagraph?.follow(source) == true { return }
            openParagraph = nil
        }
        if !parsesWhole && Self.definesReferences(source[tailStart...]) {
            parsesWhole = true
            kept = []
            tailStart = source.startIndex
            rowsWidth = -1
        }
        let text = String(source[tailStart...])
        let document = MarkdownParser.parse(text)
        guard !parsesWhole, let open = Self.openBlock(document, text: text), open.first > 0,
            let openStart = Self.index(ofLine: open.line, in: source, from: tailStart)
        else {
            tail = document.blocks
            followOpenCode()
            return
        }
        kept += document.blocks[..<open.first]
        tail = Array(document.blocks[open.first...])
        tailStart = openStart
        followOpenCode()
    }

    /// When all that is open is a fenced code block or a plain paragraph, it is followed as it
    /// grows from now on.
    private mutating func followOpenCode() {
        guard !parsesWhole, tail.count == 1 else { return }
        switch tail[0] {
        case .code(let language, _): openCode = OpenCodeBlock(language: language, source: source, start: tailStart)
        case .paragraph: openParagraph = OpenParagraph(source: source, start: tailStart, width: max(1, rowsWidth))
        default: break
        }
    }

    /// The first block that later text may still change, and the line it starts on; nil when
    /// the lines cannot be trusted. That is the last block, and a table before it too when the
    /// last starts on an unfinished line (`|` alone is a paragraph, `| 1` a row of the table). A paragraph whose last line became a table's header is reported on line 0 and
    /// the table on the paragraph's first line, so the two count as one.
    private static func openBlock(_ document: MarkdownParser.Document, text: String) -> (first: Int, line: Int)? {
        var units: [(first: Int, line: Int)] = []
        var index = 0
        let lines = document.startLines
        while index < lines.count {
            var end = index
            while end < lines.count - 1 && lines[end] <= 0 { end += 1 }
            guard lines[end] > 0, units.last.map({ lines[end] > $0.line }) ?? true else { return nil }
            units.append((index, lines[end]))
            index = end + 1
        }
        guard let last = units.last else { return nil }
        var lastLine = 1
        for byte in text.utf8 where byte == UInt8(ascii: "\n") { lastLine += 1 }
        if !text.hasSuffix("\n"), last.line == lastLine, units.count > 1,
            case .table = document.blocks[last.first - 1]
        {
            return units[units.count - 2]
        }
        return last
    }

    /// Where line `line` (1-based) of the text from `start` begins.
    private static func index(ofLine line: Int, in text: String, from start: String.Index) -> String.Index? {
        var remaining = line - 1
        var index = start
        let utf8 = text.utf8
        while remaining > 0 {
            guard let newline = utf8[index...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            index = utf8.index(after: newline)
            remaining -= 1
        }
        return index
    }

    /// A line that may be a link reference definition: up to three spaces, `[`, and `]:` later.
    private static func definesReferences(_ text: Substring) -> Bool {
        var column = 0  // bytes since the line began, while only spaces came
        var opened = false  // the line began with up to three spaces and `[`
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                column = 0
                opened = false
            } else if column >= 0 {
                if byte == UInt8(ascii: " ") && column < 3 {
                    column += 1
                } else {
                    opened = byte == UInt8(ascii: "[")
                    column = -1
                }
            } else if opened && byte == UInt8(ascii: ":") && previous == UInt8(ascii: "]") {
                return true
            }
            previous = byte
        }
        return false
    }
}
