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
        var cpuPerChunk: [Double] = []
        var chunksPerSecond: [Double] = []
        for _ in 0..<runs {
            let cpuBefore = ProcessCPU.microseconds()
            let start = ContinuousClock.now
            var chunks = 0
            var finished = false
            for await chunk in client.chat(messages: [ChatMessage(role: .user, content: "count")], model: "tiny") {
                switch chunk {
                case .content: chunks += 1
                case .done: finished = true
                case .thinking: break
                case .failed(let error): throw BenchmarkFailure(what: "stream failed: \(error)")
                }
            }
            let elapsed = ContinuousClock.now - start
            let cpu = ProcessCPU.microseconds() - cpuBefore
            guard finished, chunks == tokens else { throw BenchmarkFailure(what: "got \(chunks) chunks") }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            cpuPerChunk.append(cpu / Double(chunks))
            chunksPerSecond.append(Double(chunks) / seconds)
        }
        await client.shutdown()
        print("client: \(tokens) chunks x \(runs) runs (median)")
        print("  client CPU per chunk: \(format(median(cpuPerChunk))) µs   (runs: \(cpuPerChunk.map { format($0) }.joined(separator: ", ")))")
        print("  chunks per second:    \(format(median(chunksPerSecond), 0))")
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
