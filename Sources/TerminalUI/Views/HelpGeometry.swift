import ChatCore

/// The help overlay's lines (a heading per context, a row per key) and where they go in an area:
/// computed once, for the view and for the keys that scroll it.
struct HelpGeometry {
    /// One line of the help: a context's heading, a key row, or a blank between contexts.
    enum Line: Equatable {
        case heading(String)
        case key(label: String, text: String)
        case blank
    }

    let lines: [Line]
    /// The popup's frame; empty when the area is too small for it.
    let frame: Rect
    let labelWidth: Int

    init(strings: Strings, area: Rect) {
        var lines: [Line] = []
        for section in KeyBindings.helpSections(strings) where !section.rows.isEmpty {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.heading(section.title))
            lines += section.rows.map { .key(label: $0.label, text: $0.text) }
        }
        lines += [.blank, .heading(strings.commandsHeading)]
        lines += strings.slashHelpRows.map { .key(label: $0.usage, text: $0.text) }
        let keys = lines.compactMap { line -> (String, String)? in
            if case .key(let label, let text) = line { return (label, text) }
            return nil
        }
        labelWidth = keys.map { CellWidth.of($0.0) }.max() ?? 0
        let textWidth = keys.map { CellWidth.of($0.1) }.max() ?? 0
        let width = min(area.width, labelWidth + textWidth + 7)
        let height = min(area.height, lines.count + 2)
        self.lines = lines
        frame = width >= 10 && height >= 3 ? area.centred(height: height, width: width) : .empty
    }

    var totalRows: Int { lines.count }
    /// Rows of lines the frame shows at once.
    var visibleRows: Int { max(0, frame.height - 2) }
    var scrolls: Bool { totalRows > visibleRows }
}
