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
}

extension ScreenLayout {
    /// Rows of the model list inside the picker.
    var pickerListHeight: Int { max(1, rows - 8) }
}
