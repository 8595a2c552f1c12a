/// Word-wraps sanitized text into rows no wider than a given number of terminal columns.
///
/// Behaviour of `wrap(_:width:tabWidth:)`:
/// - Every `\n` starts a new row; empty lines are kept as `""`. `""` gives `[""]`.
/// - Tabs expand to the next multiple of `tabWidth` columns of the current row
///   (clamped to the row end; a tab that does not fit after text acts as a break).
/// - Breaks happen at spaces (and tabs), and between two graphemes that `LineBreakClass`
///   lets part: on either side of an ideograph, kana or hangul, never before closing
///   punctuation (`。」）!,`) nor after an opening bracket (`「（(`). A word (a run between
///   breaks) that does not fit on the current row moves to the next row if it fits there;
///   the spaces at a soft break are dropped (trailing ones from the finished row, leading
///   ones from the continuation row). Trailing spaces of the last row of a line are kept
///   as long as they fit. Leading spaces of a line (indentation) are kept unless
///   the following word does not fit after them.
/// - A word wider than the whole width starts on a fresh row and is hard-broken
///   between grapheme clusters (clusters are never split); only there can a row start
///   with closing punctuation.
/// - No row exceeds `width` columns (measured by `CellWidth`); a 2-column
///   cluster that does not fit in the last column moves to the next row.
/// - `width < 1` is treated as 1. The one allowed overflow: a 2-column cluster
///   on a 1-column width still gets a row of its own (2 columns wide).
/// - `tabWidth` is clamped to 1...`maxTabWidth` (256) so a tab can never allocate a huge row.
/// - Runs in time linear in the text length (each cluster is measured once and
///   moved at most twice).
enum TextWrapper {
    /// Largest honoured tab width; larger values are clamped.
    static let maxTabWidth = 256
    /// Columns between tab stops, in the transcript and in the input line alike.
    static let defaultTabWidth = 8

    /// Wraps `text` (already sanitized) into rows of at most `width` columns.
    static func wrap(_ text: String, width: Int, tabWidth: Int = defaultTabWidth) -> [String] {
        wrap([StyledSpan(text, .normal)], width: width, tabWidth: tabWidth).map(\.plainText)
    }

    /// Wraps styled text: each grapheme cluster keeps its span's role through wrapping (the
    /// spaces a tab expands to take the tab's role).
    static func wrap(_ spans: [StyledSpan], width: Int, tabWidth: Int = defaultTabWidth) -> [[StyledSpan]] {
        var state = WrapState(width: max(1, width), tabWidth: min(max(1, tabWidth), maxTabWidth))
        for span in spans { state.feed(span.text, role: span.role) }
        state.endLine()
        return state.rows
    }
}

/// Wraps text that arrives in pieces (a streamed answer) exactly as `TextWrapper.wrap` wraps it
/// whole: finished rows are kept, so each piece costs its own length, not the text's.
struct StreamingWrapper: Sendable {
    private var state: WrapState

    init(width: Int, tabWidth: Int = TextWrapper.defaultTabWidth) {
        state = WrapState(width: max(1, width), tabWidth: min(max(1, tabWidth), TextWrapper.maxTabWidth))
    }

    var width: Int { state.width }

    mutating func append(_ text: String, role: StyleRole) {
        state.feed(text, role: role)
    }

    /// Rows that no later text can change.
    var finishedRows: [[StyledSpan]] { state.rows }

    /// The rows the text so far adds after `finishedRows` if it ended now.
    func openRows() -> [[StyledSpan]] {
        var copy = state
        copy.rows = []
        copy.endLine()
        return copy.rows
    }
}

/// Mutable state of one `TextWrapper.wrap` run.
private struct WrapState: Sendable {
    let width: Int
    let tabWidth: Int
    var rows: [[StyledSpan]] = []

    /// The row being built and its width in columns.
    var row: [StyledSpan] = []
    var rowWidth = 0
    /// The row contains something other than spaces.
    var rowHasText = false
    /// The row was started by a soft break: leading spaces are dropped.
    var afterSoftBreak = false

