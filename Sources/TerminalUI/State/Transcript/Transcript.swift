/// What the transcript pane shows, as blocks. Finding the rows of a screen walks back from a
/// position only as far as the screen is tall, so a frame costs what is visible, not the
/// length of the session.
struct Transcript: Sendable {
    /// A row of the transcript: the block and the row within it.
    struct Position: Sendable, Equatable, Comparable {
        var block: Int
        var row: Int

        static func < (a: Position, b: Position) -> Bool {
            (a.block, a.row) < (b.block, b.row)
        }
    }

    private(set) var blocks: [TranscriptBlock] = []
    /// New answers show their Markdown source (the global toggle is on).
    private(set) var showsSources = false
    /// The first block of each history entry, for a transcript built from a history.
    var entryStarts: [Int] = []
    /// Strips control sequences from the open block's pieces, also when one is split between pieces.
    private var streamSanitizer = TextSanitizer()

    var isEmpty: Bool { blocks.isEmpty }

    mutating func add(_ kind: TranscriptBlock.Kind, _ text: String) {
        closeOpenBlock()
        blocks.append(TranscriptBlock(kind: kind, text: TextSanitizer.sanitize(text), spaceBefore: !blocks.isEmpty))
        if showsSources { blocks[blocks.count - 1].setShowsSource(true) }
    }

    /// Starts a block that receives text piece by piece (`appendToOpenBlock`). An open block
    /// that received nothing is replaced (an answer that starts by thinking).
    mutating func open(_ kind: TranscriptBlock.Kind, heading: String = "") {
        if let last = blocks.last, last.isOpen, last.text.isEmpty {
            blocks.removeLast()
        } else {
            closeOpenBlock()
        }
        streamSanitizer = TextSanitizer()
        blocks.append(
            TranscriptBlock(kind: kind, text: "", isOpen: true, spaceBefore: !blocks.isEmpty, heading: heading))
        if showsSources { blocks[blocks.count - 1].setShowsSource(true) }
    }

    /// The thinking block of the answer being drawn, when it has not been summarized yet.
    private var unsummarizedThinking: Int? {
        for index in blocks.indices.reversed() {
            switch blocks[index].kind {
            case .thinking: return blocks[index].foldSummary == nil ? index : nil
            case .assistantLabel, .userText: return nil
            default: continue
            }
        }
        return nil
    }

    /// The model stopped thinking (it began its answer, or the answer ended): its thinking
    /// folds to `summary`.
    mutating func foldThinking(summary: (_ words: Int) -> String) {
        guard let index = unsummarizedThinking else { return }
        if index == blocks.count - 1 { closeOpenBlock() }
        let words = blocks[index].text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
        blocks[index].fold(summary: summary(words))
    }

    /// Folds or unfolds every summarized thinking block.
    mutating func toggleAllThinking() {
        let thinking = blocks.indices.filter { blocks[$0].kind == .thinking && blocks[$0].foldSummary != nil }
        let fold = !thinking.allSatisfy { blocks[$0].isFolded }
        for index in thinking { blocks[index].setFolded(fold) }
    }

    mutating func toggleFold(ofBlock index: Int) {
        guard blocks.indices.contains(index), blocks[index].foldSummary != nil else { return }
        blocks[index].setFolded(!blocks[index].isFolded)
    }

    /// Shows every answer's Markdown source, or renders them all. Without answers it flips what
    /// the answers to come show.
    mutating func toggleAllSources() {
        let answers = blocks.indices.filter { blocks[$0].kind == .assistantText }
        let show = answers.isEmpty ? !showsSources : !answers.allSatisfy { blocks[$0].showsSource }
        for index in answers { blocks[index].setShowsSource(show) }
        showsSources = show
    }

    mutating func toggleSource(ofBlock index: Int) {
        guard blocks.indices.contains(index), blocks[index].kind == .assistantText else { return }
        blocks[index].setShowsSource(!blocks[index].showsSource)
    }

    var openKind: TranscriptBlock.Kind? {
        guard let last = blocks.last, last.isOpen else { return nil }
        return last.kind
    }

