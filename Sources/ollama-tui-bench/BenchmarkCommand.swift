import Foundation

/// `ollama-tui-bench`: prints the numbers of Docs/benchmarks.md. Build with `-c release`.
@main
enum BenchmarkCommand {
    static func main() async {
        do {
            try await runAll()
        } catch let failure as BenchmarkFailure {
            FileHandle.standardError.write(Data("ollama-tui-bench: \(failure.what)\n".utf8))
            exit(1)
        } catch {
            FileHandle.standardError.write(Data("ollama-tui-bench: \(error)\n".utf8))
            exit(1)
        }
    }

    static func runAll() async throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let which = arguments.first ?? "all"
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        if which == "wake" || which == "all" {
            try WakeBenchmark.run()
        }
        if which == "client" || which == "all" {
            try await ClientBenchmark.run(products: products)
        }
        if which == "startup" || which == "all" {
            try await StartupBenchmark.run(products: products)
        }
        if which == "frames" || which == "all" {
            FrameBenchmark.run()
        }
        if which == "markdown" || which == "all" {
            try await MarkdownBenchmark.run(products: products)
        }
        if which == "storage" || which == "all" {
            try await StorageBenchmark.run()
        }
        if which == "terminal" || which == "all" {
            // `terminal --app PATH` measures another build of ollama-tui with this benchmark.
            let app = arguments.firstIndex(of: "--app").flatMap {
                arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil
            }
            try await TerminalBenchmark.run(products: products, app: app)
        }
    }
}

/// CPU time of this process (all threads), in microseconds.
enum ProcessCPU {
    #if os(Linux)
        private static let who = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
        private static let who = RUSAGE_SELF
    #endif

    static func microseconds() -> Double {
        var usage = rusage()
        getrusage(who, &usage)
        let user = Double(usage.ru_utime.tv_sec) * 1e6 + Double(usage.ru_utime.tv_usec)
        let system = Double(usage.ru_stime.tv_sec) * 1e6 + Double(usage.ru_stime.tv_usec)
        return user + system
    }

    /// Peak resident memory of this process, in MiB.
    static func peakMemoryMiB() -> Double {
        var usage = rusage()
        getrusage(who, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

/// Median of a sample.
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted[sorted.count / 2]
}

func format(_ value: Double, _ decimals: Int = 2) -> String {
    String(format: "%.\(decimals)f", value)
}
