import ChatCore

/// A download in a centred popup: the steps the server reported, a bar per layer (its digest,
/// size, speed and time left), and how it ended.
enum PullView {
    static func render(_ panel: PullPanel, strings: Strings, in area: Rect, into canvas: inout Canvas) {
        let ending: String? =
            switch panel.outcome {
            case .running: nil
            case .cancelled: strings.pullCancelled
            case .failed(let text): TextSanitizer.sanitize(text)
            }
        let width = min(area.width - 2, 76)
        // A failure is the server's words, wrapped: its reason is what the user needs.
        let endRows = ending.map { TextWrapper.wrap($0, width: max(1, width - 4)) } ?? []
        let lines = panel.statuses.map(TextSanitizer.sanitize)
        let room = max(1, area.height - 4)
        let layers = Array(panel.layers.suffix(max(0, room - endRows.count)))
        let steps = Array(lines.suffix(max(0, room - layers.count - endRows.count)))
        let height = min(area.height, max(1, steps.count + layers.count + endRows.count) + 2)
        let frame = area.centred(height: height, width: width)
        guard frame.width >= 20, frame.height >= 3 else { return }
        let title = strings.pullTitle(TextSanitizer.sanitize(panel.model))
        let footer = panel.outcome == .running ? strings.pullHints : strings.pullDoneHints
        canvas.clipped(to: frame) { canvas in
            canvas.popup(frame, fill: .help, border: .pickerBorder, title: title, footer: footer)
            let left = frame.left + 2
            let inner = frame.width - 4
            var row = frame.top + 1
            for step in steps {
                canvas.put(step, row: row, column: left, role: .help, maxWidth: inner)
                row += 1
            }
            for layer in layers {
                canvas.put(Self.line(layer, strings: strings, width: inner), row: row, column: left, role: .help)
                row += 1
            }
            for line in endRows {
                canvas.put(line, row: row, column: left, role: .error, maxWidth: inner)
                row += 1
            }
        }
    }

    /// `1a2b3c4d5e6f ███████░░░  70% 177MB/253MB 35MB/s 3s left`, cut to `width`.
    static func line(_ layer: PullPanel.Layer, strings: Strings, width: Int) -> String {
        let digest = TextSanitizer.sanitize(String(layer.digest.split(separator: ":").last?.prefix(12) ?? ""))
        let barWidth = 16
        let filled = Int((layer.fraction * Double(barWidth)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
        let percent = String(Int((layer.fraction * 100).rounded(.down)))
        let figures = strings.layerFigures(
            done: ModelSize.format(layer.completed), total: ModelSize.format(layer.total),
            speed: layer.speed.map { ModelSize.format(Int64($0)) },
            left: layer.secondsLeft.map(Strings.shortDuration))
        let text = "\(digest) \(bar) \(String(repeating: " ", count: 3 - percent.count))\(percent)% \(figures)"
        return CellWidth.truncated(text, width: width)
    }
}
