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

    @Option(
        help: "List NAME (or NAME=CONTEXT, a context length) as loaded in /api/ps; repeatable (default: the capture).")
    var loaded: [String] = []

    @Option(
        help: "Give NAME these capabilities in /api/show and /api/chat (NAME=completion,thinking,vision); repeatable.")
    var capabilities: [String] = []

    @Option(
        help:
            "Make /api/pull fail: unreachable (no registry), unknown (no such model), drop or drop:N (close after N lines)."
    )
    var pullFault: String?

    @Option(help: "Seconds between two /api/pull progress lines.")
    var pullInterval = 0.2

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
        script.loaded =
            try loaded.isEmpty
            ? nil
            : loaded.map { text in
                guard let model = ScriptArguments.loadedModel(text) else {
                    throw ValidationError("--loaded wants NAME or NAME=CONTEXT (a positive number), not \(text)")
                }
                return model
            }
        for text in capabilities {
            guard let entry = ScriptArguments.capabilities(text) else {
                throw ValidationError("--capabilities wants NAME=a,b,c, not \(text)")
            }
            script.capabilities[entry.name] = entry.capabilities
        }
        var pull = PullScript(interval: pullInterval)
        if let pullFault {
            guard let fault = ScriptArguments.pullFault(pullFault) else {
                throw ValidationError("--pull-fault is unreachable, unknown, drop or drop:N, not \(pullFault)")
            }
            pull.fault = fault
        }
        script.pull = pull
        let server = try await OllamaTestServer.start(script: script, port: port)
        FileHandle.standardOutput.write(Data("listening on 127.0.0.1:\(server.port)\n".utf8))
        while true { try await Task.sleep(for: .seconds(3600)) }
    }
}
