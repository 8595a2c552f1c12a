import Foundation
import OllamaTestServer
import Testing

/// `--system`, `--option`, `--think` and config.toml, seen in the request the server receives.
@Suite(.serialized)
struct HeadlessSettingsTests {
    /// The body of the last chat request, as JSON.
    static func lastChat(_ server: OllamaTestServer) throws -> [String: Any] {
        let request = try #require(server.requests.last { $0.path == "/api/chat" })
        return try #require(try JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any])
    }

    /// A config folder holding `config.toml` with `text`.
    static func configHome(_ text: String) throws -> String {
        let home = NSTemporaryDirectory() + "ollama-tui-config-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home + "/ollama-tui", withIntermediateDirectories: true)
        try text.write(toFile: home + "/ollama-tui/config.toml", atomically: true, encoding: .utf8)
        return home
    }

    @Test func theFlagsReachTheRequest() async throws {
        let server = try await OllamaTestServer.start()
        let result = try await ProcessRunner.run(
            [
                "--model", "tiny", "--no-history", "--system", "Be brief.", "--option", "temperature=0.2",
                "--option", "stop=User: \"\\n\\n\"", "--option", "keep_alive=5m", "--option", "num_ctx=2048",
                "--think", "Hi",
            ],
            environment: ["OLLAMA_HOST": server.hostValue])
        try await server.shutdown()
        #expect(result.status == 0, "\(result.stderr)")
        let body = try Self.lastChat(server)
        let messages = try #require(body["messages"] as? [[String: Any]])
        #expect(messages.map { $0["role"] as? String } == ["system", "user"])
        #expect(messages.first?["content"] as? String == "Be brief.")
        #expect(messages.last?["content"] as? String == "Hi")
        let options = try #require(body["options"] as? [String: Any])
        #expect(options["temperature"] as? Double == 0.2)
        #expect(options["num_ctx"] as? Int == 2048)
        #expect(options["stop"] as? [String] == ["User:", "\n\n"])
        #expect(options["keep_alive"] == nil)
        #expect(body["keep_alive"] as? String == "5m")
        #expect(body["think"] as? Bool == true)
    }

