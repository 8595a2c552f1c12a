import ArgumentParser
import Foundation
import OllamaTestServer

/// Runs the faithful Ollama test server until interrupted.
@main
struct TestServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ollama-test-server",
        abstract: "An HTTP server that answers as Ollama does, for trying ollama-tui without a model."
    )

    @Option(help: "Port to listen on (0 picks a free one; the port is printed).")
    var port = 11434

    @Option(help: "Models to list: captured (tiny:latest, gemma3:270m) or empty.")
    var models = "captured"

    @Option(help: "Reply to chats with this text (default: a short greeting).")
    var reply: String?

    @Option(help: "Reply to chats with a captured answer instead (chat-stream, chat-multiturn, chat-long).")
    var capture: String?

    @Option(help: "Reply with N numbered tokens (for long answers and benchmarks).")
    var tokens: Int?

    @Option(help: "Think this text (as message.thinking) before the reply.")
    var thinking: String?

    @Option(help: "Tokens per second (default: as fast as the client reads).")
    var rate: Double?

    mutating func run() async throws {
        var script = ServerScript(models: models == "empty" ? .empty : .captured)
        if let capture {
            script.chat = .capture(capture)
        } else if let tokens {
            script.chat = .scripted(.counting(tokens, tokensPerSecond: rate))
        } else {
            var answer = ChatScript(text: reply ?? "Hello! How can I help you today?", tokensPerSecond: rate ?? 20)
            if let thinking { answer.thinking = ChatScript(text: thinking).tokens }
            script.chat = .scripted(answer)
        }
        let server = try await OllamaTestServer.start(script: script, port: port)
        FileHandle.standardOutput.write(Data("listening on 127.0.0.1:\(server.port)\n".utf8))
        while true { try await Task.sleep(for: .seconds(3600)) }
    }
}
