import Foundation
import OllamaTestServer

/// The real `ollama-tui -m tiny` on a 120×40 pseudo-terminal against the test server, the four
/// figures compared with `ollama run`: start to the model's name on screen, the last token's lag
/// at full speed, CPU per token at 200 tokens/s, peak memory. Three runs, medians.
enum TerminalBenchmark {
    static let runs = 3
    static let tokens = 2_000
    static let rows = 40
    static let columns = 120
    /// The end of the metrics line drawn once the answer is done (`🔢 10893 chars`): the live
    /// figures while it streams count tokens, never characters.
    static let metricsMark = "\((1...tokens).reduce(0) { $0 + " w\($1)".utf8.count }) chars"

    /// The figures of one run.
    struct Run {
        var start: Double
        var lastTokenLag: Double
        var cpuPerToken: Double
        var peakMemory: Double
        /// Threads' wake-ups per 16.7 ms frame while the paced answer streams, by thread group.
        var wakes: [String: Double]
    }

    /// `app` is the `ollama-tui` binary to measure (another build's, to compare versions).
    static func run(products: URL, app: String? = nil) async throws {
        let binary = app ?? products.appendingPathComponent("ollama-tui").path
        let server = try await OllamaTestServer.start()
        // The chat is saved as it happens, into a folder of this run's own; OLLAMA_TUI_NO_HISTORY=1
        // given to the benchmark is passed on, to measure the same build without saving.
        let dataFolder = NSTemporaryDirectory() + "ollama-tui-bench-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: dataFolder) }
        var environment = [
            "OLLAMA_HOST": server.hostValue, "TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
            "OLLAMA_TUI_DATA_DIR": dataFolder,
        ]
        environment["OLLAMA_TUI_NO_HISTORY"] = ProcessInfo.processInfo.environment["OLLAMA_TUI_NO_HISTORY"]
        var results: [Run] = []
        for run in 1...runs {
            do {
                results.append(try measure(binary: binary, server: server, environment: environment))
            } catch let failure as BenchmarkFailure {
                // What the server saw tells a client that never asked from a server that never answered.
                let seen = server.requests.suffix(4).map { "\($0.method) \($0.path)" }.joined(separator: ", ")
                throw BenchmarkFailure(what: "run \(run): \(failure.what)\n  the server's last requests: \(seen)")
            }
        }
        try await server.shutdown()

        print(
            "terminal: \(binary) -m tiny on a \(columns)x\(rows) pseudo-terminal (TERM=xterm-256color), \(tokens)-token answers, medians of \(runs) runs"
        )
        func line(_ label: String, _ values: [Double], _ unit: String, _ decimals: Int = 1) {
            let each = values.map { format($0, decimals) }.joined(separator: ", ")
            print(
                "  \(label.padding(toLength: 40, withPad: " ", startingAt: 0)) \(format(median(values), decimals)) \(unit)   (runs: \(each))"
            )
        }
        line("start -> tiny:latest on screen:", results.map(\.start), "ms")
        line("last token at full speed -> on screen:", results.map(\.lastTokenLag), "ms")
        line("CPU per token at 200 tokens/s:", results.map(\.cpuPerToken), "µs")
        line("peak memory (VmHWM):", results.map(\.peakMemory), "MiB")
        let groups = ["UI queue and others", "event loop"]
        let total = results.map { run in groups.reduce(0) { $0 + (run.wakes[$1] ?? 0) } }
        let parts = groups.map { group in "\(group) \(format(median(results.map { $0.wakes[group] ?? 0 }), 2))" }
        line("wake-ups a frame at 200 tokens/s:", total, "(\(parts.joined(separator: ", ")))", 2)
    }

    /// One run: a process timed from its start and given a full-speed answer, then a fresh one
    /// given a paced answer; the peak memory is the larger of the two. Both run until the run ends.
    static func measure(binary: String, server: OllamaTestServer, environment: [String: String]) throws -> Run {
        server.setScript(ServerScript(chat: .scripted(.counting(tokens))))
        let spawned = ContinuousClock.now
        let first = try PtyProcess(
            executable: binary, arguments: ["-m", "tiny"], environment: environment, rows: rows, columns: columns)
        defer { first.stop() }
        let named = try first.waitFor("tiny:latest")
        _ = try first.waitFor("Send a message!")
        var offset = first.received
        first.write("count\r")
        let shown = try first.waitFor(metricsMark, after: offset, timeout: .seconds(120))
        guard let written = server.streams.lastFinishedAt else {
            throw BenchmarkFailure(what: "the server finished no stream")
        }
        let fullSpeedPeak = first.peakMemoryMiB()

        server.setScript(ServerScript(chat: .scripted(.counting(tokens, tokensPerSecond: 200))))
        let second = try PtyProcess(
            executable: binary, arguments: ["-m", "tiny"], environment: environment, rows: rows, columns: columns)
        defer { second.stop() }
        _ = try second.waitFor("Send a message!")
        let before = second.cpuMicroseconds()
        let threadsBefore = second.threadStats()
        let streamStart = ContinuousClock.now
        offset = second.received
        second.write("count\r")
        _ = try second.waitFor(metricsMark, after: offset, timeout: .seconds(120))
        let cpu = second.cpuMicroseconds() - before
        let frames = milliseconds(ContinuousClock.now - streamStart) / (1000.0 / 60)
        var wakes: [String: Double] = [:]
        for (thread, after) in second.threadStats() {
            let group =
                after.name.hasPrefix("NIO-") ? "event loop" : "UI queue and others"
            wakes[group, default: 0] += (after.sleeps - (threadsBefore[thread]?.sleeps ?? 0)) / frames
        }
        let pacedPeak = second.peakMemoryMiB()

        return Run(
            start: milliseconds(named - spawned), lastTokenLag: milliseconds(shown - written),
            cpuPerToken: cpu / Double(tokens), peakMemory: max(fullSpeedPeak, pacedPeak),
            wakes: wakes)
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}
