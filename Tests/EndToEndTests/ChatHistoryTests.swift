import Foundation
import OllamaTestServer
import Testing

/// Chats saved by headless runs, listed, exported, imported and continued, in a data folder of
/// the test's own.
@Suite(.serialized)
struct ChatHistoryTests {
    /// A data folder for one test, removed after it.
    final class DataFolder: Sendable {
        let path = NSTemporaryDirectory() + "ollama-tui-history-" + UUID().uuidString
        var database: String { path + "/chats.sqlite" }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    static func run(_ arguments: [String], _ folder: DataFolder, host: String? = nil, stdin: String? = nil)
        async throws -> (status: Int32, stdout: String, stderr: String)
    {
        var environment = ["OLLAMA_TUI_DATA_DIR": folder.path]
        if let host { environment["OLLAMA_HOST"] = host }
        return try await ProcessRunner.run(arguments, environment: environment, stdin: stdin)
    }

    static func colorServer() async throws -> OllamaTestServer {
        try await OllamaTestServer.start(
            script: ServerScript(chat: .scripted(ChatScript(text: "Red, green and blue."))))
    }

    @Test func aHeadlessAnswerIsSavedAndListed() async throws {
        let folder = DataFolder()
        let server = try await Self.colorServer()
        let answer = try await Self.run(["-m", "tiny", "Name three colors"], folder, host: server.hostValue)
        try await server.shutdown()
        #expect(answer.status == 0)
        #expect(answer.stdout == "Red, green and blue.\n")
        let listing = try await Self.run(["--list-chats"], folder)
        #expect(listing.status == 0)
        let fields = listing.stdout.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
        #expect(fields.count == 1)
        let row = try #require(fields.first)
        #expect(row.count == 5)
        #expect(row.first == "1" && row.dropFirst(2).map(String.init) == ["tiny", "2", "Name three colors"])
        #expect(
            row.dropFirst().first.map {
                $0.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"#, options: .regularExpression) != nil
            } == true)
    }

    @Test func exportsMarkdownWithTheMetricsLine() async throws {
        let folder = DataFolder()
        let server = try await Self.colorServer()
        _ = try await Self.run(["-m", "tiny", "Name three colors"], folder, host: server.hostValue)
        try await server.shutdown()
        let export = try await Self.run(["--export", "last"], folder)
        #expect(export.status == 0)
        let text = export.stdout
        #expect(text.hasPrefix("# Name three colors\n\n*tiny · "))
        #expect(text.contains("\n\n## You\n\nName three colors\n\n## tiny\n\nRed, green and blue.\n\n> ⏱ "))
        #expect(
            text.range(of: #"> ⏱ \d+\.\d s • 🔢 20 chars • 📊 \d+ tok/s\n$"#, options: .regularExpression) != nil,
            "\(text)")
    }

    @Test func jsonExportAndImportRoundTrip() async throws {
        let folder = DataFolder()
        let server = try await Self.colorServer()
        _ = try await Self.run(["-m", "tiny", "Name three colors"], folder, host: server.hostValue)
        try await server.shutdown()
        let export = try await Self.run(["--export", "1", "--format", "json"], folder)
        #expect(export.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let messages = try #require(object["messages"] as? [[String: Any]])
        #expect(messages.map { $0["role"] as? String } == ["user", "assistant"])
        #expect(messages.map { $0["content"] as? String } == ["Name three colors", "Red, green and blue."])
        #expect(object["title"] as? String == "Name three colors")
        #expect((messages.last?["metrics"] as? [String: Any])?["characters"] as? Int == 20)

        let file = folder.path + "/chat.json"
        try export.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        let other = DataFolder()
        let imported = try await Self.run(["--import", file], other)
        #expect(imported.status == 0)
        #expect(imported.stdout == "Imported as chat 1 (2 messages)\n")
        let again = try await Self.run(["--export", "last", "--format", "json"], other)
        #expect(again.stdout == export.stdout)
    }

    @Test(arguments: [
        ("not json at all", "the file is not JSON"),
        ("{\"messages\": []}", "it is not an ollama-tui chat export"),
        ("{\"format\": \"ollama-tui-chat\", \"version\": 1}", "title is missing"),
        ("{\"format\": \"ollama-tui-chat\", \"version\": 9}", "it is format version 9, from a newer ollama-tui"),
        ("{\"format\": \"something-else\", \"version\": 1}", "it is not an ollama-tui chat export"),
        (
            "{\"format\": \"ollama-tui-chat\", \"version\": 1, \"title\": \"t\", \"created_at\": 0, \"updated_at\": 0, "
                + "\"messages\": [{\"role\": \"robot\", \"content\": \"hi\", \"created_at\": 0}]}",
            "messages[0].role has a wrong value"
        ),
    ])
    func aBadImportIsAClearErrorAndStoresNothing(_ contents: String, _ reason: String) async throws {
        let folder = DataFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let file = folder.path + "/bad.json"
        try contents.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try await Self.run(["--import", file], folder)
        #expect(result.status == 2)
        #expect(result.stderr == "Cannot import \(file): \(reason). Nothing was stored.\n")
        #expect(try await Self.run(["--list-chats"], folder).stdout.isEmpty)
    }

