import Foundation
import OllamaKit

/// Bytes on the socket to `ChatChunk`s: a 100,000-token answer from the test server running in
/// its own process, so this process's CPU time is the client's alone.
enum ClientBenchmark {
    static let tokens = 100_000
    static let runs = 5

    static func run(products: URL) async throws {
        let server = try ServerProcess(products: products, arguments: ["--tokens", String(tokens)])
        defer { server.stop() }
        let client = OllamaClient(configuration: OllamaClientConfiguration(host: try OllamaHost.parse("127.0.0.1:\(server.port)")))
        let expectedLength = (1...tokens).reduce(0) { $0 + " w\($1)".utf8.count }
        var cpuPerToken: [Double] = []
        var tokensPerSecond: [Double] = []
        var chunkCounts: [Int] = []
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
                case .thinking: break
                case .failed(let error): throw BenchmarkFailure(what: "stream failed: \(error)")
                }
            }
            let elapsed = ContinuousClock.now - start
            let cpu = ProcessCPU.microseconds() - cpuBefore
            guard finished, length == expectedLength else { throw BenchmarkFailure(what: "got \(length) of \(expectedLength) bytes") }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            cpuPerToken.append(cpu / Double(tokens))
            tokensPerSecond.append(Double(tokens) / seconds)
            chunkCounts.append(chunks)
        }
        await client.shutdown()
        print("client: a \(tokens)-token answer (one NDJSON line a token) x \(runs) runs, medians")
        print("  client CPU per token: \(format(median(cpuPerToken))) µs   (runs: \(cpuPerToken.map { format($0) }.joined(separator: ", ")))")
        print("  tokens per second:    \(format(median(tokensPerSecond), 0))")
        print("  ChatChunks delivered: \(chunkCounts.map(String.init).joined(separator: ", ")) (text from one socket read is one chunk)")
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
        guard let port = text.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) else {
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