    @Test func aBadOptionIsAUsageErrorAndNothingIsSent() async throws {
        let server = try await OllamaTestServer.start()
        let result = try await ProcessRunner.run(
            ["--model", "tiny", "--option", "top_k=0", "Hi"], environment: ["OLLAMA_HOST": server.hostValue])
        let levels = try await ProcessRunner.run(
            ["--model", "tiny", "--think=hard", "Hi"], environment: ["OLLAMA_HOST": server.hostValue])
        try await server.shutdown()
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "ollama-tui: --option top_k=0: \"0\" cannot be used: top_k is a whole number of 1 or more\n")
        #expect(levels.status == 2)
        #expect(levels.stderr.contains("think is on, off, low, medium or high"), "\(levels.stderr)")
        #expect(!server.requests.contains { $0.path == "/api/chat" })
    }

    @Test func theConfigFileGivesTheDefaultsAndFlagsWin() async throws {
        let home = try Self.configHome(
            """
            model = "tiny"
            system = "From the file."
            think = "low"
            keep_alive = 600

            [options]
            temperature = 0.5
            seed = 7
            """)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let server = try await OllamaTestServer.start()
        let fromFile = try await ProcessRunner.run(
            ["--no-history", "Hi"], environment: ["OLLAMA_HOST": server.hostValue, "XDG_CONFIG_HOME": home])
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        let defaults = try Self.lastChat(server)
        #expect(defaults["model"] as? String == "tiny")
        #expect((defaults["messages"] as? [[String: Any]])?.first?["content"] as? String == "From the file.")
        #expect(defaults["think"] as? String == "low")
        #expect(defaults["keep_alive"] as? Double == 600)
        #expect((defaults["options"] as? [String: Any])?["seed"] as? Int == 7)

        let flagged = try await ProcessRunner.run(
            ["--no-history", "--system", "From a flag.", "--option", "seed=8", "--think", "off", "Hi"],
            environment: ["OLLAMA_HOST": server.hostValue, "XDG_CONFIG_HOME": home, "OLLAMA_MODEL": "gemma3:270m"])
        try await server.shutdown()
        #expect(flagged.status == 0, "\(flagged.stderr)")
        let body = try Self.lastChat(server)
        #expect(body["model"] as? String == "gemma3:270m")
        #expect((body["messages"] as? [[String: Any]])?.first?["content"] as? String == "From a flag.")
        #expect(body["think"] as? Bool == false)
        let options = try #require(body["options"] as? [String: Any])
        #expect(options["seed"] as? Int == 8)
        #expect(options["temperature"] as? Double == 0.5)
    }

    @Test func aBadConfigValueIsToldWithItsLineAndTheRestIsUsed() async throws {
        let home = try Self.configHome("model = \"tiny\"\n[options]\ntop_p = 2\n")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let server = try await OllamaTestServer.start()
        let result = try await ProcessRunner.run(
            ["--no-history", "Hi"], environment: ["OLLAMA_HOST": server.hostValue, "XDG_CONFIG_HOME": home])
        try await server.shutdown()
        #expect(result.status == 0)
        #expect(
            result.stderr.hasPrefix(
                "ollama-tui: \(home)/ollama-tui/config.toml, line 3: \"2\" cannot be used: top_p is a number from 0 to 1;"
                    + " the model's default is used\n"), "\(result.stderr)")
        let body = try Self.lastChat(server)
        #expect(body["model"] as? String == "tiny")
        #expect(body["options"] == nil)
    }

    @Test func aMalformedConfigFileIsToldAndTheDefaultsAreUsed() async throws {
        let home = try Self.configHome("model = \"tiny\"\nsystem = \n")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let server = try await OllamaTestServer.start()
        let result = try await ProcessRunner.run(
            ["--no-history", "Hi"], environment: ["OLLAMA_HOST": server.hostValue, "XDG_CONFIG_HOME": home])
        try await server.shutdown()
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("ollama-tui: \(home)/ollama-tui/config.toml, line 2: not a TOML file ("))
        let body = try Self.lastChat(server)
        #expect(body["model"] as? String == "gemma3:270m")
        #expect((body["messages"] as? [[String: Any]])?.count == 1)
    }
}

/// A chat keeps its settings: a continued chat is sent with them, flags given then win, and the
/// JSON export has them.
@Suite(.serialized)
struct SavedSettingsTests {
    @Test func aContinuedChatGoesOnWithItsSettings() async throws {
        let folder = ChatHistoryTests.DataFolder()
        let server = try await OllamaTestServer.start()
        let first = try await ChatHistoryTests.run(
            ["-m", "tiny", "--system", "Be brief.", "--option", "seed=3", "Hi"], folder, host: server.hostValue)
        #expect(first.status == 0, "\(first.stderr)")
        let continued = try await ChatHistoryTests.run(["--continue", "Again"], folder, host: server.hostValue)
        #expect(continued.status == 0, "\(continued.stderr)")
        let again = try HeadlessSettingsTests.lastChat(server)
        let messages = try #require(again["messages"] as? [[String: Any]])
        #expect(messages.map { $0["role"] as? String } == ["system", "user", "assistant", "user"])
        #expect(messages.first?["content"] as? String == "Be brief.")
        #expect((again["options"] as? [String: Any])?["seed"] as? Int == 3)

        let flagged = try await ChatHistoryTests.run(
            ["--continue", "--option", "seed=4", "Once more"], folder, host: server.hostValue)
        try await server.shutdown()
        #expect(flagged.status == 0, "\(flagged.stderr)")
        let last = try HeadlessSettingsTests.lastChat(server)
        #expect((last["options"] as? [String: Any])?["seed"] as? Int == 4)
        #expect((last["messages"] as? [[String: Any]])?.first?["content"] as? String == "Be brief.")

        let export = try await ChatHistoryTests.run(["--export", "last", "--format", "json"], folder)
        #expect(export.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        #expect((object["messages"] as? [[String: Any]])?.first?["role"] as? String == "system")
        #expect((object["options"] as? [String: Any])?["seed"] as? Int == 4)
    }
}