    mutating func appendToOpenBlock(_ piece: String) {
        guard openKind != nil else { return }
        let clean = streamSanitizer.feed(piece)
        if !clean.isEmpty { blocks[blocks.count - 1].append(clean) }
    }

    mutating func closeOpenBlock() {
        guard openKind != nil else { return }
        let rest = streamSanitizer.finish()
        if !rest.isEmpty { blocks[blocks.count - 1].append(rest) }
        blocks[blocks.count - 1].close()
    }

    mutating func clear() {
        blocks.removeAll()
        streamSanitizer = TextSanitizer()
    }

    mutating func rows(ofBlock index: Int, width: Int) -> [TranscriptRow] {
        blocks[index].rows(width: width)
    }

    /// The last row, or nil when there is none.
    mutating func lastPosition(width: Int) -> Position? {
        previousBlock(before: blocks.count, width: width).map {
            Position(block: $0, row: rows(ofBlock: $0, width: width).count - 1)
        }
    }

    mutating func firstPosition(width: Int) -> Position? {
        nextBlock(after: -1, width: width).map { Position(block: $0, row: 0) }
    }

    /// `position` moved by `delta` rows (negative: up), stopping at the first and last rows.
    mutating func move(_ position: Position, by delta: Int, width: Int) -> Position {
        var current = clamp(position, width: width)
        var remaining = delta
        while remaining < 0 {
            if current.row > 0 {
                let step = min(-remaining, current.row)
                current.row -= step
                remaining += step
                continue
            }
            guard let previous = previousBlock(before: current.block, width: width) else { break }
            current = Position(block: previous, row: rows(ofBlock: previous, width: width).count - 1)
            remaining += 1
        }
        while remaining > 0 {
            let count = rows(ofBlock: current.block, width: width).count
            if current.row < count - 1 {
                let step = min(remaining, count - 1 - current.row)
                current.row += step
                remaining -= step
                continue
            }
            guard let next = nextBlock(after: current.block, width: width) else { break }
            current = Position(block: next, row: 0)
            remaining -= 1
        }
        return current
    }

    /// The rows of a screen `height` rows tall whose last row is `bottom` (the last row when nil).
    /// Near the top the screen is filled from the first row instead.
    mutating func window(height: Int, bottom: Position?, width: Int) -> [TranscriptRow] {
        positionedWindow(height: height, bottom: bottom, width: width).map(\.1)
    }

    /// The first block of the history entry numbered `entry`, when the transcript was built
    /// from a history.
    func firstBlock(ofEntry entry: Int) -> Int? {
        entryStarts.indices.contains(entry) ? entryStarts[entry] : nil
    }

    /// The code blocks of an answer's block.
    mutating func codeBlocks(ofBlock index: Int) -> [(language: String, text: String)] {
        blocks.indices.contains(index) ? blocks[index].codeBlocks() : []
    }

    /// `position` moved onto a row that exists.
    mutating func clamp(_ position: Position, width: Int) -> Position {
        guard !blocks.isEmpty else { return position }
        var clamped = position
        clamped.block = min(max(0, clamped.block), blocks.count - 1)
        let count = rows(ofBlock: clamped.block, width: width).count
        if count == 0 {
            if let next = nextBlock(after: clamped.block, width: width) { return Position(block: next, row: 0) }
            if let previous = previousBlock(before: clamped.block, width: width) {
                return Position(block: previous, row: rows(ofBlock: previous, width: width).count - 1)
            }
            return Position(block: clamped.block, row: 0)
        }
        clamped.row = min(max(0, clamped.row), count - 1)
        return clamped
    }

    private mutating func previousBlock(before block: Int, width: Int) -> Int? {
        var candidate = block - 1
        while candidate >= 0 {
            if !rows(ofBlock: candidate, width: width).isEmpty { return candidate }
            candidate -= 1
        }
        return nil
    }

    /// The next block after `block` that has rows.
    mutating func nextBlock(after block: Int, width: Int) -> Int? {
        var candidate = block + 1
        while candidate < blocks.count {
            if !rows(ofBlock: candidate, width: width).isEmpty { return candidate }
            candidate += 1
        }
        return nil
    }
}
