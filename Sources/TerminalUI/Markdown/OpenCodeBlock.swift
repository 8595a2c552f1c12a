/// A fenced code block still open at the end of a streamed answer, laid out a line at a time: the
/// rows of its finished lines are kept with the highlighter's state after them, so a piece of a
/// long code block costs its own lines, not the block. Its rows are those `CodeBlockLayout` gives
/// the block parsed whole. Only a fence at the start of its line is followed this way; the block
/// is let go (and parsed again) as soon as a line could close it.
struct OpenCodeBlock: Sendable {
    let language: String
    /// Where the code begins: after the opening fence's line.
    let bodyStart: String.Index
    private let fence: Character
    private let fenceLength: Int

    /// Lines before `laidOutTo` are laid out (at `width`), and the colouring state after them.
    private var width = -1
    private var laidOutTo: String.Index
    private var highlighter: CodeHighlighter
    private var finishedLines = 0
    /// Lines before this are known not to close the block.
    private var checkedTo: String.Index

    /// The open block starting at `start` of `source`, when its first line is a fence at the
    /// line's start and no later line could close it; nil otherwise.
    init?(language: String, source: String, start: String.Index) {
        let utf8 = source.utf8
        guard let first = utf8[start...].first, first == UInt8(ascii: "`") || first == UInt8(ascii: "~"),
            let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n"))
        else { return nil }
        let length = utf8[start..<newline].prefix { $0 == first }.count
        guard length >= 3 else { return nil }
        self.language = language
        fence = Character(Unicode.Scalar(first))
        fenceLength = length
        bodyStart = utf8.index(after: newline)
        laidOutTo = bodyStart
        checkedTo = bodyStart
        highlighter = CodeHighlighter(language: language)
        guard !closes(source) else { return nil }
    }

    /// Whether a line since the last look, the unfinished last one included, could close the
    /// block; lines that cannot are not looked at again.
    mutating func closes(_ source: String) -> Bool {
        let utf8 = source.utf8
        var lineStart = checkedTo
        while lineStart < utf8.endIndex {
            let newline = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n"))
            if isClosingFence(source[lineStart..<(newline ?? utf8.endIndex)]) { return true }
            guard let newline else { break }
            lineStart = utf8.index(after: newline)
            checkedTo = lineStart
        }
        return false
    }

    /// The block's text as the parser gives it: its lines, without the last newline.
    func text(of source: String) -> String {
        let body = source[bodyStart...]
        return String(body.hasSuffix("\n") ? body.dropLast() : body)
    }

    /// Lays the block out again from its top row at the next `settle`.
    mutating func restart() {
        width = -1
    }

    /// Appends the rows that no later text changes: the frame's top row first, then those of the
    /// lines finished since the last call. A new width starts again from the top row.
    mutating func settle(_ source: String, width: Int, index: Int, into rows: inout [MarkdownRow]) {
        if width != self.width {
            self.width = width
            laidOutTo = bodyStart
            highlighter = CodeHighlighter(language: language)
            finishedLines = 0
            rows += CodeBlockLayout.header(language: language, width: width, index: index)
        }
        let utf8 = source.utf8
        while let newline = utf8[laidOutTo...].firstIndex(of: UInt8(ascii: "\n")) {
            rows += CodeBlockLayout.rows(
                ofLine: source[laidOutTo..<newline], highlighter: &highlighter, width: width, index: index)
            laidOutTo = utf8.index(after: newline)
            finishedLines += 1
        }
    }

    /// The rows after the settled ones: the unfinished last line's, and the frame's bottom row.
    func unsettled(_ source: String, index: Int) -> [MarkdownRow] {
        var result: [MarkdownRow] = []
        let partial = source[laidOutTo...]
        if !partial.isEmpty || finishedLines == 0 {
            var copy = highlighter
            result = CodeBlockLayout.rows(ofLine: partial, highlighter: &copy, width: width, index: index)
        }
        return result + CodeBlockLayout.footer(width: width, index: index)
    }

    /// Up to three spaces, at least as many fence characters as the opening, then only blanks.
    private func isClosingFence(_ line: Substring) -> Bool {
        let afterIndent = line.drop { $0 == " " }
        guard line.count - afterIndent.count <= 3 else { return false }
        let marks = afterIndent.prefix { $0 == fence }
        guard marks.count >= fenceLength else { return false }
        return afterIndent.dropFirst(marks.count).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
