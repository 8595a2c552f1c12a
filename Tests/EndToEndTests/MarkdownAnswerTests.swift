import Foundation
import OllamaTestServer
import Testing

/// Answers drawn as Markdown, folded thinking, select mode (copy, save, editor), and answering
/// again or editing the last prompt: the built binary in tmux against the test server.
@Suite(.serialized)
struct MarkdownAnswerTests {
    init() {
        #expect(TmuxSession.isAvailable, "tmux is needed for these tests (scripts/install-deps.sh --tests installs it)")
    }

    /// An answer with every element the renderer knows.
    static let everything = """
        # Main title

        ## Second level

        ### Third level

        A paragraph with *emphasis*, **strong**, ~~struck~~, `inline code` and a [link](https://example.com).

        - bullet one
          - nested item
        - bullet two

        1. first step
        2. second step

        - [x] done task
        - [ ] open task

        > quoted wisdom

        ---

        ```python
        def greet(name):
            # say hello
            return f"hi {name}"
        ```

        | Left | Center | Right |
        |:-----|:------:|------:|
        | apple | kiwi | 42 |

            indented = 1
            block = 2

        The end.
        """

    /// A short answer with one code block, and that block's text.
    static let withCode = "Here is **the** code, Привет:\n\n```swift\nlet x = 1\nprint(x)\n```\n\nDone."
    static let codeText = "let x = 1\nprint(x)"

    /// A session with `tiny:latest` chosen in the picker.
    func connectedSession(
        _ server: OllamaTestServer, environment: [String: String] = [:], columns: Int = 120, rows: Int = 40
    ) async throws -> TmuxSession {
        var variables = environment
        variables["OLLAMA_HOST"] = server.hostValue
        let session = try TmuxSession(environment: variables, columns: columns, rows: rows)
        #expect(await session.waitFor("tiny:latest (253MB)"))
        session.press("Down", "Enter")
        #expect(await session.waitFor("✅ Connected to tiny:latest. Send a message!"))
        return session
    }

    /// Sends `prompt` and waits until its answer has ended (its metrics line is drawn).
    func ask(_ prompt: String, in session: TmuxSession, answers: Int = 1) async {
        session.type(prompt)
        session.press("Enter")
        #expect(await session.waitFor { Self.transcriptMetrics($0) == answers && $0.contains("● ready") })
    }

    /// Metrics lines in the transcript (the status bar, the last row, may show one too).
    static func transcriptMetrics(_ screen: String) -> Int {
        var rows = screen.components(separatedBy: "\n")
        while rows.last?.isEmpty == true { rows.removeLast() }
        return rows.dropLast().filter { $0.contains("chars • 📊") }.count
    }

    /// The status bar: the screen's last row that is not empty.
    static func statusBar(_ session: TmuxSession) -> String {
        session.screen().last { !$0.isEmpty } ?? ""
    }

    /// The `/api/chat` requests once there are `count` of them (at most 10 s later).
    func chatRequests(_ server: OllamaTestServer, count: Int) async throws -> [RecordedRequest] {
        let deadline = ContinuousClock.now + .seconds(10)
        while server.requests.filter({ $0.path == "/api/chat" }).count < count && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        return server.requests.filter { $0.path == "/api/chat" }
    }

