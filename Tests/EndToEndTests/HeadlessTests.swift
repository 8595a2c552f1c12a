import Foundation
import OllamaTestServer
import Testing

/// The built executable without the full-screen UI, against the test server.
@Suite(.serialized)
struct HeadlessTests {
    @Test func theBinaryIsBuilt() {
        #expect(
            FileManager.default.isExecutableFile(atPath: ProcessRunner.binary.path),
            "run `swift build` before `swift test`")
    }

    @Test func listsModelsWithSizes() async throws {
        let server = try await OllamaTestServer.start()
        let result = try await ProcessRunner.run(["--list-models"], environment: ["OLLAMA_HOST": server.hostValue])
        try await server.shutdown()
        #expect(result.status == 0)
        #expect(result.stdout == "gemma3:270m (253MB)\ntiny:latest (253MB)\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func streamsAnAnswerWithItsMetricsLine() async throws {
        let server = try await OllamaTestServer.start(
            script: ServerScript(chat: .scripted(ChatScript(text: "Red, green and blue."))))
        let result = try await ProcessRunner.run(
            ["--model", "tiny", "Name three colors"], environment: ["OLLAMA_HOST": server.hostValue])
        try await server.shutdown()
        #expect(result.status == 0)
        #expect(result.stdout == "Red, green and blue.\n")
        #expect(
            result.stderr.range(of: #"^⏱ \d+\.\d s • 🔢 20 chars • 📊 \d+ tok/s\n$"#, options: .regularExpression) != nil,
            "\(result.stderr)")
        let body = try #require(server.requests.last { $0.path == "/api/chat" }).bodyText
        #expect(body.contains("Name three colors"))
    }

    @Test func withoutAModelTheFirstListedIsUsed() async throws {
        let server = try await OllamaTestServer.start()
        let result = try await ProcessRunner.run(["Hi"], environment: ["OLLAMA_HOST": server.hostValue])
        try await server.shutdown()
        #expect(result.status == 0)
        #expect(server.requests.last { $0.path == "/api/chat" }?.bodyText.contains("\"model\":\"gemma3:270m\"") == true)
    }

    @Test func thePromptMayComeOnStandardInput() async throws {
        let server = try await OllamaTestServer.start()
        let result = try await ProcessRunner.run(
            [], environment: ["OLLAMA_HOST": server.hostValue, "OLLAMA_MODEL": "tiny"], stdin: "What is 2+2?\n")
        try await server.shutdown()
        #expect(result.status == 0)
        #expect(result.stdout == "Hello! How can I help you today?\n")
        #expect(server.requests.last?.bodyText.contains("What is 2+2?\"") == true)
    }

    @Test func notRunning() async throws {
        let port = try OllamaTestServer.unusedPort()
        let result = try await ProcessRunner.run(["Hi"], environment: ["OLLAMA_HOST": "127.0.0.1:\(port)"])
        #expect(result.status == 3)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "❌ Ollama is not running. Start it: ollama serve\n(http://127.0.0.1:\(port): connection refused)\n")
    }

    @Test func notRunningInRussian() async throws {
        let port = try OllamaTestServer.unusedPort()
        let result = try await ProcessRunner.run(
            ["--list-models"], environment: ["OLLAMA_HOST": "127.0.0.1:\(port)", "LANG": "ru_RU.UTF-8"])
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("❌ Ollama не запущен. Запустите: ollama serve\n"))
    }

    @Test func noModels() async throws {
        let server = try await OllamaTestServer.start(script: ServerScript(models: .empty))
        let listing = try await ProcessRunner.run(["--list-models"], environment: ["OLLAMA_HOST": server.hostValue])
        let answer = try await ProcessRunner.run(["Hi"], environment: ["OLLAMA_HOST": server.hostValue])
        try await server.shutdown()
        for result in [listing, answer] {
            #expect(result.status == 4)
            #expect(result.stderr == "📦 No models installed. Install one: ollama pull gemma2:2b\n")
        }
    }

    @Test func modelNotFound() async throws {
        let server = try await OllamaTestServer.start()
        let result = try await ProcessRunner.run(
            ["-m", "gemma2:2b", "Hi"], environment: ["OLLAMA_HOST": server.hostValue])
        try await server.shutdown()
        #expect(result.status == 4)
        #expect(result.stderr == "📦 Model gemma2:2b is not installed. Install it: ollama pull gemma2:2b\n")
    }

    @Test func aFailureDuringTheAnswerKeepsThePartReceived() async throws {
        let script = ChatScript(text: "The first part and the rest", fault: .drop(afterTokens: 3))
        let server = try await OllamaTestServer.start(script: ServerScript(chat: .scripted(script)))
        let result = try await ProcessRunner.run(["-m", "tiny", "Hi"], environment: ["OLLAMA_HOST": server.hostValue])
        try await server.shutdown()
        #expect(result.status == 1)
        #expect(result.stdout == "The first part\n")
        #expect(
            result.stderr
                == "⚠️ Error: the connection to http://\(server.hostValue) closed before the answer was complete\n")
    }

    @Test func anErrorLineMidStream() async throws {
        let script = ChatScript(
            text: "one two three", fault: .errorLine(afterTokens: 1, message: "model runner crashed"))
        let server = try await OllamaTestServer.start(script: ServerScript(chat: .scripted(script)))
        let result = try await ProcessRunner.run(["-m", "tiny", "Hi"], environment: ["OLLAMA_HOST": server.hostValue])
        try await server.shutdown()
        #expect(result.status == 1)
        #expect(result.stdout == "one\n")
        #expect(result.stderr == "⚠️ Error: model runner crashed\n")
    }

    @Test func aStalledServerTimesOut() async throws {
        let script = ChatScript(text: "one two three", fault: .stall(afterTokens: 2))
        let server = try await OllamaTestServer.start(script: ServerScript(chat: .scripted(script)))
        let result = try await ProcessRunner.run(
            ["-m", "tiny", "--timeout", "500ms", "Hi"], environment: ["OLLAMA_HOST": server.hostValue])
        try await server.shutdown()
        #expect(result.status == 1)
        #expect(result.stdout == "one two\n")
        #expect(result.stderr == "⚠️ Error: no answer for 0.5 s (timeout)\n")
    }

    @Test func usageErrors() async throws {
        let unknownFlag = try await ProcessRunner.run(["--bogus"], environment: [:])
        #expect(unknownFlag.status == 2)
        #expect(unknownFlag.stderr.contains("Unknown option '--bogus'"))
        let badHost = try await ProcessRunner.run(["Hi"], environment: ["OLLAMA_HOST": "ftp://example.com"])
        #expect(badHost.status == 2)
        #expect(badHost.stderr == "ollama-tui: OLLAMA_HOST: unsupported scheme \"ftp\"; use http:// or https://\n")
        let emptyStdin = try await ProcessRunner.run([], environment: [:], stdin: "  \n")
        #expect(emptyStdin.status == 2)
    }

    @Test func helpExitsCleanly() async throws {
        let result = try await ProcessRunner.run(["--help"], environment: [:])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--list-models"))
        #expect(result.stdout.contains("Exit codes"))
    }

    @Test func ctrlCStopsTheAnswerCleanly() async throws {
        let server = try await OllamaTestServer.start(
            script: ServerScript(chat: .scripted(.counting(500, tokensPerSecond: 40))))
        let runner = try ProcessRunner(["-m", "tiny", "Count"], environment: ["OLLAMA_HOST": server.hostValue])
        #expect(await runner.waitFor { $0.contains(" w3") })
        runner.interrupt()
        let status = await runner.wait()
        #expect(status == 130)
        #expect(runner.stdout.hasPrefix(" w1 w2 w3"))
        #expect(runner.stdout.hasSuffix("\n"))
        #expect(runner.stderr == "⏹ stopped\n")
        let deadline = ContinuousClock.now + .seconds(5)
        while server.streams.closedByClient == 0 && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(server.streams.closedByClient == 1)
        try await server.shutdown()
    }

    @Test func settingsComeFromDotEnvInTheCurrentDirectory() async throws {
        let server = try await OllamaTestServer.start()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ollama-tui-dotenv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "# test settings\nOLLAMA_HOST=\(server.hostValue)\nexport OLLAMA_MODEL='tiny'\n".write(
            to: directory.appendingPathComponent(".env"), atomically: true, encoding: .utf8)
        let fromFile = try await ProcessRunner.run(["Hi"], environment: [:], directory: directory)
        #expect(fromFile.status == 0)
        #expect(server.requests.last?.bodyText.contains("\"model\":\"tiny\"") == true)
        let environmentWins = try await ProcessRunner.run(
            ["Hi"], environment: ["OLLAMA_MODEL": "gemma3:270m"], directory: directory)
        #expect(environmentWins.status == 0)
        #expect(server.requests.last?.bodyText.contains("\"model\":\"gemma3:270m\"") == true)
        try await server.shutdown()
    }
}
