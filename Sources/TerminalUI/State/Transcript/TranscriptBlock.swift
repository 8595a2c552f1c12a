/// One block of the transcript: a speaker's label, a message, metrics, a notice or an error.
/// Text is sanitized before it is stored; rows are wrapped lazily and cached per width.
struct TranscriptBlock: Sendable {
    /// What a block shows; decides its style, indent and the space above it.
    enum Kind: Sendable, Equatable {
        case userLabel, userText, assistantLabel, assistantText, thinking, metrics, notice, error, marker

        var role: StyleRole {
            switch self {
            case .userLabel: .userLabel
            case .userText: .user
            case .assistantLabel: .assistantLabel
            case .assistantText: .assistant
            case .thinking: .thinking
            case .marker: .dim
            case .metrics: .metrics
            case .notice: .notice
            case .error: .error
            }
        }

        var indent: Int {
            switch self {
            case .userText, .assistantText, .thinking, .metrics, .marker: 2
            case .userLabel, .assistantLabel, .notice, .error: 0
            }
        }

        /// Labels, notices and errors start a new paragraph of the transcript.
        var hasSpaceBefore: Bool {
            switch self {
            case .userLabel, .assistantLabel, .notice, .error: true
            default: false
            }
        }
    }

    let kind: Kind
    /// The block's text: an answer's is its Markdown source, kept once (in `markdown`).
    var text: String { markdown?.source ?? plain }
    private var plain: String
    /// Still receiving text (a streamed answer).
    private(set) var isOpen: Bool
    /// False for the very first block, which needs no space above it.
    let spaceBefore: Bool

    private var cachedWidth = -1
    private var cachedRows: [TranscriptRow] = []
    private var wrapper: StreamingWrapper?
    /// An answer's text as Markdown (nil for every other kind).
    private var markdown: MarkdownText?
    /// Draw an answer's Markdown source instead of rendering it.
    private(set) var showsSource = false
    /// A thinking block's summary row, once the answer began (nil while the model thinks).
    private(set) var foldSummary: String?
    /// A summarized thinking block shows only its summary row.
    private(set) var isFolded = true
    /// The row above streaming thinking (`Thinking…`).
    private let streamingHeading: String
    /// For an open block: finished rows already in `cachedRows`, and the open rows after them.
    private var finishedInCache = 0
    private var openInCache = 0
    /// The settled Markdown rows in `cachedRows` belong to this epoch of the answer's rows.
    private var settledEpoch = -1
    /// Text arrived since the open rows were last derived (a frame asks for rows several times).
    private var tailStale = true

    init(kind: Kind, text: String, isOpen: Bool = false, spaceBefore: Bool, heading: String = "") {
        self.kind = kind
        self.streamingHeading = heading
        self.isOpen = isOpen
        self.spaceBefore = spaceBefore && kind.hasSpaceBefore
        if kind == .assistantText {
            markdown = MarkdownText(text)
            plain = ""
        } else {
            plain = text
        }
    }

    mutating func append(_ piece: String) {
        if markdown != nil { markdown?.append(piece) } else { plain += piece }
        // An answer shown as its source is wrapped as plain text.
        wrapper?.append(piece, role: kind.role)
        tailStale = true
    }

    /// Shows the Markdown source of an answer instead of rendering it, or back.
    mutating func setShowsSource(_ shows: Bool) {
        guard markdown != nil, shows != showsSource else { return }
        showsSource = shows
        cachedWidth = -1
        cachedRows = []
        wrapper = nil
        finishedInCache = 0
        openInCache = 0
        tailStale = true
    }

    /// Thinking that ended: from now on drawn as one summary row until unfolded.
    mutating func fold(summary: String) {
        foldSummary = summary
        isFolded = true
    }

    mutating func setFolded(_ folded: Bool) {
        isFolded = folded
    }

    /// Rows a thinking block shows of its text while it streams.
    static let thinkingTail = 4

    /// The code blocks of a rendered answer, in order.
    mutating func codeBlocks() -> [(language: String, text: String)] {
        markdown?.codeBlocks() ?? []
    }

    private var rendersMarkdown: Bool { markdown != nil && !showsSource }

    /// The streamed rows are the whole text's rows (the streaming wrapper wraps exactly as
    /// `TextWrapper.wrap`), so closing keeps them instead of wrapping the answer again.
    mutating func close() {
        isOpen = false
        if rendersMarkdown {
            if !text.isEmpty, !tailStale, cachedWidth >= 0 {
                // The open rows already show the whole text.
            } else {
                cachedWidth = -1
                cachedRows = []
            }
        } else if let wrapper, !text.isEmpty {
            refreshTail()
            cachedWidth = wrapper.width
        } else {
            cachedWidth = -1
            cachedRows = []
        }
        wrapper = nil
        finishedInCache = 0
        openInCache = 0
    }