    /// The messages of a chat request, as role and content.
    static func messages(_ request: RecordedRequest) -> [[String]] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any],
            let messages = object["messages"] as? [[String: Any]]
        else { return [] }
        return messages.map { [($0["role"] as? String) ?? "", ($0["content"] as? String) ?? ""] }
    }

    /// A new empty folder for one test's files.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("md-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes an executable script close-on-exec, so no child of another test holds it open.
    static func writeScript(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == bytes.count else { throw CocoaError(.fileWriteUnknown) }
    }

    /// The texts that OSC 52 sequences in `data` put on the clipboard, decoded, in order.
    static func clipboardTexts(_ data: Data) -> [String] {
        let bytes = [UInt8](data)
        let start = Array("\u{1B}]52;c;".utf8)
        var texts: [String] = []
        var index = 0
        while index + start.count <= bytes.count {
            guard Array(bytes[index..<index + start.count]) == start else {
                index += 1
                continue
            }
            let payload = index + start.count
            guard let end = bytes[payload...].firstIndex(of: 0x07) else { break }
            let decoded = Data(base64Encoded: Data(bytes[payload..<end])).map { String(decoding: $0, as: UTF8.self) }
            texts.append(decoded ?? "<not base64: \(String(decoding: bytes[payload..<end], as: UTF8.self))>")
            index = end + 1
        }
        return texts
    }

    /// Waits until the recorded output holds `count` OSC 52 copies; returns them.
    static func waitForCopies(_ count: Int, in file: URL) async throws -> [String] {
        let deadline = ContinuousClock.now + .seconds(10)
        var texts: [String] = []
        while ContinuousClock.now < deadline {
            texts = clipboardTexts((try? Data(contentsOf: file)) ?? Data())
            if texts.count >= count { break }
            try await Task.sleep(for: .milliseconds(25))
        }
        return texts
    }

    /// The SGR parameters written right before the first `text` of the styled rows (the escape
    /// sequences between the previous character and it).
    static func attributes(before text: String, in styled: [String]) -> Set<Int>? {
        guard let line = styled.first(where: { $0.contains(text) }), let range = line.range(of: text) else {
            return nil
        }
        var parameters: Set<Int> = []
        var prefix = line[..<range.lowerBound]
        while prefix.hasSuffix("m"), let open = prefix.range(of: "\u{1B}[", options: .backwards) {
            let body = prefix[open.upperBound..<prefix.index(before: prefix.endIndex)]
            guard body.allSatisfy({ $0.isNumber || $0 == ";" }) else { break }
            parameters.formUnion(body.split(separator: ";").compactMap { Int($0) })
            prefix = prefix[..<open.lowerBound]
        }
        return parameters
    }

    // MARK: - Rendering

    @Test func everyMarkdownElementRendersWhileStreamingAndAfter() async throws {
        let full = ChatScript(text: Self.everything, tokensPerSecond: 100)
        // The stream stops inside the fenced block: the closing fence has not arrived.
        let prefix = full.tokens.indices.first { full.tokens[...$0].joined().hasSuffix("# say hello") }
        let stall = try #require(prefix) + 1
        var stalled = full
        stalled.fault = .stall(afterTokens: stall)
        let server = try await OllamaTestServer.start(script: ServerScript(chat: .scripted(stalled)))
        let session = try await connectedSession(server, rows: 70)
        session.type("Show me everything")
        session.press("Enter")
        #expect(await session.waitFor { $0.contains("# say hello") })
        let partial = session.text
        #expect(partial.contains("┌─ python"), "\(partial)")
        #expect(partial.contains("│ def greet(name):"))
        #expect(partial.contains("│     # say hello"))
        #expect(!partial.contains("```"), "an open fence is drawn as a frame, not as backticks")
        #expect(!partial.contains("return"))
        #expect(!partial.contains("**") && !partial.contains("## Second") && !partial.contains("- [x]"))
        #expect(partial.contains("☑ done task"))
        #expect(Self.statusBar(session).contains("generating"), "the answer is still streaming")

        // The whole answer, streamed to its end.
        session.press("F2")
        #expect(await session.waitFor("Session cleared"))
        server.setScript(ServerScript(chat: .scripted(full)))
        await ask("Show me everything", in: session)
        let screen = session.text
        let rows = session.screen()
        for rendered in [
            "Main title", "Second level", "### Third level", "│ quoted wisdom", "┌─ python", "│ def greet(name):",
            "│     return f\"hi {name}\"", "• bullet one", "◦ nested item", "• bullet two", "1. first step",
            "2. second step", "☑ done task", "☐ open task", "│ Left  │ Center │ Right │", "│ apple │  kiwi  │    42 │",
            "│ indented = 1", "│ block = 2", "The end.",
            "A paragraph with emphasis, strong, struck, inline code and a link (https://example.com).",
        ] {
            #expect(screen.contains(rendered), "\(rendered) is not on the screen:\n\(screen)")
        }
        for raw in ["**", "```", "~~", "`inline", "# Main", "## Second", "|:---", "| apple", "- [", "> quoted", "]("] {
            #expect(!screen.contains(raw), "\(raw) is on the screen:\n\(screen)")
        }
        #expect(rows.contains { $0.hasPrefix("   ┌──") && $0.contains("┬") }, "the table's top border")
        #expect(
            rows.contains { $0.hasPrefix("   ┌───") && !$0.contains("┬") && !$0.contains("python") }, "indented code")
        #expect(rows.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("────────────────") }, "the rule")

        let styled = session.styledScreen()
        let heading = try #require(Self.attributes(before: "Main title", in: styled))
        #expect(
            heading.contains(1) && heading.contains(4) && heading.contains(33), "bold underlined yellow: \(heading)")
        let strong = try #require(Self.attributes(before: "strong", in: styled))
        #expect(strong.contains(1), "strong is bold: \(strong)")
        let keyword = try #require(Self.attributes(before: "def", in: styled))
        #expect(keyword.contains(35), "a Python keyword is magenta: \(keyword)")
        try await server.shutdown()
    }

    @Test func altMShowsTheMarkdownSourceAndAgainRendersIt() async throws {
        let server = try await OllamaTestServer.start(
            script: ServerScript(
                chat: .scripted(ChatScript(text: "## Plan\n\nUse **bold** here.\n\n```sh\necho hi\n```"))))
        let session = try await connectedSession(server)
        await ask("Plan it", in: session)
        #expect(session.text.contains("┌─ sh") && session.text.contains("Use bold here."))
        #expect(!session.text.contains("## Plan"))
        session.press("M-m")
        #expect(await session.waitFor { $0.contains("## Plan") && $0.contains("```sh") && $0.contains("**bold**") })
        #expect(!session.text.contains("┌─ sh"))
        session.press("M-m")
        #expect(await session.waitFor { $0.contains("┌─ sh") && !$0.contains("## Plan") && !$0.contains("```") })
        #expect(session.text.contains("Use bold here."))
        // Shown as sources, an answer written again is shown as its source too.
        session.press("M-m")
        #expect(await session.waitFor("## Plan"))
        server.setScript(ServerScript(chat: .scripted(ChatScript(text: "## Again\n\nNow **this**."))))
        session.press("M-r")
        #expect(await session.waitFor { $0.contains("Now **this**.") && Self.transcriptMetrics($0) == 1 })
        #expect(session.text.contains("## Again") && !session.text.contains("## Plan"))
        session.press("M-m")
        #expect(await session.waitFor { $0.contains("Now this.") && !$0.contains("## Again") })
        try await server.shutdown()
    }

    @Test func altMBeforeAnyAnswerShowsTheFirstAnswersSource() async throws {
        let server = try await OllamaTestServer.start(
            script: ServerScript(chat: .scripted(ChatScript(text: "## Plan\n\nUse **bold** here."))))
        let session = try await connectedSession(server)
        session.press("M-m")
        await ask("Plan it", in: session)
        #expect(session.text.contains("## Plan") && session.text.contains("Use **bold** here."), "\(session.text)")
        session.press("M-m")
        #expect(await session.waitFor { $0.contains("Use bold here.") && !$0.contains("## Plan") })
        try await server.shutdown()
    }

    // MARK: - Thinking

    @Test func thinkingStreamsThenFoldsAndAltTUnfoldsIt() async throws {
        var script = ChatScript(text: "Blue is calm.", tokensPerSecond: 8)
        script.thinking = ChatScript(text: "The user wants a colour so pick one").tokens
        let server = try await OllamaTestServer.start(script: ServerScript(chat: .scripted(script)))
        let session = try await connectedSession(server)
        session.type("A colour?")
        session.press("Enter")
        #expect(await session.waitFor("Thinking…"))
        #expect(await session.waitFor("Blue"))
        #expect(await session.waitFor { Self.transcriptMetrics($0) == 1 })
        var screen = session.text
        #expect(screen.contains("▸ Thought for") && screen.contains("· 8 words"), "\(screen)")
        #expect(!screen.contains("pick one") && !screen.contains("Thinking…"))
        session.press("M-t")
        #expect(await session.waitFor { $0.contains("▾ Thought for") && $0.contains("pick one") })
        session.press("M-t")
        #expect(await session.waitFor { $0.contains("▸ Thought for") && !$0.contains("pick one") })
        screen = session.text
        #expect(screen.contains("Blue is calm."))
        try await server.shutdown()
    }

    // MARK: - Select mode

    @Test func selectModeCopiesACodeBlockAndTheAnswerByOSC52() async throws {
        let server = try await OllamaTestServer.start(
            script: ServerScript(chat: .scripted(ChatScript(text: Self.withCode, tokensPerSecond: 50))))
        let session = try await connectedSession(server)
        await ask("Code please", in: session)
        let folder = try Self.temporaryFolder()
        let output = folder.appendingPathComponent("output")
        session.recordOutput(to: output.path)
        session.press("F6")
        #expect(await session.waitFor("▌ select"))
        // The newest item is the last code block: the bar marks its rows, not the answer's others.
        let marked = session.screen().filter { $0.hasPrefix("▌") }
        #expect(
            marked.contains { $0.contains("let x = 1") } && !marked.contains { $0.contains("Here is") }, "\(marked)")
        session.press("Enter")
        let first = try await Self.waitForCopies(1, in: output)
        #expect(first == [Self.codeText])
        #expect(await session.waitFor("Copied \(Self.codeText.count) characters (terminal)"))

        session.press("Up")
        #expect(
            await session.waitFor {
                $0.components(separatedBy: "\n").contains { $0.hasPrefix("▌") && $0.contains("Here is") }
            })
        session.press("Enter")
        let both = try await Self.waitForCopies(2, in: output)
        #expect(both.count == 2)
        #expect(both.last == Self.withCode, "the answer's Markdown source as streamed")
        #expect(await session.waitFor("Copied \(Self.withCode.count) characters (terminal)"))
        session.press("Escape")
        #expect(await session.waitFor("● ready"))
        try? FileManager.default.removeItem(at: folder)
        try await server.shutdown()
    }

    @Test func selectModeMovesOverMessagesAndFoldsOrShowsTheSourceOfOne() async throws {
        var script = ChatScript(text: Self.withCode)
        script.thinking = ChatScript(text: "Some careful thought first").tokens
        let server = try await OllamaTestServer.start(script: ServerScript(chat: .scripted(script)))
        let session = try await connectedSession(server)
        await ask("Code please", in: session)
        let folder = try Self.temporaryFolder()
        let output = folder.appendingPathComponent("output")
        session.recordOutput(to: output.path)
        let marked = { session.screen().filter { $0.hasPrefix("▌") } }
        session.press("F6")
        #expect(await session.waitFor("▌ select"))
        session.press("Up", "Up")
        // The thinking, folded to its summary row.
        #expect(await session.waitFor { _ in marked().contains { $0.contains("▸ Thought for") } })
        session.press("Space")
        #expect(await session.waitFor { $0.contains("▾ Thought for") && $0.contains("Some careful thought first") })
        session.press("t")
        #expect(await session.waitFor { $0.contains("▸ Thought for") && !$0.contains("Some careful thought") })
        // Home: the prompt, which copies as typed.
        session.press("Home")
        #expect(await session.waitFor { _ in marked().contains { $0.contains("Code please") } })
        session.press("c")
        #expect(try await Self.waitForCopies(1, in: output) == ["Code please"])
        // End: the last code block; Down there stays on it.
        session.press("End", "Down")
        #expect(await session.waitFor { _ in marked().contains { $0.contains("let x = 1") } })
        #expect(!marked().contains { $0.contains("Here is") })
        session.press("y")
        #expect(try await Self.waitForCopies(2, in: output).last == Self.codeText)
        // m shows this answer's source; the highlight moves to the answer, which has no code blocks then.
        session.press("m")
        #expect(await session.waitFor { $0.contains("```swift") && $0.contains("**the**") })
        #expect(marked().contains { $0.contains("```swift") })
        session.press("m")
        #expect(await session.waitFor { $0.contains("┌─ swift") && !$0.contains("```") })
        session.press("q")
        #expect(await session.waitFor { $0.contains("● ready") && !$0.contains("▌") })
        try? FileManager.default.removeItem(at: folder)
        try await server.shutdown()
    }

    @Test func selectModeSavesAndAsksBeforeOverwriting() async throws {
        let server = try await OllamaTestServer.start(
            script: ServerScript(chat: .scripted(ChatScript(text: Self.withCode))))
        let session = try await connectedSession(server)
        await ask("Code please", in: session)
        let folder = try Self.temporaryFolder()
        let file = folder.appendingPathComponent("saved.txt")
        session.press("F6")
        #expect(await session.waitFor("▌ select"))
        session.press("s")
        #expect(await session.waitFor("Save to a file"))
        session.type(file.path)
        session.press("Enter")
        #expect(await session.waitFor("Saved to"))
        #expect((try? String(contentsOf: file, encoding: .utf8)) == Self.codeText)

        // The whole answer to the same path: a question first, Enter overwrites.
        session.press("Up", "s")
        #expect(await session.waitFor("Save to a file"))
        session.type(file.path)
        session.press("Enter")
        #expect(await session.waitFor("Overwrite the file?"))
        #expect((try? String(contentsOf: file, encoding: .utf8)) == Self.codeText, "nothing written before the answer")
        session.press("Enter")
        #expect(await session.waitFor { !$0.contains("Overwrite the file?") && $0.contains("Saved to") })
        let deadline = ContinuousClock.now + .seconds(5)
        while (try? String(contentsOf: file, encoding: .utf8)) != Self.withCode && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect((try? String(contentsOf: file, encoding: .utf8)) == Self.withCode)
        try? FileManager.default.removeItem(at: folder)
        try await server.shutdown()
    }

    @Test func selectModeOpensAReadOnlyCopyInTheEditorInTheForeground() async throws {
        let server = try await OllamaTestServer.start(
            script: ServerScript(chat: .scripted(ChatScript(text: Self.withCode))))
        let folder = try Self.temporaryFolder()
        let editor = folder.appendingPathComponent("editor.sh").path
        let out = folder.path
        try Self.writeScript(
            """
            #!/bin/sh
            cp "$1" '\(out)/copy'
            stat -c %a "$1" > '\(out)/mode'
            ps -o tpgid=,pgid= -p $$ > '\(out)/groups'
            printf '%s' "$1" > '\(out)/path'
            touch '\(out)/done'

            """, to: editor)
        let session = try await connectedSession(server, environment: ["EDITOR": editor])
        await ask("Code please", in: session)
        let app = try #require(session.appPID)
        session.press("F6")
        #expect(await session.waitFor("▌ select"))
        session.press("e")
        let done = folder.appendingPathComponent("done")
        let deadline = ContinuousClock.now + .seconds(10)
        while !FileManager.default.fileExists(atPath: done.path) && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        // The screen comes back: the status bar and the transcript.
        #expect(await session.waitFor { $0.contains("▌ select") && $0.contains("let x = 1") })
        #expect(session.alternateScreenOn)
        let read = { (name: String) in
            (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
        }
        #expect(read("copy") == Self.codeText)
        #expect(read("mode").trimmingCharacters(in: .whitespacesAndNewlines) == "400")
        #expect(read("path").hasSuffix(".swift"), "a code block's file has its language's extension: \(read("path"))")
        #expect(!read("path").isEmpty && !FileManager.default.fileExists(atPath: read("path")), "deleted after")
        let groups = read("groups").split(whereSeparator: \.isWhitespace).compactMap { Int32($0) }
        #expect(groups.count == 2 && groups.first == groups.last, "the editor's group is the foreground: \(groups)")
        #expect(groups.last != getpgid(app) && groups.last != nil, "and not the app's (\(getpgid(app)))")
        // Keys still work.
        session.press("Escape")
        #expect(await session.waitFor("● ready"))
        session.type("still typing")
        #expect(await session.waitFor("› still typing"))
        try? FileManager.default.removeItem(at: folder)
        try await server.shutdown()
    }

    // MARK: - Again and edit

    @Test func altRAnswersAgainWithTheHistoryBeforeTheAnswer() async throws {
        let server = try await OllamaTestServer.start(
            script: ServerScript(chat: .scripted(ChatScript(text: "First answer: seven."))))
        let session = try await connectedSession(server)
        await ask("Pick a number", in: session)
        #expect(session.text.contains("First answer: seven."))
        server.setScript(ServerScript(chat: .scripted(ChatScript(text: "Second answer: three."))))
        session.press("M-r")
        #expect(await session.waitFor { $0.contains("Second answer: three.") && Self.transcriptMetrics($0) == 1 })
        let screen = session.text
        #expect(!screen.contains("First answer"), "the old answer is replaced")
        #expect(screen.components(separatedBy: "You").count == 2, "one turn")
        let requests = try await chatRequests(server, count: 2)
        #expect(requests.count == 2)
        if let again = requests.last {
            #expect(Self.messages(again) == [["user", "Pick a number"]])
        }
        // The next prompt carries the new answer, not the old one.
        await ask("And another?", in: session, answers: 2)
        let next = try await chatRequests(server, count: 3)
        if let last = next.last {
            #expect(
                Self.messages(last) == [
                    ["user", "Pick a number"], ["assistant", "Second answer: three."], ["user", "And another?"],
                ])
        }
        try await server.shutdown()
    }

    @Test func altRReplacesAnAnswerCutByADroppedConnection() async throws {
        let cut = ChatScript(
            text: "Cut words one two three four five six seven", tokensPerSecond: 20, fault: .drop(afterTokens: 5))
        let server = try await OllamaTestServer.start(script: ServerScript(chat: .scripted(cut)))
        let session = try await connectedSession(server)
        session.type("Talk")
        session.press("Enter")
        #expect(await session.waitFor("⚠ answer incomplete"))
        #expect(await session.waitFor { $0.contains("✖ error") })
        #expect(session.text.contains("Cut words one"))
        // The `…` shown until the first text arrives is gone once it has.
        #expect(!session.screen().contains { $0.trimmingCharacters(in: .whitespaces) == "…" }, "\(session.text)")
        server.setScript(ServerScript(chat: .scripted(ChatScript(text: "A whole new answer."))))
        session.press("M-r")
        #expect(await session.waitFor { $0.contains("A whole new answer.") && Self.transcriptMetrics($0) == 1 })
        let screen = session.text
        #expect(!screen.contains("Cut words"), "\(screen)")
        #expect(!screen.contains("answer incomplete") && !screen.contains("closed before the answer was complete"))
        #expect(screen.components(separatedBy: "You").count == 2)
        let requests = try await chatRequests(server, count: 2)
        if requests.count == 2, let again = requests.last {
            #expect(Self.messages(again) == [["user", "Talk"]])
        } else {
            Issue.record("expected two chat requests, got \(requests.count)")
        }
        try await server.shutdown()
    }

    @Test func altEEditsTheLastPromptAndSendingReplacesTheTurn() async throws {
        let server = try await OllamaTestServer.start(
            script: ServerScript(chat: .scripted(ChatScript(text: "Red."))))
        let session = try await connectedSession(server)
        await ask("Name a colour", in: session)
        session.press("M-e")
        #expect(await session.waitFor("› Name a colour"))
        #expect(Self.statusBar(session).contains("Editing the last prompt"), "the notice shows")
        // Alt-E again keeps the turn and empties the input line; a third time edits again.
        session.press("M-e")
        #expect(await session.waitFor { $0.components(separatedBy: "\n").contains("›") })
        #expect(session.text.contains("Name a colour"), "the turn is still there")
        session.press("M-e")
        #expect(await session.waitFor("› Name a colour"))
        for _ in 0..<6 { session.press("BSpace") }
        session.type("fruit")
        #expect(await session.waitFor("› Name a fruit"))
        server.setScript(ServerScript(chat: .scripted(ChatScript(text: "Apple."))))
        session.press("Enter")
        #expect(await session.waitFor { $0.contains("Apple.") && Self.transcriptMetrics($0) == 1 })
        let screen = session.text
        #expect(!screen.contains("Name a colour") && !screen.contains("Red."), "\(screen)")
        #expect(screen.contains("Name a fruit"))
        #expect(screen.components(separatedBy: "You").count == 2, "one turn")
        let requests = try await chatRequests(server, count: 2)
        #expect(requests.count == 2)
        if let edited = requests.last {
            #expect(Self.messages(edited) == [["user", "Name a fruit"]])
        }
        try await server.shutdown()
    }
}
