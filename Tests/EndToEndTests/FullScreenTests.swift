import Foundation
import OllamaTestServer
import Testing

/// The built binary's full-screen UI in tmux against the test server, read from the screen.
@Suite(.serialized)
struct FullScreenTests {
    init() {
        #expect(TmuxSession.isAvailable, "tmux is needed for these tests (scripts/install-deps.sh --tests installs it)")
    }

    static let greeting = "Hello! How can I help you today?"

    /// A session with `tiny:latest` chosen in the picker.
    func connectedSession(_ server: OllamaTestServer, columns: Int = 100, rows: Int = 30) async throws -> TmuxSession {
        let session = try TmuxSession(environment: ["OLLAMA_HOST": server.hostValue], columns: columns, rows: rows)
        #expect(await session.waitFor("tiny:latest (253MB)"))
        session.press("Down", "Enter")
        #expect(await session.waitFor("✅ Connected to tiny:latest. Send a message!"))
        return session
    }

    @Test func thePickerListsModelsAndArrowKeysPickTheSecond() async throws {
        let server = try await OllamaTestServer.start()
        let session = try TmuxSession(environment: ["OLLAMA_HOST": server.hostValue])
        // A frame may reach the pane in more than one write: wait for its last row.
        #expect(await session.waitFor { $0.contains("Choose a model") && $0.contains("Enter choose") })
        let screen = session.text
        #expect(screen.contains("gemma3:270m (253MB)"))
        #expect(screen.contains("tiny:latest (253MB)"))
        #expect(screen.contains("268.10M · Q4_K_M"))
        session.press("Down", "Enter")
        #expect(await session.waitFor("✅ Connected to tiny:latest. Send a message!"))
        try await server.shutdown()
    }

