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
            case .thinking, .marker: .dim
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

    init(kind: Kind, text: String, isOpen: Bool = false, spaceBefore: Bool) {
        self.kind = kind
        self.text = text
        self.isOpen = isOpen
        self.spaceBefore = spaceBefore && kind.hasSpaceBefore
    }

    mutating func append(_ piece: String) {
        text += piece
        wrapper?.append(piece)
    }

    mutating func close() {
        isOpen = false
        wrapper = nil
        cachedWidth = -1
    }

    /// The block's rows at `width` columns: cached when closed; an open block re-wraps only its
    /// unfinished row.
    mutating func rows(width: Int) -> [TranscriptRow] {
        let textWidth = max(1, width - kind.indent)
        if isOpen {
            if wrapper?.width != textWidth {
                var fresh = StreamingWrapper(width: textWidth)
                fresh.append(text)
                wrapper = fresh
            }
            guard let wrapper else { return [] }
            let lines = text.isEmpty ? ["…"] : wrapper.finishedRows + wrapper.openRows()
            return decorate(lines)
        }
        if cachedWidth != textWidth {
            cachedRows = text.isEmpty ? decorate([]) : decorate(TextWrapper.wrap(text, width: textWidth))
            cachedWidth = textWidth
        }
        return cachedRows
    }

    private func decorate(_ lines: [String]) -> [TranscriptRow] {
        var rows: [TranscriptRow] = []
        rows.reserveCapacity(lines.count + 1)
        if spaceBefore { rows.append(TranscriptRow(text: "", role: .normal, indent: 0)) }
        for line in lines { rows.append(TranscriptRow(text: line, role: kind.role, indent: kind.indent)) }
        return rows
    }
}

/// One screen row of the transcript.
struct TranscriptRow: Sendable, Equatable {
    var text: String
    var role: StyleRole
    var indent: Int
}
