import TerminalUI

/// Frame cost with 10, 1,000 and 100,000 messages in the transcript: it must stay flat.
enum FrameBenchmark {
    static func run() {
        print("frames: 100x30 screen, drawn into the in-memory canvas (median of 3 runs of 2000 frames)")
        for messages in [10, 1_000, 100_000] {
            let runs = (0..<3).map { _ in FrameTiming.measure(messages: messages) }
            let idle = median(runs.map(\.idle))
            let streaming = median(runs.map(\.streaming))
            print(
                "  \(String(messages).padding(toLength: 7, withPad: " ", startingAt: 0)) messages: \(format(idle, 1)) µs a frame idle, \(format(streaming, 1)) µs a frame while streaming"
            )
        }
    }
}
