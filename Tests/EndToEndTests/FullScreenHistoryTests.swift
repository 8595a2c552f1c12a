import Foundation
import OllamaTestServer
import Testing

/// The full-screen UI saves its chat as it happens and reopens it, in tmux against the test server.
@Suite(.serialized)
struct FullScreenHistoryTests {
    typealias DataFolder = ChatHistoryTests.DataFolder

    /// The app in tmux with its chats in `folder`, `tiny:latest` chosen.
    static func connected(_ server: OllamaTestServer, _ folder: DataFolder, arguments: [String] = ["-m", "tiny"])
        async throws -> TmuxSession
    {
        let session = try TmuxSession(
            arguments: arguments,
            environment: ["OLLAMA_HOST": server.hostValue, "OLLAMA_TUI_DATA_DIR": folder.path], columns: 120,
            rows: 30)
        #expect(await session.waitFor("✅ Connected to tiny:latest"))
        return session
    }

    @Test func aChatIsSavedAndContinuedWithItsHistorySent() async throws {
        #expect(TmuxSession.isAvailable, "tmux is needed for this test")
        let folder = DataFolder()
        let server = try await ChatHistoryTests.colorServer()
        let first = try await Self.connected(server, folder)
        first.type("Name three colors")
        first.press("Enter")
        #expect(await first.waitFor { $0.contains("Red, green and blue.") && $0.contains("● ready") })
        first.press("F10")
        #expect(await first.waitFor("__EXITED__ 0"))
        let listing = try await ChatHistoryTests.run(["--list-chats"], folder)
        #expect(listing.stdout.hasSuffix("\ttiny:latest\t2\tName three colors\n"), "\(listing.stdout)")

        let again = try await Self.connected(server, folder, arguments: ["--continue"])
        #expect(again.text.contains("Name three colors") && again.text.contains("Red, green and blue."))
        again.type("And one more?")
        again.press("Enter")
        #expect(await again.waitFor { $0.components(separatedBy: "Red, green and blue.").count == 3 })
        let body = try #require(server.requests.last { $0.path == "/api/chat" }).bodyText
        let request = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        let sent = try #require(request["messages"] as? [[String: Any]])
        #expect(
            sent.map { $0["content"] as? String } == ["Name three colors", "Red, green and blue.", "And one more?"])
        again.press("F10")
        #expect(await again.waitFor("__EXITED__ 0"))
        try await server.shutdown()
        let after = try await ChatHistoryTests.run(["--list-chats"], folder)
        #expect(after.stdout.split(separator: "\n").count == 1)
        #expect(after.stdout.hasSuffix("\ttiny:latest\t4\tName three colors\n"), "\(after.stdout)")
    }

    @Test func twoInstancesWriteAtOnceAndEachListsTheOthersChat() async throws {
        #expect(TmuxSession.isAvailable, "tmux is needed for this test")
        let folder = DataFolder()
        let server = try await ChatHistoryTests.colorServer()
        let first = try await Self.connected(server, folder)
        let second = try await Self.connected(server, folder)
        first.type("First terminal asks")
        second.type("Second terminal asks")
        first.press("Enter")
        second.press("Enter")
        for session in [first, second] {
            #expect(await session.waitFor { $0.contains("Red, green and blue.") && $0.contains("● ready") })
        }
        first.press("F4")
        #expect(await first.waitFor { $0.contains("Second terminal asks") && $0.contains("First terminal asks") })
        first.press("Escape")
        for session in [first, second] {
            session.press("F10")
            #expect(await session.waitFor("__EXITED__ 0"))
        }
        try await server.shutdown()
        let listing = try await ChatHistoryTests.run(["--list-chats"], folder)
        let rows = listing.stdout.split(separator: "\n").map {
            $0.split(separator: "\t").suffix(2).joined(separator: " ")
        }
        #expect(rows.sorted() == ["2 First terminal asks", "2 Second terminal asks"], "\(listing.stdout)")
    }

    @Test func killedMidAnswerTheChatKeepsWhatWasWritten() async throws {
        #expect(TmuxSession.isAvailable, "tmux is needed for this test")
        let folder = DataFolder()
        let server = try await OllamaTestServer.start(
            script: ServerScript(chat: .scripted(ChatScript(tokens: (1...400).map { " w\($0)" }, tokensPerSecond: 20))))
        let session = try await Self.connected(server, folder)
        session.type("Count slowly")
        session.press("Enter")
        // Two seconds into the answer: it has been written at least once (its first text at once).
        #expect(await session.waitFor(" w40 "))
        let pid = try #require(session.appPID)
        kill(pid, SIGKILL)
        #expect(await session.waitFor("__EXITED__ 137"))
        try await server.shutdown()
        let export = try await ChatHistoryTests.run(["--export", "last", "--format", "json"], folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let messages = try #require(object["messages"] as? [[String: Any]])
        #expect(messages.first?["content"] as? String == "Count slowly")
        let answer = try #require(messages.last?["content"] as? String)
        #expect(messages.count == 2 && answer.hasPrefix(" w1 w2"), "\(answer)")
        #expect(messages.last?["ending"] as? String == "stopped")
    }

    @Test func theStatusBarSaysWhenChatsAreNotSaved() async throws {
        #expect(TmuxSession.isAvailable, "tmux is needed for this test")
        let folder = DataFolder()
        let server = try await ChatHistoryTests.colorServer()
        let off = try await Self.connected(server, folder, arguments: ["-m", "tiny", "--no-history"])
        #expect(off.text.contains("· 💾 history off"))
        off.press("F10")
        #expect(await off.waitFor("__EXITED__ 0"))
        #expect(!FileManager.default.fileExists(atPath: folder.path))

        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let garbage = Data("not a database at all, just some notes\n".utf8)
        try garbage.write(to: URL(fileURLWithPath: folder.database))
        let broken = try await Self.connected(server, folder)
        #expect(broken.text.contains("· 💾 not saved"))
        #expect(broken.text.contains("💾 Chats are not saved: the file is not a chat database"))
        broken.type("Name three colors")
        broken.press("Enter")
        #expect(await broken.waitFor("Red, green and blue."))
        broken.press("F10")
        #expect(await broken.waitFor("__EXITED__ 0"))
        try await server.shutdown()
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.database)) == garbage)
    }

    @Test func aChatWhoseModelIsGoneOpensThePickerAndKeepsTheChat() async throws {
        #expect(TmuxSession.isAvailable, "tmux is needed for this test")
        let folder = DataFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let file = folder.path + "/chat.json"
        let json = """
            {"format": "ollama-tui-chat", "version": 1, "title": "Old chat", "model": "gone:latest",
             "created_at": 0, "updated_at": 0, "messages": [
               {"role": "user", "content": "An old question", "model": "gone:latest", "created_at": 0},
               {"role": "assistant", "content": "An old answer", "model": "gone:latest", "created_at": 1}]}
            """
        try json.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try await ChatHistoryTests.run(["--import", file], folder).status == 0)
        let server = try await ChatHistoryTests.colorServer()
        let session = try TmuxSession(
            arguments: ["--resume", "1"],
            environment: ["OLLAMA_HOST": server.hostValue, "OLLAMA_TUI_DATA_DIR": folder.path], columns: 120, rows: 30)
        #expect(await session.waitFor("Model gone:latest is not installed"))
        session.press("Down", "Enter")
        #expect(await session.waitFor("✅ Connected to tiny:latest"))
        #expect(session.text.contains("An old question") && session.text.contains("An old answer"))
        session.type("Still there?")
        session.press("Enter")
        #expect(await session.waitFor("Red, green and blue."))
        let body = try #require(server.requests.last { $0.path == "/api/chat" }).bodyText
        #expect(body.contains("An old question") && body.contains("An old answer") && body.contains("Still there?"))
        session.press("F10")
        #expect(await session.waitFor("__EXITED__ 0"))
        try await server.shutdown()
        let listing = try await ChatHistoryTests.run(["--list-chats"], folder)
        #expect(listing.stdout.hasSuffix("\ttiny:latest\t4\tOld chat\n"), "\(listing.stdout)")
    }
}
