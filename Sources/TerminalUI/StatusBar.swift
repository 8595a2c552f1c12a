import ChatCore

/// The status row: state (with a spinner while generating), model, host, the last answer's
/// metrics or a notice, session totals, and the key hints.
enum StatusBar {
    static let spinnerFrames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    static func render(_ state: AppState, into canvas: inout Canvas, row: Int) {
        canvas.fill(row: row, column: 0, width: canvas.columns, role: .statusBar)
        let strings = state.strings
        let spin = spinnerFrames[state.spinner % spinnerFrames.count]
        let status: String = switch state.phase {
        case .connecting: "\(spin) \(strings.connecting)"
        case .answering: "\(spin) \(strings.generating)"
        case .offline, .noModels: "✖ \(strings.offline)"
        case .ready where state.lastAnswerFailed: "✖ \(strings.failed)"
        case .ready where state.model == nil: "○ \(strings.noModelState)"
        case .ready: "● \(strings.ready)"
        }
        let middle = state.notice ?? state.lastMetrics.map(strings.metricsLine)
        let totals = state.totals.turns > 0 ? strings.totals(turns: state.totals.turns, tokens: state.totals.tokens) : nil
        let hints = strings.keyHints
        // Parts in order of importance: the least important go first when the row is narrow.
        let candidates: [[String?]] = [
            [status, state.model ?? "—", state.host, middle, totals],
            [status, state.model ?? "—", middle, totals],
            [status, state.model ?? "—", middle],
            [status, state.model ?? "—"],
        ]
        let hintsWidth = CellWidth.of(hints)
        for parts in candidates {
            let left = " " + parts.compactMap { $0 }.joined(separator: " │ ") + " "
            let leftWidth = CellWidth.of(left)
            if leftWidth + hintsWidth + 2 <= canvas.columns {
                canvas.put(left, row: row, column: 0, role: .statusBar)
                canvas.put(hints, row: row, column: canvas.columns - hintsWidth - 1, role: .statusBarAccent)
                return
            }
            if parts.count == 2 {
                canvas.put(left, row: row, column: 0, role: .statusBar, maxWidth: canvas.columns)
            }
        }
    }
}
