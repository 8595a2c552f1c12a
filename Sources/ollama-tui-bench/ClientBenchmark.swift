import Foundation
import OllamaKit

/// Bytes on the socket to `ChatChunk`s, with the test server running in its own process, so this
/// process's CPU time is the client's alone: a 100,000-token answer as fast as the socket takes
/// it, and a 1,000-token answer at a model's pace of 200 tokens/s.
enum ClientBenchmark {
    static func run(products: URL) async throws {
        let unlimited = try await measure(products: products, tokens: 100_000, rate: nil, coalescing: 0, runs: 5)
        print("client: a 100000-token answer (one NDJSON line a token) as fast as the socket takes it, 5 runs, medians")
        print(
            "  client CPU per token: \(format(median(unlimited.cpuPerToken))) µs   (runs: \(unlimited.cpuPerToken.map { format($0) }.joined(separator: ", ")))"
        )
        print("  tokens per second:    \(format(median(unlimited.tokensPerSecond), 0))")
        print(
            "  ChatChunks delivered: \(unlimited.chunks.map(String.init).joined(separator: ", ")) (text from one socket read is one chunk)"
        )

        print("client: a 1000-token answer at 200 tokens/s, 3 runs, medians")
        for coalescing in [0, 0.016] {
            let paced = try await measure(products: products, tokens: 1_000, rate: 200, coalescing: coalescing, runs: 3)
            let label =
                coalescing == 0
                ? "each read handed over at once (headless)" : "handed over at most once per 16 ms (full-screen)"
            print(
                "  \(label): \(format(median(paced.cpuPerToken), 1)) µs CPU per token (runs: \(paced.cpuPerToken.map { format($0, 1) }.joined(separator: ", "))), \(median(paced.chunks.map(Double.init)).formatted()) chunks"
            )
        }
    }

    struct Result {
        var cpuPerToken: [Double] = []
        var tokensPerSecond: [Double] = []
        var chunks: [Int] = []
    }

    static func measure(products: URL, tokens: Int, rate: Double?, coalescing: Double, runs: Int) async throws -> Result
    {
        let server = try ServerProcess(
            products: products, arguments: ["--tokens", String(tokens)] + (rate.map { ["--rate", String($0)] } ?? []))
        defer { server.stop() }
        let host = try OllamaHost.parse("127.0.0.1:\(server.port)")
        let client = OllamaClient(configuration: OllamaClientConfiguration(host: host, coalescingInterval: coalescing))
        let expectedLength = (1...tokens).reduce(0) { $0 + " w\($1)".utf8.count }
        var result = Result()
        for _ in 0..<runs {
            let cpuBefore = ProcessCPU.microseconds()
            let start = ContinuousClock.now
            var chunks = 0
            var length = 0
            var finished = false
            for await chunk in client.chat(messages: [ChatMessage(role: .user, content: "count")], model: "tiny") {
                switch chunk {
                case .content(let text):
                    chunks += 1
                    length += text.utf8.count
                case .done(let counters): finished = counters.evalCount == tokens
                case .thinking, .tokens: break
                case .failed(let error): throw BenchmarkFailure(what: "stream failed: \(error)")
                }
            }
            let elapsed = ContinuousClock.now - start
            let cpu = ProcessCPU.microseconds() - cpuBefore
            guard finished, length == expectedLength else {
                throw BenchmarkFailure(what: "got \(length) of \(expectedLength) bytes")
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            result.cpuPerToken.append(cpu / Double(tokens))
            result.tokensPerSecond.append(Double(tokens) / seconds)
            result.chunks.append(chunks)
        }
        await client.shutdown()
        return result
    }
}

/// The `ollama-test-server` executable, started on a free port.
final class ServerProcess {
    let port: Int
    private let process = Process()

    init(products: URL, arguments: [String]) throws {
        let output = Pipe()
        process.executableURL = products.appendingPathComponent("ollama-test-server")
        process.arguments = ["--port", "0"] + arguments
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let data = output.fileHandleForReading.availableData
            guard !data.isEmpty else { throw BenchmarkFailure(what: "test server did not start") }
            line.append(data)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard
            let port = text.split(separator: ":").last.flatMap({
                Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
            })
        else {
            throw BenchmarkFailure(what: "no port in \(text)")
        }
        self.port = port
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}

/// A benchmark that could not measure what it should.
struct BenchmarkFailure: Error {
    let what: String
}
