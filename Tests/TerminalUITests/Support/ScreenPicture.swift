import Testing

@testable import TerminalUI

/// Whole screens asserted as pictures (ratatui's habit): the expected rows, padded to the
/// canvas's width, against the canvas's rows; on a difference the two are printed side by side
/// with the rows that differ marked.
func expectScreen(_ canvas: Canvas, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = canvas.lines.map { pad($0, to: canvas.columns) }
    let wanted = expected.map { pad($0, to: canvas.columns) }
    guard actual != wanted else { return }
    var report = ["screen differs (expected | actual, ≠ marks a row that differs):"]
    for index in 0..<max(actual.count, wanted.count) {
        let left = index < wanted.count ? wanted[index] : pad("", to: canvas.columns)
        let right = index < actual.count ? actual[index] : pad("", to: canvas.columns)
        report.append("\(left == right ? " " : "≠") │\(left)│ │\(right)│")
    }
    Issue.record(Comment(rawValue: report.joined(separator: "\n")), sourceLocation: sourceLocation)
}

/// The roles of one row, a letter per cell (continuation cells included, as the cell before
/// them), so a test can assert styles as compactly as text.
func roles(_ canvas: Canvas, row: Int) -> String {
    String((0..<canvas.columns).map { roleLetter(canvas[row, $0].role) })
}

/// One letter per role: lower case for text, upper case for its label or accent.
func roleLetter(_ role: StyleRole) -> Character {
    switch role {
    case .normal: " "
    case .user: "u"
    case .userLabel: "U"
    case .assistant: "a"
    case .assistantLabel: "A"
    case .metrics: "m"
    case .error: "e"
    case .notice: "n"
    case .statusBar: "s"
    case .statusBarAccent: "S"
    case .statusBarWarning: "W"
    case .input: "i"
    case .inputPrompt: ">"
    case .pickerBorder: "b"
    case .pickerItem: "p"
    case .pickerSelected: "P"
    case .pickerDetail: "d"
    case .help: "h"
    case .helpKey: "k"
    case .helpHeading: "H"
    case .marker: "!"
    case .dim: "."
    case .thinking: "t"
    case .heading1: "1"
    case .heading2: "2"
    case .heading3: "3"
    case .emphasis: "/"
    case .strong: "*"
    case .strongEmphasis: "&"
    case .strikethrough: "~"
    case .inlineCode: "`"
    case .link: "l"
    case .linkURL: "L"
    case .quoteBar: "|"
    case .listMarker: "-"
    case .tableBorder: "+"
    case .tableHeader: "T"
    case .rule: "_"
    case .codeFrame: "F"
    case .code: "c"
    case .codeKeyword: "K"
    case .codeString: "q"
    case .codeComment: "#"
    case .codeNumber: "9"
    case .codeAdded: "@"
    case .codeRemoved: "x"
    case .selection: "^"
    case .searchMatch: "?"
    }
}

private func pad(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - CellWidth.of(text)))
}