    @Test func aPromptStreamsAnAnswerAndItsMetricsLine() async throws {
        let server = try await OllamaTestServer.start(
            script: ServerScript(
                chat: .scripted(ChatScript(text: "Red, green and blue. Привет 世界!", tokensPerSecond: 30))))
        let session = try await connectedSession(server)
        session.type("Name three colors")
        session.press("Enter")
        #expect(await session.waitFor("Red, green"))
        #expect(
            await session.waitFor {
                $0.range(of: #"⏱ \d+\.\d s • 🔢 31 chars • 📊 \d+ tok/s"#, options: .regularExpression) != nil
            })
        let screen = session.screen()
        let answer = try #require(screen.firstIndex { $0.contains("Red, green and blue. Привет 世界!") })
        #expect(screen[answer + 1].contains("⏱"))
        #expect(screen.last { !$0.isEmpty }?.contains("● ready") == true)
        session.type("And more?")
        session.press("Enter")
        #expect(await session.waitFor { $0.components(separatedBy: "📊").count > 3 })
        let request = try #require(server.requests.last { $0.path == "/api/chat" }).bodyText
        #expect(
            request.contains("Name three colors") && request.contains("Red, green and blue.")
                && request.contains("And more?"))
        try await server.shutdown()
    }

    @Test func f2ClearsTheSession() async throws {
        let server = try await OllamaTestServer.start()
        let session = try await connectedSession(server)
        session.type("Hi")
        session.press("Enter")
        #expect(await session.waitFor(Self.greeting))
        #expect(await session.waitFor("chars • 📊"))
        session.press("F2")
        #expect(await session.waitFor("Session cleared"))
        #expect(!session.text.contains(Self.greeting))
        #expect(!session.text.contains("Connected to"))
        session.type("Again")
        session.press("Enter")
        #expect(await session.waitFor(Self.greeting))
        let request = try #require(server.requests.last { $0.path == "/api/chat" }).bodyText
        #expect(!request.contains("\"Hi\""), "the history was cleared")
        // Two turns: F2 asks first, Esc keeps them, F2 twice clears.
        #expect(await session.waitFor("chars • 📊"))
        session.type("More")
        session.press("Enter")
        // Both answers and their metrics lines, and the status bar's.
        #expect(
            await session.waitFor {
                $0.components(separatedBy: Self.greeting).count > 2 && $0.components(separatedBy: "chars • 📊").count > 3
            })
        session.press("F2")
        #expect(await session.waitFor("Clear the session?"))
        session.press("Escape")
        #expect(await session.waitFor { !$0.contains("Clear the session?") })
        #expect(session.text.contains("More"))
        session.press("F2", "F2")
        #expect(await session.waitFor { !$0.contains("More") && $0.contains("Session cleared") })
        try await server.shutdown()
    }

    @Test func f3SwitchesTheModelAndKeepsTheHistory() async throws {
        let server = try await OllamaTestServer.start()
        let session = try await connectedSession(server)
        session.type("First")
        session.press("Enter")
        #expect(await session.waitFor("chars • 📊"))
        session.press("F3")
        #expect(await session.waitFor("Choose a model"))
        session.press("Up", "Enter")
        #expect(await session.waitFor("✅ Connected to gemma3:270m. Send a message!"))
        session.type("Second")
        session.press("Enter")
        #expect(await session.waitFor { $0.components(separatedBy: Self.greeting).count > 2 })
        let request = try #require(server.requests.last { $0.path == "/api/chat" }).bodyText
        #expect(request.contains("\"model\":\"gemma3:270m\""))
        #expect(request.contains("First") && request.contains("Second"))
        try await server.shutdown()
    }

    @Test func escStopsTheAnswer() async throws {
        let server = try await OllamaTestServer.start(
            script: ServerScript(chat: .scripted(.counting(500, tokensPerSecond: 20))))
        let session = try await connectedSession(server)
        session.type("Count")
        session.press("Enter")
        #expect(await session.waitFor(" w4"))
        session.press("Escape")
        #expect(await session.waitFor("⏹ stopped"))
        #expect(await session.waitFor("● ready"))
        let deadline = ContinuousClock.now + .seconds(5)
        while server.streams.closedByClient == 0 && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(server.streams.closedByClient == 1, "stopping closes the connection, so the server stops generating")
        // Nothing lands after the stop: the server would have sent about ten more tokens by now.
        let stopped = session.text
        try await Task.sleep(for: .milliseconds(500))
        #expect(session.text == stopped)
        try await server.shutdown()
    }

    @Test func notRunningThenRetry() async throws {
        let port = try OllamaTestServer.unusedPort()
        let session = try TmuxSession(environment: ["OLLAMA_HOST": "127.0.0.1:\(port)"])
        #expect(await session.waitFor("❌ Ollama is not running. Start it: ollama serve"))
        #expect(session.text.contains("connection refused"))
        #expect(session.text.contains("Press F5 to try again."))
        session.press("F5")
        #expect(await session.waitFor { $0.contains("✖ offline") })
        // Each failed retry replaces the report instead of adding another block.
        try await Task.sleep(for: .milliseconds(300))
        #expect(session.text.components(separatedBy: "Ollama is not running").count == 2)
        // A message that starts with r is typed, not taken as a reconnect.
        session.type("r")
        #expect(await session.waitFor { $0.contains("› r") })
        let server = try await OllamaTestServer.start(port: port)
        #expect(!session.text.contains("Choose a model"))
        session.press("F5")
        #expect(await session.waitFor("Choose a model"))
        try await server.shutdown()
    }

    @Test func noModelsThenRetry() async throws {
        let server = try await OllamaTestServer.start(script: ServerScript(models: .empty))
        let session = try TmuxSession(environment: ["OLLAMA_HOST": server.hostValue])
        #expect(await session.waitFor("📦 No models installed. Install one: ollama pull gemma2:2b"))
        server.setScript(ServerScript())
        session.press("F5")
        #expect(await session.waitFor("Choose a model"))
        try await server.shutdown()
    }

    @Test func aDroppedStreamKeepsThePartialAnswerAndTheInput() async throws {
        let script = ChatScript(
            text: "The first part of a longer answer that never ends", tokensPerSecond: 20, fault: .drop(afterTokens: 4)
        )
        let server = try await OllamaTestServer.start(script: ServerScript(chat: .scripted(script)))
        let session = try await connectedSession(server)
        session.type("Tell me")
        session.press("Enter")
        session.type("my next draft")
        // tmux draws ⚠️ one column wide where most terminals take two: match after it.
        #expect(
            await session.waitFor(
                "Error: the connection to http://\(server.hostValue) closed before the answer was complete"))
        let screen = session.text
        #expect(screen.contains("The first part of"))
        #expect(screen.contains("⚠ answer incomplete"))
        #expect(screen.contains("› my next draft"))
        #expect(screen.contains("Tell me"))
        session.press("Enter")
        // The draft was on screen before Enter: what shows that it was sent is the request.
        let deadline = ContinuousClock.now + .seconds(10)
        while server.requests.filter({ $0.path == "/api/chat" }).count < 2 && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        let resent = try #require(server.requests.last { $0.path == "/api/chat" }).bodyText
        #expect(resent.contains("my next draft") && resent.contains("The first part of"))
        #expect(await session.waitFor { $0.components(separatedBy: "You").count == 3 })
        try await server.shutdown()
    }

    @Test func aResizeMidStreamRewraps() async throws {
        let words = (1...40).map { "word\($0)" }.joined(separator: " ")
        let server = try await OllamaTestServer.start(
            script: ServerScript(chat: .scripted(ChatScript(text: words, tokensPerSecond: 40))))
        let session = try await connectedSession(server)
        session.type("Talk")
        session.press("Enter")
        #expect(await session.waitFor("word10 "))
        session.resize(columns: 50, rows: 20)
        #expect(await session.waitFor("chars • 📊"))
        let screen = session.screen()
        // The layout follows the new height: separator, input and status bar on the last rows.
        #expect(screen[17].hasPrefix("─") && screen[18].hasPrefix("›") && screen[19].contains("● ready"), "\(screen)")
        // tmux cuts rows at the pane's edge: only a real re-wrap keeps every word whole.
        let shown = Set(screen.joined(separator: " ").split(separator: " ").map(String.init))
        #expect((1...40).allSatisfy { shown.contains("word\($0)") }, "\(screen)")
        session.resize(columns: 12, rows: 4)
        #expect(await session.waitFor("Terminal"))
        session.resize(columns: 100, rows: 30)
        #expect(await session.waitFor("word40"))
        #expect(session.text.contains("● ready"))
        try await server.shutdown()
    }

    @Test func escapeSequencesInModelOutputDoNotChangeTheScreen() async throws {
        let tokens = [
            "Safe", " text", "\u{1B}[2J\u{1B}[H", "\u{1B}]0;pwned\u{07}", "\u{1B}[?1049l", " \u{1B}[31mred",
            "\u{1B}[0m", " and\r\n", "\u{9B}2J", " done",
        ]
        let server = try await OllamaTestServer.start(
            script: ServerScript(chat: .scripted(ChatScript(tokens: tokens, tokensPerSecond: 30))))
        let session = try await connectedSession(server)
        session.type("Hi")
        session.press("Enter")
        #expect(await session.waitFor("chars • 📊"))
        let screen = session.text
        #expect(screen.contains("✅ Connected to tiny:latest"), "the screen was not cleared")
        #expect(screen.contains("Safe text red and"))
        #expect(screen.contains("done"))
        #expect(session.alternateScreenOn, "the alternate screen stays on")
        #expect(!session.value("#{pane_title}").contains("pwned"), "the title was not set")
        try await server.shutdown()
    }

    @Test func quittingRestoresTheTerminal() async throws {
        let server = try await OllamaTestServer.start()
        let session = try await connectedSession(server)
        #expect(session.alternateScreenOn)
        session.press("F10")
        #expect(await session.waitFor("__EXITED__ 0"))
        #expect(!session.alternateScreenOn)
        #expect(await session.waitFor("\nicanon"), "the terminal is back in canonical mode")
        try await server.shutdown()
    }

    @Test func sigtermAndSigintRestoreTheTerminal() async throws {
        let server = try await OllamaTestServer.start()
        let terminated = try await connectedSession(server)
        let pid = try #require(terminated.appPID)
        kill(pid, SIGTERM)
        #expect(await terminated.waitFor("__EXITED__ 143"))
        #expect(!terminated.alternateScreenOn)
        #expect(await terminated.waitFor("\nicanon"))

        let interrupted = try await connectedSession(server)
        let second = try #require(interrupted.appPID)
        kill(second, SIGINT)
        #expect(await interrupted.waitFor("__EXITED__ 0"), "SIGINT when idle quits, like Ctrl-C")
        #expect(!interrupted.alternateScreenOn)
        #expect(await interrupted.waitFor("\nicanon"), "the terminal is back in canonical mode")
        try await server.shutdown()
    }

    @Test func ctrlCQuitsWhenIdle() async throws {
        let server = try await OllamaTestServer.start()
        let session = try await connectedSession(server)
        session.press("C-c")
        #expect(await session.waitFor("__EXITED__ 0"))
        #expect(!session.alternateScreenOn)
        try await server.shutdown()
    }

    @Test func anUnknownTerminalTypeIsAClearMessage() async throws {
        let session = try TmuxSession(environment: ["TERM": "no-such-terminal", "OLLAMA_HOST": "127.0.0.1:1"])
        #expect(await session.waitFor("__EXITED__ 2"))
        #expect(session.text.contains("the terminal type \"no-such-terminal\" is not known here"))
    }
}

