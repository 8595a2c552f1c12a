import Foundation
import OllamaTestServer
import TerminalUI

/// What rendering Markdown costs: frames with 10 to 100,000 Markdown-heavy messages in the
/// transcript, and the real app's CPU per token on a 20,000-token answer at full speed, Markdown
/// against plain text, on the terminal benchmark's 120×40 pseudo-terminal.
enum MarkdownBenchmark {
    static let runs = 3
    static let tokens = 20_000

    /// One answer's worth of Markdown: a heading, emphasis, a list, a table, two code blocks.
    static let section = """
        ## Step

        Use **bold**, *emphasis* and `code` with a [link](https://example.com) in a sentence of some length.

        - first item with words
        - second item
          - nested item

        | name | size | note |
        |:-----|-----:|:----:|
        | tiny | 253 | ok |
        | large | 4100 | slow |

        ```python
        def area(r):
            # a comment
            return 3.14159 * r * r
        ```

        ```sh
        ollama pull tiny && echo "done"
        ```


        """

    static func run(products: URL) async throws {
        print("markdown frames: 100x30 screen, Markdown-heavy answers (median of 3 runs of 2000 frames)")
        for messages in [10, 1_000, 100_000] {
            let results = (0..<3).map { _ in FrameTiming.measure(messages: messages, markdown: true) }
            print(
                "  \(String(messages).padding(toLength: 7, withPad: " ", startingAt: 0)) messages: \(format(median(results.map(\.idle)), 1)) µs a frame idle, \(format(median(results.map(\.streaming)), 1)) µs a frame while streaming"
            )
        }
        for lines in [2_000, 50_000] {
            let cost = median((0..<3).map { _ in FrameTiming.openCodeBlock(lines: lines) })
            print("  a code block streaming, at \(lines) lines: \(format(cost, 1)) µs a frame (a line a frame)")
        }
        if CommandLine.arguments.contains("--frames-only") { return }
        let markdown = ChatScript(text: String(repeating: section, count: tokens / 60 + 1))
        let markdownScript = ChatScript(tokens: Array(markdown.tokens.prefix(tokens)))
        let plain = ChatScript.counting(tokens)
        let server = try await OllamaTestServer.start()
        let binary = products.appendingPathComponent("ollama-tui").path
        let environment = [
            "OLLAMA_HOST": server.hostValue, "TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
        ]
        var plainFigures: [Double] = []
        var markdownFigures: [Double] = []
        for _ in 1...runs {
            // Alternately, so both see the same minutes of this machine.
            plainFigures.append(try cpuPerToken(plain, binary: binary, server: server, environment: environment))
            markdownFigures.append(
                try cpuPerToken(markdownScript, binary: binary, server: server, environment: environment))
        }
        try await server.shutdown()
        print("markdown: \(tokens)-token answers at full speed, 120x40, medians of \(runs) runs")
        let each = { (values: [Double]) in values.map { format($0, 1) }.joined(separator: ", ") }
        print("  CPU per token, plain text:  \(format(median(plainFigures), 1)) µs   (runs: \(each(plainFigures)))")
        print(
            "  CPU per token, Markdown:    \(format(median(markdownFigures), 1)) µs   (runs: \(each(markdownFigures)))")
    }

    /// The app's CPU from sending the prompt to the metrics line, per token.
    static func cpuPerToken(
        _ script: ChatScript, binary: String, server: OllamaTestServer, environment: [String: String]
    ) throws -> Double {
        server.setScript(ServerScript(chat: .scripted(script)))
        let text = script.tokens.joined()
        let mark = "\(text.unicodeScalars.count) chars"
        let process = try PtyProcess(
            executable: binary, arguments: ["-m", "tiny"], environment: environment, rows: 40, columns: 120)
        defer { process.stop() }
        _ = try process.waitFor("Send a message!")
        let before = process.cpuMicroseconds()
        let offset = process.received
        process.write("go\r")
        _ = try process.waitFor(mark, after: offset, timeout: .seconds(300))
        return (process.cpuMicroseconds() - before) / Double(script.tokens.count)
    }
}
