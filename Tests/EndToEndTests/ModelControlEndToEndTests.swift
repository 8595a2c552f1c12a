import Foundation
import OllamaTestServer
import Testing

/// Model control in the picker against the test server, in tmux: pulling (progress, cancel, an
/// unreachable registry), deleting, details and loaded marks; and `--pull` headless.
@Suite(.serialized)
struct ModelControlEndToEndTests {
    init() {
        #expect(TmuxSession.isAvailable, "tmux is needed for these tests")
    }

    /// The app in tmux with the picker open on the server's models.
    func pickerSession(_ server: OllamaTestServer) async throws -> TmuxSession {
        let session = try TmuxSession(environment: ["OLLAMA_HOST": server.hostValue], columns: 100, rows: 30)
        #expect(await session.waitFor { $0.contains("Choose a model") && $0.contains("tiny:latest (253MB)") })
        return session
    }

    @Test func aPullShowsItsProgressAndTheModelAppearsInThePicker() async throws {
        var script = ServerScript()
        script.pull = PullScript(interval: 0.2)
        let server = try await OllamaTestServer.start(script: script)
        let session = try await pickerSession(server)
        session.type("gemma2:2b")
        #expect(await session.waitFor("no model matches · Enter pulls gemma2:2b"))
        session.press("Enter")
        #expect(await session.waitFor { $0.contains("Pulling gemma2:2b") && $0.contains("pulling manifest") })
        #expect(await session.waitFor { $0.contains("█") && $0.contains("%") })
        #expect(await session.waitFor("✅ gemma2:2b is installed"))
        #expect(await session.waitFor("gemma2:2b (253MB)"))
        session.press("Enter")
        #expect(await session.waitFor("✅ Connected to gemma2:2b"))
        try await server.shutdown()
    }

    @Test func withNoModelsF3OpensThePickerToPullOne() async throws {
        let server = try await OllamaTestServer.start(script: ServerScript(models: .empty))
        let session = try TmuxSession(environment: ["OLLAMA_HOST": server.hostValue], columns: 100, rows: 30)
        #expect(await session.waitFor("F3 and a model's name pull it from here."))
        session.press("F3")
        #expect(await session.waitFor("No models installed. Type a name to pull"))
        session.type("gemma2:2b")
        session.press("Enter")
        #expect(await session.waitFor("✅ gemma2:2b is installed"))
        session.press("Enter")
        #expect(await session.waitFor("✅ Connected to gemma2:2b"))
        try await server.shutdown()
    }

    @Test func escCancelsAPullAndTheServerSeesItClosed() async throws {
        var script = ServerScript()
        script.pull = PullScript(interval: 0.3)
        let server = try await OllamaTestServer.start(script: script)
        let session = try await pickerSession(server)
        session.type("gemma2:2b")
        session.press("Enter")
        #expect(await session.waitFor("pulling manifest"))
        session.press("Escape")
        #expect(await session.waitFor("⏹ Pull cancelled"))
        let deadline = ContinuousClock.now + .seconds(10)
        while server.pulls.closedByClient == 0 && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(server.pulls.closedByClient == 1 && server.pulls.finished == 0)
        session.press("Escape")
        #expect(await session.waitFor("Choose a model"))
        try await server.shutdown()
    }

