import OllamaKit

/// `ollama-tui --pull NAME`: downloads a model without the full-screen UI. On a terminal the
/// progress is one line redrawn in place; otherwise each step is a plain line. All of it goes to
/// `errorOutput` (stderr): stdout stays empty.
public struct HeadlessPull: Sendable {
    let client: OllamaClient
    let strings: Strings
    let errorOutput: @Sendable (String) -> Void
    /// stderr is a terminal: redraw one progress line with `\r`.
    let isTerminal: Bool
    let stopRequest: StopRequest

    public init(
        client: OllamaClient, strings: Strings, errorOutput: @escaping @Sendable (String) -> Void, isTerminal: Bool,
        stopRequest: StopRequest
    ) {
        self.client = client
        self.strings = strings
        self.errorOutput = errorOutput
        self.isTerminal = isTerminal
        self.stopRequest = stopRequest
    }

    /// Pulls `model` until it is installed, fails or the task is cancelled (Ctrl-C).
    public func run(_ model: String) async -> ExitStatus {
        var lastLine: String?
        var redrawn = false
        for await event in client.pullModel(model) {
            switch event {
            case .progress(let progress):
                let line = Self.line(progress, bar: isTerminal)
                if isTerminal {
                    let step = Self.step(progress)
                    if redrawn, step != lastLine { errorOutput("\n") }
                    errorOutput("\r" + line + "\u{1B}[K")
                    redrawn = true
                    lastLine = step
                } else if Self.step(progress) != lastLine {
                    errorOutput(line + "\n")
                    lastLine = Self.step(progress)
                }
            case .finished:
                errorOutput((redrawn ? "\n" : "") + strings.pulled(model) + "\n")
                return .success
            case .failed(let error):
                // A signal cancels the request, which may end it with this failure before the
                // loop sees the cancellation: it is the cancellation all the same.
                if stopRequest.kind != nil || Task.isCancelled { break }
                errorOutput((redrawn ? "\n" : "") + "ollama-tui: " + strings.pullFailed(strings.describe(error)) + "\n")
                return ExitStatus(failure: error)
            }
            if stopRequest.kind != nil || Task.isCancelled { break }
        }
        // The stream ended without a last word, or a signal stopped it: cancelled.
        errorOutput((redrawn ? "\n" : "") + strings.pullCancelled + "\n")
        return stopRequest.kind?.exitStatus ?? .interrupted
    }

    /// What a line is about (its status), so a plain run prints each step once.
    static func step(_ progress: PullProgress) -> String { progress.status }

    /// `pulling 1a2b3c4d5e6f 253MB`, and with `bar` its bar and percentage.
    static func line(_ progress: PullProgress, bar: Bool) -> String {
        guard let total = progress.total, total > 0 else { return progress.status }
        let size = ModelSize.format(total)
        guard bar, let fraction = progress.fraction else { return "\(progress.status) \(size)" }
        let width = 24
        let filled = Int((fraction * Double(width)).rounded(.down))
        let drawn = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let percent = Int((fraction * 100).rounded(.down))
        return "\(progress.status) \(drawn) \(percent)% \(ModelSize.format(progress.completed ?? 0))/\(size)"
    }
}
