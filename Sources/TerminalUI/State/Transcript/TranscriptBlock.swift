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
    private(set) var text: String
    /// Still receiving text (a streamed answer).
    private(set) var isOpen: Bool
    /// False for the very first block, which needs no space above it.
    let spaceBefore: Bool

    private var cachedWidth = -1
    private var cachedRows: [TranscriptRow] = []
    private var wrapper: StreamingWrapper?
    /// For an open block: finished rows already in `cachedRows`, and the open rows after them.
    private var finishedInCache = 0
    private var openInCache = 0
    /// Text arrived since the open rows were last derived (a frame asks for rows several times).
    private var tailStale = true

    init(kind: Kind, text: String, isOpen: Bool = false, spaceBefore: Bool) {
        self.kind = kind
        self.text = text
        self.isOpen = isOpen
        self.spaceBefore = spaceBefore && kind.hasSpaceBefore
    }

    mutating func append(_ piece: String) {
        text += piece
        wrapper?.append(piece, role: kind.role)
        tailStale = true
    }

    /// The streamed rows are the whole text's rows (the streaming wrapper wraps exactly as
    /// `TextWrapper.wrap`), so closing keeps them instead of wrapping the answer again.
    mutating func close() {
        isOpen = false
        if let wrapper, !text.isEmpty {
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
        let textWidth = max(1, width - kind.indent)
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
}

/// One screen row of the transcript: styled spans after an indent.
struct TranscriptRow: Sendable, Equatable {
    var spans: [StyledSpan]
    var indent: Int

    /// The row's text without styles.
    var text: String { spans.plainText }
}
