import ChatCore
import OllamaKit

/// Measures what a frame costs with a transcript of a given length, for the benchmark: the
/// state is built through `AppState.update` as a session would build it, then frames are drawn
/// into an in-memory canvas (the curses backend then pushes only the changed cells).
public enum FrameTiming {
    /// Microseconds per frame: while idle, and while an answer streams (a token between frames).
    public struct Result: Sendable {
        public let idle: Double
        public let streaming: Double
    }

    /// A Markdown-heavy answer: a heading, a list, a table and two code blocks.
    static let markdownAnswer = """
        ## Result

        - **first** point
        - second point

        | a | b |
        |---|--:|
        | 1 | 2 |

        ```python
        print("one")
        ```

        ```
        two
        ```
        """

    public static func measure(
        messages: Int, markdown: Bool = false, rows: Int = 30, columns: Int = 100, frames: Int = 2000
    ) -> Result {
        var state = AppState(strings: Strings(.english), host: "http://127.0.0.1:11434", preferredModel: "tiny")
        _ = state.update(.modelsLoaded(.success([ModelSummary(name: "tiny:latest", size: 253_114_013)])))
        let answer = markdown ? markdownAnswer : "A short answer of a few words, wrapped like any other."
        for index in 0..<max(0, messages / 2) {
            _ = state.update(.key(.paste("Question number \(index)?")))
            _ = state.update(.key(.enter))
            _ = state.update(.chunk(.content(answer), answer: state.answerNumber))
            _ = state.update(
                .chunk(
                    .done(ChatCounters(doneReason: "stop", evalCount: 12, evalDuration: 240_000_000)),
                    answer: state.answerNumber))
        }
        _ = state.update(.resize(rows: rows, columns: columns))
        var canvas = Canvas(rows: rows, columns: columns)
        _ = ScreenView.render(&state, into: &canvas)
        let clock = ContinuousClock()
        let idle = clock.measure {
            for _ in 0..<frames { _ = ScreenView.render(&state, into: &canvas) }
        }
        _ = state.update(.key(.paste("One more")))
        _ = state.update(.key(.enter))
        let streaming = clock.measure {
            for index in 0..<frames {
                _ = state.update(.chunk(.content(index % 12 == 0 ? "\n" : " token"), answer: state.answerNumber))
                _ = ScreenView.render(&state, into: &canvas)
            }
        }
        return Result(idle: microseconds(idle) / Double(frames), streaming: microseconds(streaming) / Double(frames))
    }

    /// Microseconds per frame while a fenced code block streams, a line between frames, once it
    /// has `lines` lines: what a frame costs at the end of a long code block.
    public static func openCodeBlock(lines: Int, rows: Int = 30, columns: Int = 100, frames: Int = 2000) -> Double {
        var state = AppState(strings: Strings(.english), host: "http://127.0.0.1:11434", preferredModel: "tiny")
        _ = state.update(.modelsLoaded(.success([ModelSummary(name: "tiny:latest", size: 253_114_013)])))
        _ = state.update(.resize(rows: rows, columns: columns))
        _ = state.update(.key(.paste("Code, please")))
        _ = state.update(.key(.enter))
        var canvas = Canvas(rows: rows, columns: columns)
        let line = "    total = compute(value, 42)  # a comment\n"
        _ = state.update(.chunk(.content("```python\n"), answer: state.answerNumber))
        for _ in 0..<max(0, lines - frames) {
            _ = state.update(.chunk(.content(line), answer: state.answerNumber))
        }
        _ = ScreenView.render(&state, into: &canvas)
        let elapsed = ContinuousClock().measure {
            for _ in 0..<frames {
                _ = state.update(.chunk(.content(line), answer: state.answerNumber))
                _ = ScreenView.render(&state, into: &canvas)
            }
        }
        return microseconds(elapsed) / Double(frames)
    }

    private static func microseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) / 1e12
    }
}