    @Test func continueSendsTheHistoryAndAddsTheTurn() async throws {
        let folder = DataFolder()
        let server = try await Self.colorServer()
        _ = try await Self.run(["-m", "tiny", "Name three colors"], folder, host: server.hostValue)
        let next = try await Self.run(["--continue", "And one more?"], folder, host: server.hostValue)
        #expect(next.status == 0)
        let body = try #require(server.requests.last { $0.path == "/api/chat" }).bodyText
        try await server.shutdown()
        let request = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        let sent = try #require(request["messages"] as? [[String: Any]])
        #expect(
            sent.map { $0["content"] as? String } == ["Name three colors", "Red, green and blue.", "And one more?"])
        #expect(request["model"] as? String == "tiny")
        let listing = try await Self.run(["--list-chats"], folder)
        #expect(listing.stdout.split(separator: "\n").count == 1)
        #expect(listing.stdout.contains("\t4\tName three colors\n"))
    }

    @Test func aCorruptDatabaseIsReportedAndTheAnswerStillPrinted() async throws {
        let folder = DataFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) })
        try garbage.write(to: URL(fileURLWithPath: folder.database))
        let server = try await Self.colorServer()
        let result = try await Self.run(["-m", "tiny", "Name three colors"], folder, host: server.hostValue)
        try await server.shutdown()
        #expect(result.status == 5)
        #expect(result.stdout == "Red, green and blue.\n")
        #expect(
            result.stderr.hasPrefix(
                "💾 Chats are not saved: the file is not a chat database (\(folder.database)). "
                    + "The file was left as it is; this chat stays in memory.\n"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.database)) == garbage)
        let listing = try await Self.run(["--list-chats"], folder)
        #expect(listing.status == 5)
    }

    @Test func noHistorySavesNothing() async throws {
        let folder = DataFolder()
        let server = try await Self.colorServer()
        let result = try await Self.run(
            ["--no-history", "-m", "tiny", "Name three colors"], folder, host: server.hostValue)
        try await server.shutdown()
        #expect(result.status == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.path))
        let listing = try await Self.run(["--no-history", "--list-chats"], folder)
        #expect(listing.status == 2)
        #expect(listing.stderr.contains("--no-history"))
    }

    @Test func listedTitlesAreInert() async throws {
        let folder = DataFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let file = folder.path + "/chat.json"
        let json = """
            {"format": "ollama-tui-chat", "version": 1, "title": "a\\u001b[31mred\\nline\\tx\\u0000y", "created_at": 0,
             "updated_at": 0, "messages": [{"role": "user", "content": "hi\\u0000there", "created_at": 0}]}
            """
        try json.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try await Self.run(["--import", file], folder).status == 0)
        let listing = try await Self.run(["--list-chats"], folder)
        #expect(listing.stdout.hasSuffix("\t1\ta [31mred line x y\n"))
        let export = try await Self.run(["--export", "last", "--format", "json"], folder)
        #expect(export.stdout.contains(#""content" : "hi\u0000there""#))
    }

    @Test func twoProcessesSavingAtOnceLoseNothing() async throws {
        let folder = DataFolder()
        let server = try await Self.colorServer()
        let count = 6
        try await withThrowingTaskGroup(of: Int32.self) { group in
            for index in 0..<count {
                group.addTask {
                    try await Self.run(["-m", "tiny", "prompt \(index)"], folder, host: server.hostValue).status
                }
            }
            for try await status in group { #expect(status == 0) }
        }
        try await server.shutdown()
        let listing = try await Self.run(["--list-chats"], folder)
        let titles = listing.stdout.split(separator: "\n").compactMap {
            $0.split(separator: "\t").last.map(String.init)
        }
        #expect(Set(titles) == Set((0..<count).map { "prompt \($0)" }))
        #expect(listing.stdout.split(separator: "\n").allSatisfy { $0.contains("\ttiny\t2\t") })
    }

    @Test func anUnknownChatIsAClearError() async throws {
        let folder = DataFolder()
        let result = try await Self.run(["--export", "42"], folder)
        #expect(result.status == 2)
        #expect(result.stderr == "No stored chat 42 (see --list-chats)\n")
    }
}
