import Foundation
import OllamaTestServer
import Testing

/// Slash commands and images in the full-screen UI, in tmux against the test server: what they
/// set reaches the server with the chat, and stays with it.
@Suite(.serialized)
struct SlashCommandEndToEndTests {
    typealias DataFolder = ChatHistoryTests.DataFolder

    /// The JSON body of the last chat request the server received.
    static func lastRequest(_ server: OllamaTestServer) throws -> [String: Any] {
        let body = try #require(server.requests.last { $0.path == "/api/chat" }).bodyText
        return try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
    }

    @Test func aSystemPromptAndAnOptionSetByCommandsAreSentAndKeptWithTheChat() async throws {
        #expect(TmuxSession.isAvailable, "tmux is needed for this test")
        let folder = DataFolder()
        let server = try await ChatHistoryTests.colorServer()
        let session = try await FullScreenHistoryTests.connected(server, folder)
        session.type("/set system Answer in one line.")
        session.press("Enter")
        #expect(await session.waitFor("System prompt set for this chat"))
        session.type("/set parameter temperature 0.25")
        session.press("Enter")
        #expect(await session.waitFor("temperature set to 0.25 for this chat"))
        session.type("Name three colors")
        session.press("Enter")
        #expect(await session.waitFor { $0.contains("Red, green and blue.") && $0.contains("● ready") })
        var request = try Self.lastRequest(server)
        var messages = try #require(request["messages"] as? [[String: Any]])
        #expect(messages.first?["role"] as? String == "system")
        #expect(messages.first?["content"] as? String == "Answer in one line.")
        #expect((request["options"] as? [String: Any])?["temperature"] as? Double == 0.25)
        session.press("F10")
        #expect(await session.waitFor("__EXITED__ 0"))

        let again = try await FullScreenHistoryTests.connected(server, folder, arguments: ["--continue"])
        again.type("/show parameters")
        again.press("Enter")
        #expect(await again.waitFor("temperature 0.25"))
        again.type("One more?")
        again.press("Enter")
        #expect(await again.waitFor { $0.components(separatedBy: "Red, green and blue.").count == 3 })
        request = try Self.lastRequest(server)
        messages = try #require(request["messages"] as? [[String: Any]])
        #expect(messages.map { $0["role"] as? String } == ["system", "user", "assistant", "user"])
        #expect((request["options"] as? [String: Any])?["temperature"] as? Double == 0.25)
        again.press("F10")
        #expect(await again.waitFor("__EXITED__ 0"))
        try await server.shutdown()
    }

    @Test func anUnknownCommandIsNeverSent() async throws {
        #expect(TmuxSession.isAvailable, "tmux is needed for this test")
        let folder = DataFolder()
        let server = try await ChatHistoryTests.colorServer()
        let session = try await FullScreenHistoryTests.connected(server, folder)
        session.type("/sett system x")
        session.press("Enter")
        #expect(await session.waitFor("Unknown command /sett"))
        #expect(session.text.contains("› /sett system x"), "the line stays to be corrected")
        #expect(server.requests.filter { $0.path == "/api/chat" }.isEmpty)
        session.press("F10")
        #expect(await session.waitFor("__EXITED__ 0"))
        try await server.shutdown()
    }

    @Test func anImageAttachesAndIsSentToAModelThatSees() async throws {
        #expect(TmuxSession.isAvailable, "tmux is needed for this test")
        let folder = DataFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let file = folder.path + "/cat.png"
        try Data(png).write(to: URL(fileURLWithPath: file))
        var script = ServerScript(chat: .scripted(ChatScript(text: "A cat.")))
        script.capabilities = ["tiny:latest": ["completion", "vision"]]
        let server = try await OllamaTestServer.start(script: script)
        let session = try await FullScreenHistoryTests.connected(server, folder)
        session.type("/image \(file)")
        session.press("Enter")
        #expect(await session.waitFor("Attached [image: cat.png, 16 B]"))
        session.type("What is it?")
        session.press("Enter")
        #expect(await session.waitFor { $0.contains("A cat.") && $0.contains("● ready") })
        #expect(session.text.contains("[image: cat.png, 16 B]"))
        var messages = try #require(try Self.lastRequest(server)["messages"] as? [[String: Any]])
        #expect(messages.last?["images"] as? [String] == [Data(png).base64EncodedString()])
        // A path named in the prompt is read and taken out of it, as ollama run does.
        session.type("And \(file) again?")
        session.press("Enter")
        #expect(await session.waitFor { $0.components(separatedBy: "A cat.").count == 3 })
        messages = try #require(try Self.lastRequest(server)["messages"] as? [[String: Any]])
        #expect(messages.last?["content"] as? String == "And again?")
        #expect(messages.last?["images"] as? [String] == [Data(png).base64EncodedString()])
        session.press("F10")
        #expect(await session.waitFor("__EXITED__ 0"))
        try await server.shutdown()
    }
}

/// The config file's problems stay readable in the full screen, which hides stderr.
@Suite(.serialized)
struct ConfigProblemsOnScreenTests {
    @Test func aBadConfigValueIsShownInTheTranscriptAndTheRestApplies() async throws {
        #expect(TmuxSession.isAvailable, "tmux is needed for this test")
        let folder = ChatHistoryTests.DataFolder()
        let config = folder.path + "/config/ollama-tui"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try "system = \"Be brief.\"\n\n[options]\ntop_k = 0\n".write(
            toFile: config + "/config.toml", atomically: true, encoding: .utf8)
        let server = try await ChatHistoryTests.colorServer()
        let session = try TmuxSession(
            arguments: ["-m", "tiny"],
            environment: [
                "OLLAMA_HOST": server.hostValue, "OLLAMA_TUI_DATA_DIR": folder.path,
                "XDG_CONFIG_HOME": folder.path + "/config",
            ], columns: 140, rows: 30)
        #expect(await session.waitFor("✅ Connected to tiny:latest"))
        // The message wraps: its words are read across rows.
        let words = session.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("config.toml, line 4:"), "\(session.text)")
        #expect(words.contains("top_k is a whole number of 1 or more"))
        session.type("Hi")
        session.press("Enter")
        #expect(await session.waitFor { $0.contains("Red, green and blue.") && $0.contains("● ready") })
        let body = try #require(server.requests.last { $0.path == "/api/chat" }).bodyText
        #expect(body.contains("\"Be brief.\"") && !body.contains("top_k"), "\(body)")
        session.press("F10")
        #expect(await session.waitFor("__EXITED__ 0"))
        try await server.shutdown()
    }
}
