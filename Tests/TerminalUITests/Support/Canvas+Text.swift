@testable import TerminalUI

/// The canvas read back as text, for tests that assert screens.
extension Canvas {
    /// The row as text: wide graphemes once (continuations skipped), trailing spaces trimmed.
    func text(row: Int) -> String {
        var line = ""
        for cell in cells(row: row) {
            line += cell.text
        }
        while line.last == " " {
            line.removeLast()
        }
        return line
    }

    /// Every row as text (see `text(row:)`); handy for whole-screen test assertions.
    var lines: [String] {
        (0..<rows).map { text(row: $0) }
    }
}