/// Job control and terminal types, in a real shell.
@Suite(.serialized)
struct TerminalTypeTests {
    @Test(arguments: ["xterm", "xterm-256color", "screen", "tmux-256color", "linux"])
    func worksWithCommonTerminalTypes(_ term: String) async throws {
        let server = try await OllamaTestServer.start()
        let session = try TmuxSession(environment: [
            "OLLAMA_HOST": server.hostValue, "TERM": term, "NO_COLOR": term == "linux" ? "1" : "",
        ])
        #expect(await session.waitFor("tiny:latest (253MB)"), "TERM=\(term)")
        session.press("Down", "Enter")
        #expect(await session.waitFor("✅ Connected to tiny:latest"), "TERM=\(term)")
        session.press("F10")
        #expect(await session.waitFor("__EXITED__ 0"), "TERM=\(term)")
        try await server.shutdown()
    }

    @Test func ctrlZSuspendsAndFgResumes() async throws {
        let server = try await OllamaTestServer.start()
        let session = try TmuxSession(shell: "OLLAMA_HOST=\(server.hostValue) \(ProcessRunner.binary.path) -m tiny")
        #expect(await session.waitFor("✅ Connected to tiny:latest"))
        session.press("C-z")
        #expect(await session.waitFor("Stopped"))
        #expect(!session.alternateScreenOn)
        session.type("fg")
        session.press("Enter")
        #expect(await session.waitFor("✅ Connected to tiny:latest"))
        #expect(session.alternateScreenOn)
        session.type("still here")
        session.press("Enter")
        #expect(await session.waitFor("Hello! How can I help you today?"))
        session.press("F10")
        try await server.shutdown()
    }
}
