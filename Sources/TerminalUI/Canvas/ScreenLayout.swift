/// Where each part of the screen goes at a given terminal size: the transcript on top, a
/// separator, the input line (growing to a few rows), the status bar at the bottom.
struct ScreenLayout: Sendable, Equatable {
    let rows: Int
    let columns: Int
    /// Rows the input line takes (1 to `maxInputRows`).
    let inputRows: Int

    static let minimumColumns = 20
    static let minimumRows = 6
    static let promptWidth = 2

    var isTooSmall: Bool { rows < Self.minimumRows || columns < Self.minimumColumns }
    var maxInputRows: Int { max(1, min(5, rows / 3)) }
    var statusRow: Int { rows - 1 }
    var inputTop: Int { rows - 1 - inputRows }
    var separatorRow: Int { inputTop - 1 }
    var transcriptHeight: Int { max(0, separatorRow) }
    /// The transcript's text starts at column 1 and keeps one column free on the right.
    var transcriptWidth: Int { max(1, columns - 2) }
    var inputWidth: Int { max(1, columns - Self.promptWidth) }

    init(rows: Int, columns: Int, inputRows: Int) {
        self.rows = rows
        self.columns = columns
        self.inputRows = inputRows
    }

    init(size: ScreenSize, inputRows: Int) {
        self.init(rows: size.rows, columns: size.columns, inputRows: inputRows)
    }

    var screen: Rect { Rect(top: 0, left: 0, height: rows, width: columns) }
    var transcript: Rect { Rect(top: 0, left: 0, height: transcriptHeight, width: columns) }
    var separator: Rect { Rect(top: separatorRow, left: 0, height: 1, width: columns) }
    var input: Rect { Rect(top: inputTop, left: 0, height: inputRows, width: columns) }
    var status: Rect { Rect(top: statusRow, left: 0, height: 1, width: columns) }
}