    @Test func anUnreachableRegistryIsTheServersWords() async throws {
        var script = ServerScript()
        script.pull = PullScript(fault: .unreachable)
        let server = try await OllamaTestServer.start(script: script)
        let session = try await pickerSession(server)
        session.type("gemma2:2b")
        session.press("Enter")
        #expect(
            await session.waitFor { $0.contains("Pull failed: pull model manifest") && $0.contains("no such host") })
        try await server.shutdown()
    }

    @Test func deleteAsksThenTheModelLeavesTheList() async throws {
        let server = try await OllamaTestServer.start()
        let session = try await pickerSession(server)
        session.press("Up", "DC")
        #expect(await session.waitFor { $0.contains("Delete the model?") && $0.contains("gemma3:270m (253MB)") })
        session.press("Enter")
        #expect(await session.waitFor("✅ gemma3:270m deleted"))
        #expect(await session.waitFor { !$0.contains("gemma3:270m (253MB)") })
        #expect(server.requests.contains { $0.path == "/api/delete" })
        try await server.shutdown()
    }

    @Test func deletingTheChatsModelSaysSoAndThePickerStaysOpen() async throws {
        let server = try await OllamaTestServer.start()
        let session = try TmuxSession(
            arguments: ["-m", "tiny"], environment: ["OLLAMA_HOST": server.hostValue], columns: 100, rows: 30)
        #expect(await session.waitFor("✅ Connected to tiny:latest"))
        session.press("F3")
        #expect(await session.waitFor("tiny:latest (253MB)"))
        session.press("DC")
        #expect(await session.waitFor("tiny:latest (253MB) is removed from the server."))
        session.press("Enter")
        #expect(await session.waitFor("tiny:latest was the chat's model: choose another"))
        session.press("Escape")
        #expect(session.text.contains("Choose a model"), "the picker cannot close without a model")
        #expect(!session.text.contains("tiny:latest (253MB)"))
        try await server.shutdown()
    }

    @Test func tabShowsTheModelsDetails() async throws {
        let server = try await OllamaTestServer.start()
        let session = try await pickerSession(server)
        session.press("Tab")
        #expect(
            await session.waitFor {
                $0.contains("Model gemma3:270m") && $0.contains("gemma3") && $0.contains("268.10M (268098176)")
                    && $0.contains("Q4_K_M") && $0.contains("32768 tokens") && $0.contains("chat")
                    && $0.contains("2026-11-24")
            })
        session.press("Escape")
        #expect(await session.waitFor("Choose a model"))
        try await server.shutdown()
    }

    @Test func loadedModelsAreMarkedInThePicker() async throws {
        var script = ServerScript()
        script.loaded = [LoadedModel(name: "tiny:latest", contextLength: 8192)]
        let server = try await OllamaTestServer.start(script: script)
        let session = try TmuxSession(environment: ["OLLAMA_HOST": server.hostValue], columns: 100, rows: 30)
        #expect(await session.waitFor("tiny:latest (253MB)"))
        session.press("Down", "Enter")
        #expect(await session.waitFor("✅ Connected to tiny:latest"))
        session.press("F3")
        #expect(
            await session.waitFor { $0.contains("loaded") && $0.contains("CPU") && $0.contains("unloads in 5 min") })
        try await server.shutdown()
    }

    @Test func headlessPullPrintsPlainLinesWhenStderrIsAPipe() async throws {
        let server = try await OllamaTestServer.start()
        let result = try await ProcessRunner.run(
            ["--pull", "gemma2:2b"], environment: ["OLLAMA_HOST": server.hostValue])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.first == "pulling manifest")
        #expect(lines.contains { $0.hasPrefix("pulling ") && $0.hasSuffix("MB") })
        #expect(lines.last == "✅ gemma2:2b is installed")
        #expect(!result.stderr.contains("\r"))
        try await server.shutdown()
    }

    @Test func headlessPullOfAnUnknownModelSaysSo() async throws {
        var script = ServerScript()
        script.pull = PullScript(fault: .unknownModel)
        let server = try await OllamaTestServer.start(script: script)
        let result = try await ProcessRunner.run(["--pull", "nosuch"], environment: ["OLLAMA_HOST": server.hostValue])
        #expect(result.status == 1)
        #expect(result.stderr.contains("ollama-tui: ⚠️ Pull failed: pull model manifest: file does not exist"))
        try await server.shutdown()
    }

    @Test func headlessPullOnATerminalRedrawsOneProgressLine() async throws {
        var script = ServerScript()
        script.pull = PullScript(interval: 0.2)
        let server = try await OllamaTestServer.start(script: script)
        let session = try TmuxSession(
            arguments: ["--pull", "gemma2:2b"], environment: ["OLLAMA_HOST": server.hostValue], columns: 100, rows: 30)
        #expect(await session.waitFor { $0.contains("█") && $0.contains("%") })
        #expect(await session.waitFor { $0.contains("✅ gemma2:2b is installed") && $0.contains("__EXITED__ 0") })
        let rows = session.screen().filter { $0.hasPrefix("pulling ") }
        #expect(rows.count == 5, "the manifest and one line a layer: \(rows)")
        try await server.shutdown()
    }

    @Test func ctrlCCancelsAHeadlessPull() async throws {
        var script = ServerScript()
        script.pull = PullScript(interval: 0.3)
        let server = try await OllamaTestServer.start(script: script)
        let session = try TmuxSession(
            arguments: ["--pull", "gemma2:2b"], environment: ["OLLAMA_HOST": server.hostValue], columns: 100, rows: 30)
        #expect(await session.waitFor("pulling manifest"))
        session.press("C-c")
        #expect(await session.waitFor { $0.contains("⏹ Pull cancelled") && $0.contains("__EXITED__ 130") })
        let deadline = ContinuousClock.now + .seconds(10)
        while server.pulls.closedByClient == 0 && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(server.pulls.closedByClient == 1 && server.pulls.finished == 0)
        try await server.shutdown()
    }
}
