import ChatCore

/// The status row: state (with a spinner while generating), model, host, the last answer's
/// metrics or a notice, session totals, and the key hints.
enum StatusBarView {
    static let spinnerFrames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    static func render(_ state: AppState, in rect: Rect, into canvas: inout Canvas) {
        canvas.clipped(to: rect) { draw(state, in: rect, into: &$0) }
    }

    private static func draw(_ state: AppState, in rect: Rect, into canvas: inout Canvas) {
        let row = rect.top
        canvas.fill(row: row, column: rect.left, width: rect.width, role: .statusBar)
        let strings = state.strings
        let spin = spinnerFrames[state.spinner % spinnerFrames.count]
        let status: String = switch state.phase {
        case .connecting: "\(spin) \(strings.connecting)"
        case .answering: "\(spin) \(strings.generating)"
        case .offline: "✖ \(strings.offline)"
        case .noModels: "✖ \(strings.noModelsState)"
        case .ready where state.lastAnswerFailed: "✖ \(strings.failed)"
        case .ready where state.model == nil: "○ \(strings.noModelState)"
        case .ready: "● \(strings.ready)"
        }
        let middle = state.statusFigures
        let totals = state.totals.turns > 0 ? strings.totals(turns: state.totals.turns, tokens: state.totals.tokens) : nil
        let model = state.statusModel
        // Narrow terminals lose the least important parts first: host, totals, then the hints.
        // Each part is measured once; only the layout that fits is joined into a line.
        let parts = [status, model, state.host, middle, totals]
        let widths = parts.map { $0.map(CellWidth.of) }
        let layouts: [(shown: [Int], hints: String?)] = [
            ([0, 1, 2, 3, 4], strings.keyHints),
            ([0, 1, 3, 4], strings.keyHints),
            ([0, 1, 3], strings.keyHints),
            ([0, 1, 3], strings.shortKeyHints),
            ([0, 1, 3], nil),
        ]
        for (shown, hints) in layouts {
            let present = shown.filter { parts[$0] != nil }
            // " " + parts joined by " │ " + " "
            let leftWidth = 2 + present.reduce(0) { $0 + (widths[$1] ?? 0) } + 3 * max(0, present.count - 1)
            let hintsWidth = hints.map { CellWidth.of($0) + 1 } ?? 0
            if leftWidth + hintsWidth + 1 <= rect.width || hints == nil {
                let left = " " + present.compactMap { parts[$0] }.joined(separator: " │ ") + " "
                canvas.put(left, row: row, column: rect.left, role: .statusBar, maxWidth: rect.width - hintsWidth)
                if let hints { canvas.put(hints, row: row, column: rect.right - hintsWidth, role: .statusBarAccent) }
                return
            }
        }
    }
}