    /// The block's rows at `width` columns: cached when closed; an open block re-wraps only its
    /// unfinished row.
    mutating func rows(width: Int) -> [TranscriptRow] {
        guard kind == .thinking else { return textRows(width: width) }
        let spacer = spaceBefore ? [TranscriptRow(spans: [], indent: 0)] : []
        if let foldSummary {
            let summary = TranscriptRow(
                spans: [StyledSpan((isFolded ? "▸ " : "▾ ") + foldSummary, .thinking)], indent: kind.indent)
            return isFolded ? spacer + [summary] : spacer + [summary] + textRows(width: width).dropFirst(spacer.count)
        }
        let all = textRows(width: width)
        let text = all.dropFirst(spacer.count)
        guard isOpen else { return all }
        let heading = TranscriptRow(spans: [StyledSpan(streamingHeading, .thinking)], indent: kind.indent)
        return spacer + [heading] + text.suffix(Self.thinkingTail)
    }

    private mutating func textRows(width: Int) -> [TranscriptRow] {
        let textWidth = max(1, width - kind.indent)
        if rendersMarkdown { return markdownRows(width: textWidth) }
        if isOpen {
            if wrapper?.width != textWidth {
                var fresh = StreamingWrapper(width: textWidth)
                fresh.append(text, role: kind.role)
                wrapper = fresh
                cachedRows = decorate([])
                finishedInCache = 0
                openInCache = 0
                tailStale = true
            }
            if tailStale { refreshTail() }
            return cachedRows
        }
        if cachedWidth != textWidth {
            cachedRows =
                text.isEmpty
                ? decorate([]) : decorate(TextWrapper.wrap([StyledSpan(text, kind.role)], width: textWidth))
            cachedWidth = textWidth
        }
        return cachedRows
    }

    /// An answer's rendered rows. While it streams, the rows of its finished blocks are extended
    /// in place and only the open block's rows are replaced.
    private mutating func markdownRows(width: Int) -> [TranscriptRow] {
        guard var markdown else { return cachedRows }
        if text.isEmpty {
            if cachedWidth != width || tailStale {
                cachedRows = decorate(isOpen ? [[StyledSpan("…", kind.role)]] : [])
                cachedWidth = width
                tailStale = false
                finishedInCache = 0
                // The `…` is the open row: the first text replaces it.
                openInCache = isOpen ? 1 : 0
            }
            return cachedRows
        }
        guard cachedWidth != width || tailStale else { return cachedRows }
        self.markdown = nil  // the local copy becomes the only owner while it is laid out
        let laidOut = markdown.rows(width: width)
        self.markdown = markdown
        if cachedWidth != width || laidOut.epoch != settledEpoch || finishedInCache > laidOut.settled.count {
            cachedRows = decorate([])
            finishedInCache = 0
            openInCache = 0
            settledEpoch = laidOut.epoch
        }
        cachedRows.removeLast(openInCache)
        for line in laidOut.settled[finishedInCache...] { cachedRows.append(row(line)) }
        finishedInCache = laidOut.settled.count
        for line in laidOut.open { cachedRows.append(row(line)) }
        openInCache = laidOut.open.count
        cachedWidth = width
        tailStale = false
        return cachedRows
    }

    /// Extends the cached rows in place: a frame costs the new rows, not the answer.
    private mutating func refreshTail() {
        guard let wrapper else { return }
        tailStale = false
        cachedRows.removeLast(openInCache)
        let finished = wrapper.finishedRows
        for line in finished[finishedInCache...] { cachedRows.append(row(line)) }
        finishedInCache = finished.count
        let open = text.isEmpty ? [[StyledSpan("…", kind.role)]] : wrapper.openRows()
        for line in open { cachedRows.append(row(line)) }
        openInCache = open.count
    }

    private func decorate(_ lines: [[StyledSpan]]) -> [TranscriptRow] {
        var rows: [TranscriptRow] = []
        rows.reserveCapacity(lines.count + 1)
        if spaceBefore { rows.append(TranscriptRow(spans: [], indent: 0)) }
        for line in lines { rows.append(row(line)) }
        return rows
    }

    private func row(_ line: [StyledSpan]) -> TranscriptRow {
        TranscriptRow(spans: line, indent: kind.indent)
    }

    private func row(_ line: MarkdownRow) -> TranscriptRow {
        TranscriptRow(spans: line.spans, indent: kind.indent, codeBlock: line.codeBlock)
    }
}

/// One screen row of the transcript: styled spans after an indent.
struct TranscriptRow: Sendable, Equatable {
    var spans: [StyledSpan]
    var indent: Int
    /// The code block of its answer the row belongs to, for select mode.
    var codeBlock: Int?

    init(spans: [StyledSpan], indent: Int, codeBlock: Int? = nil) {
        self.spans = spans
        self.indent = indent
        self.codeBlock = codeBlock
    }

    /// The row's text without styles.
    var text: String { spans.plainText }
}
