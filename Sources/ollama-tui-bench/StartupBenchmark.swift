import Foundation
import OllamaTestServer

/// From starting the `ollama-tui` process to the server receiving its first request.
enum StartupBenchmark {
    static let runs = 20

    static func run(products: URL) async throws {
        let server = try await OllamaTestServer.start()
        var samples: [Double] = []
        for _ in 0..<runs {
            let before = server.requests.count
            let process = Process()
            process.executableURL = products.appendingPathComponent("ollama-tui")
            process.arguments = ["-m", "tiny", "hi"]
            process.environment = ["OLLAMA_HOST": server.hostValue, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let start = ContinuousClock.now
            try process.run()
            process.waitUntilExit()
            let requests = server.requests
            guard requests.count > before else { throw BenchmarkFailure(what: "no request arrived") }
            let elapsed = requests[before].receivedAt - start
            samples.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
        }
        try await server.shutdown()
        print("startup: process start to first request (headless, \(runs) runs)")
        print(
            "  median \(format(median(samples), 1)) ms, min \(format(samples.min() ?? 0, 1)) ms, max \(format(samples.max() ?? 0, 1)) ms"
        )
    }
}
