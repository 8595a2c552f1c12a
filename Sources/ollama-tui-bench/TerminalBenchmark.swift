import Foundation
import OllamaTestServer

/// The real `ollama-tui` on a pseudo-terminal against the test server: time to the first frame,
/// CPU per streamed token, how soon the last token is on screen, peak memory.
enum TerminalBenchmark {
    static func run(products: URL) async throws {
        let binary = products.appendingPathComponent("ollama-tui").path
        let server = try await OllamaTestServer.start()
        let environment = [
            "OLLAMA_HOST": server.hostValue, "TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
        ]

        var firstFrame: [Double] = []
        for _ in 0..<10 {
            let start = ContinuousClock.now
            let app = try PtyProcess(executable: binary, arguments: ["-m", "tiny"], environment: environment)
            let seen = try app.waitFor("F1 help")
            firstFrame.append(milliseconds(seen - start))
            app.stop()
        }
        print("terminal UI: the real binary on a 100x30 pseudo-terminal (TERM=xterm-256color)")
        print(
            "  start to first frame: median \(format(median(firstFrame), 1)) ms (10 runs, min \(format(firstFrame.min() ?? 0, 1)), max \(format(firstFrame.max() ?? 0, 1)))"
        )

        for (tokens, rate) in [(20_000, nil), (1_000, 200.0)] as [(Int, Double?)] {
            server.setScript(ServerScript(chat: .scripted(.counting(tokens, tokensPerSecond: rate))))
            let app = try PtyProcess(executable: binary, arguments: ["-m", "tiny"], environment: environment)
            _ = try app.waitFor("Send a message!")
            let before = app.cpuMicroseconds()
            let offset = app.received
            app.write("count\r")
            // The finished answer's metrics ("🔢 N chars"): the live figures while it streams say
            // "tok/s" too, but count tokens, not characters.
            let shown = try app.waitFor("chars • 📊", after: offset, timeout: .seconds(120))
            let cpu = app.cpuMicroseconds() - before
            let label = rate.map { "at \(Int($0)) tokens/s" } ?? "unlimited rate"
            print(
                "  \(tokens) tokens, \(label): \(format(cpu / Double(tokens), 1)) µs CPU per token (whole app: network, state, frames, curses)"
            )
            if rate != nil, let finished = server.streams.lastFinishedAt {
                print(
                    "    last token written by the server -> on screen: \(format(milliseconds(shown - finished), 1)) ms"
                )
            }
            print("    peak memory: \(format(app.peakMemoryMiB(), 1)) MiB")
            app.stop()
        }
        try await server.shutdown()
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}