    /// The word being collected (not yet placed) and its width.
    var word: [(grapheme: Character, width: Int, role: StyleRole)] = []
    var wordWidth = 0
    /// The current word was too wide and is being hard-broken directly into rows.
    var inLongWord = false
    /// The class of the last visible grapheme when nothing (no space, tab or line end) came
    /// after it: whether the next grapheme may start a new word without a space between.
    var lastBreakClass: LineBreakClass?

    init(width: Int, tabWidth: Int) {
        self.width = width
        self.tabWidth = tabWidth
    }

    mutating func feed(_ text: String, role: StyleRole) {
        for g in text {
            if g == "\n" || g == "\r\n" {
                endLine()
            } else if g == " " {
                addSpace(role: role)
            } else if g == "\t" {
                addTab(role: role)
            } else {
                addGrapheme(g, width: CellWidth.of(g), role: role)
            }
        }
    }

    mutating func addGrapheme(_ g: Character, width cw: Int, role: StyleRole) {
        // Zero-width clusters (a combining mark cut off from its base) never start a word.
        if cw > 0 {
            let breakClass = LineBreakClass.of(g)
            if let lastBreakClass, LineBreakClass.allowsBreak(between: lastBreakClass, and: breakClass) {
                finishWord()
            }
            lastBreakClass = breakClass
        }
        if inLongWord {
            placeHard(g, cw, role: role)
            return
        }
        word.append((g, cw, role))
        wordWidth += cw
        if wordWidth > width {
            startLongWord()
        }
    }

    mutating func addSpace(role: StyleRole) {
        finishWord()
        lastBreakClass = nil
        if afterSoftBreak && !rowHasText {
            return
        }
        if rowWidth < width {
            row.append(" ", role: role)
            rowWidth += 1
        } else {
            softBreak()
        }
    }

    mutating func addTab(role: StyleRole) {
        finishWord()
        lastBreakClass = nil
        if afterSoftBreak && !rowHasText {
            return
        }
        let advance = tabWidth - rowWidth % tabWidth
        let room = width - rowWidth
        if advance <= room {
            appendSpaces(advance, role: role)
        } else if rowHasText {
            softBreak()
        } else {
            appendSpaces(room, role: role)
        }
    }

    mutating func endLine() {
        finishWord()
        lastBreakClass = nil
        if !(afterSoftBreak && row.isEmpty) {
            rows.append(row)
        }
        row = []
        rowWidth = 0
        rowHasText = false
        afterSoftBreak = false
    }

    // MARK: - Helpers

    private mutating func appendSpaces(_ count: Int, role: StyleRole) {
        guard count > 0 else {
            return
        }
        row.appendSpaces(count, role: role)
        rowWidth += count
    }

    /// Places the collected word: on this row if it fits, else on the next one.
    private mutating func finishWord() {
        if inLongWord {
            inLongWord = false
            return
        }
        guard !word.isEmpty else {
            return
        }
        if rowWidth + wordWidth > width {
            if rowHasText {
                softBreak()
            } else {
                clearRow()  // only indentation: drop it rather than emit a blank row
            }
        }
        for (g, _, role) in word {
            row.append(g, role: role)
        }
        rowWidth += wordWidth
        rowHasText = true
        word.removeAll(keepingCapacity: true)
        wordWidth = 0
    }

    /// The collected word can never fit a row: hard-break it from a fresh row.
    private mutating func startLongWord() {
        if rowHasText {
            softBreak()
        } else {
            clearRow()
        }
        inLongWord = true
        for (g, cw, role) in word {
            placeHard(g, cw, role: role)
        }
        word.removeAll(keepingCapacity: true)
        wordWidth = 0
    }

    /// Appends one cluster of a long word, starting a new row when it does not fit.
    private mutating func placeHard(_ g: Character, _ cw: Int, role: StyleRole) {
        if rowWidth + cw > width && rowWidth > 0 {
            emitRow()
        }
        row.append(g, role: role)
        rowWidth += cw
        rowHasText = true
    }

    /// Ends the row at a break opportunity, dropping its trailing spaces.
    private mutating func softBreak() {
        row.dropTrailingSpaces()
        emitRow()
        afterSoftBreak = true
    }

    private mutating func emitRow() {
        rows.append(row)
        clearRow()
    }

    private mutating func clearRow() {
        row = []
        rowWidth = 0
        rowHasText = false
    }
}
