import Foundation
import OllamaTestServer
import Testing

/// The chat's settings in the full-screen UI (F7), in tmux against the test server: what the
/// overlay sets reaches the server and stays with the chat; a model that cannot think recovers;
/// the context gauge shows what the server loaded the model with.
@Suite(.serialized)
struct SettingsEndToEndTests {
    typealias DataFolder = ChatHistoryTests.DataFolder

    /// The last `/api/chat` body the server received, as JSON.
    static func lastChat(_ server: OllamaTestServer) throws -> [String: Any] {
        let body = try #require(server.requests.last { $0.path == "/api/chat" }).bodyText
        return try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
    }

    /// The system message first, then `temperature` among the options.
    static func expectSystemAndTemperature(_ request: [String: Any], sourceLocation: SourceLocation = #_sourceLocation)
    {
        let messages = request["messages"] as? [[String: Any]] ?? []
        #expect(messages.first?["role"] as? String == "system", sourceLocation: sourceLocation)
        #expect(messages.first?["content"] as? String == "Be brief.", sourceLocation: sourceLocation)
        let options = request["options"] as? [String: Any] ?? [:]
        #expect(options["temperature"] as? Double == 0.3, "\(request)", sourceLocation: sourceLocation)
    }

    @Test func aSystemPromptAndTemperatureSetInTheOverlayAreSentAndKeptWithTheChat() async throws {
        #expect(TmuxSession.isAvailable, "tmux is needed for this test")
        let folder = DataFolder()
        let server = try await ChatHistoryTests.colorServer()
        let first = try await FullScreenHistoryTests.connected(server, folder)
        first.press("F7")
        #expect(await first.waitFor("Chat settings"))
        first.type("Be brief.")
        first.press("Tab")
        first.press("Tab")
        first.type("0.3")
        first.press("Enter")
        #expect(await first.waitFor("Settings: system prompt set, temperature 0.3"))
        first.type("Name three colors")
        first.press("Enter")
        #expect(await first.waitFor { $0.contains("Red, green and blue.") && $0.contains("● ready") })
        Self.expectSystemAndTemperature(try Self.lastChat(server))
        first.press("F10")
        #expect(await first.waitFor("__EXITED__ 0"))

        let again = try await FullScreenHistoryTests.connected(server, folder, arguments: ["--continue"])
        again.type("And one more?")
        again.press("Enter")
        #expect(await again.waitFor { $0.components(separatedBy: "Red, green and blue.").count == 3 })
        let request = try Self.lastChat(server)
        Self.expectSystemAndTemperature(request)
        #expect((request["messages"] as? [[String: Any]])?.count == 4, "the system message, then the history")
        again.press("F10")
        #expect(await again.waitFor("__EXITED__ 0"))
        try await server.shutdown()
    }

    @Test func thinkOnAModelThatCannotThinkIsTurnedOffAndThePromptKept() async throws {
        #expect(TmuxSession.isAvailable, "tmux is needed for this test")
        let folder = DataFolder()
        var script = ServerScript(chat: .scripted(ChatScript(text: "Red, green and blue.")))
        script.capabilities = ["tiny": ["completion"]]
        let server = try await OllamaTestServer.start(script: script)
        let session = try await FullScreenHistoryTests.connected(
            server, folder, arguments: ["-m", "tiny", "--think", "on"])
        session.type("Name three colors")
        session.press("Enter")
        #expect(await session.waitFor("Thinking is now off for this chat"))
        #expect(session.screen().contains { $0.hasPrefix("› Name three colors") }, "back in the input line")
        #expect(try Self.lastChat(server)["think"] as? Bool == true)
        session.press("Enter")
        #expect(await session.waitFor("Red, green and blue."))
        #expect(try Self.lastChat(server)["think"] as? Bool == false)
        session.press("F10")
        #expect(await session.waitFor("__EXITED__ 0"))
        try await server.shutdown()
    }

    @Test func theContextGaugeShowsTheContextTheServerLoaded() async throws {
        #expect(TmuxSession.isAvailable, "tmux is needed for this test")
        let folder = DataFolder()
        var script = ServerScript(chat: .scripted(ChatScript(text: "Red, green and blue.")))
        script.loaded = [LoadedModel(name: "tiny:latest", contextLength: 4096)]
        let server = try await OllamaTestServer.start(script: script)
        // Wide enough for every part of the status bar beside the full key hints.
        let session = try TmuxSession(
            arguments: ["-m", "tiny"],
            environment: ["OLLAMA_HOST": server.hostValue, "OLLAMA_TUI_DATA_DIR": folder.path], columns: 160,
            rows: 30)
        #expect(await session.waitFor("✅ Connected to tiny:latest"))
        session.type("Name three colors")
        session.press("Enter")
        #expect(await session.waitFor { $0.contains("Red, green and blue.") && $0.contains("/4k") })
        let bar = session.screen().last { $0.contains("● ready") } ?? ""
        #expect(bar.contains("│ ctx ") && bar.contains("/4k"), "in the status bar: \(bar)")
        session.press("F10")
        #expect(await session.waitFor("__EXITED__ 0"))
        try await server.shutdown()
    }
}
