import Foundation
import OllamaTestServer
import Testing

/// The chat list (F4) in tmux against the test server: saved chats are listed, a word from an
/// old one finds it, and opening it continues it with its history sent.
@Suite(.serialized)
struct ChatListEndToEndTests {
    typealias DataFolder = ChatHistoryTests.DataFolder

    @Test func aSearchFindsAnOldChatWhichOpensAndGoesOn() async throws {
        #expect(TmuxSession.isAvailable, "tmux is needed for this test")
        let folder = DataFolder()
        let server = try await ChatHistoryTests.colorServer()
        // Two chats saved by headless runs: the walrus one first, so it is the older.
        for prompt in ["Where does the walrus sleep?", "Name three colors"] {
            let run = try await ChatHistoryTests.run(["-m", "tiny", prompt], folder, host: server.hostValue)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let session = try await FullScreenHistoryTests.connected(server, folder)
        session.press("F4")
        #expect(await session.waitFor { $0.contains("Chats") && $0.contains("Where does the walrus sleep?") })
        let listed = session.text
        let newest = try #require(listed.range(of: "Name three colors"))
        let older = try #require(listed.range(of: "Where does the walrus sleep?"))
        #expect(newest.lowerBound < older.lowerBound, "newest first")
        #expect(listed.contains(" · 2 messages"), "\(listed)")

        session.type("walr")
        #expect(await session.waitFor { !$0.contains("Name three colors") && $0.contains("walrus") })
        session.press("Enter")
        #expect(await session.waitFor("Opened “Where does the walrus sleep?”"))
        #expect(session.text.contains("Red, green and blue."))

        session.type("And where does it eat?")
        session.press("Enter")
        #expect(await session.waitFor { $0.components(separatedBy: "Red, green and blue.").count == 3 })
        let body = try #require(server.requests.last { $0.path == "/api/chat" }).bodyText
        let request = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        let sent = try #require(request["messages"] as? [[String: Any]])
        #expect(
            sent.map { $0["content"] as? String } == [
                "Where does the walrus sleep?", "Red, green and blue.", "And where does it eat?",
            ])
        // Finding in the open chat: the words marked, the match counted.
        session.press("C-r")
        session.type("walrus")
        #expect(await session.waitFor { $0.contains("Find: walrus") && $0.contains("1/1") })
        session.press("Escape")
        #expect(await session.waitFor { !$0.contains("Find:") })
        session.press("F10")
        #expect(await session.waitFor("__EXITED__ 0"))
        try await server.shutdown()
        let after = try await ChatHistoryTests.run(["--list-chats"], folder)
        let lines = after.stdout.split(separator: "\n")
        #expect(lines.count == 2, "the opened chat was continued, not copied: \(after.stdout)")
        #expect(lines.first?.hasSuffix("\t4\tWhere does the walrus sleep?") == true, "\(after.stdout)")
    }
}
