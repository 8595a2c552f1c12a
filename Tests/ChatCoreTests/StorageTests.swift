import Foundation
import OllamaKit
import Testing

@testable import ChatCore

/// The archive's pieces that need no database: titles, the write throttle, settings, words, exports.
struct StorageTests {
    @Test func aTitleIsTheFirstLineOfThePrompt() {
        #expect(ChatTitle.from(prompt: "\n  \n   Name three colors\nplease") == "Name three colors")
        #expect(ChatTitle.from(prompt: "") == "")
        let long = String(repeating: "é", count: 200)
        #expect(ChatTitle.from(prompt: long) == String(repeating: "é", count: 79) + "…")
        #expect(ChatTitle.printable("a\u{1B}[31m\tb\u{0}\u{9B}c\u{7F}") == "a [31m b  c ")
    }

    @Test func theThrottleAllowsOneWritePerInterval() {
        var throttle = WriteThrottle(interval: .seconds(1))
        let start = ContinuousClock.now
        var allowed: [Bool] = []
        for seconds in [0, 0.2, 0.99, 1.0, 1.5, 2.1, 2.2] {
            allowed.append(throttle.allows(at: start + .seconds(seconds)))
        }
        #expect(allowed == [true, false, false, true, false, true, false])
        throttle.reset()
        let afterReset = throttle.allows(at: start + .seconds(2.3))
        #expect(afterReset)
    }

    @Test func theDataFolderFollowsXDG() throws {
        func folder(_ environment: [String: String], _ overrides: Configuration.Overrides = .init()) throws -> String? {
            try Configuration.resolve(overrides: overrides, environment: environment, dotEnv: [:]).databasePath
        }
        #expect(try folder(["HOME": "/home/u"]) == "/home/u/.local/share/ollama-tui/chats.sqlite")
        #expect(try folder(["HOME": "/home/u", "XDG_DATA_HOME": "/data"]) == "/data/ollama-tui/chats.sqlite")
        #expect(
            try folder(["HOME": "/home/u", "XDG_DATA_HOME": "relative"])
                == "/home/u/.local/share/ollama-tui/chats.sqlite")
        #expect(try folder(["HOME": "/h", "OLLAMA_TUI_DATA_DIR": "/chats/"]) == "/chats/chats.sqlite")
        #expect(
            try folder(["HOME": "/h", "OLLAMA_TUI_DATA_DIR": "/chats"], .init(dataDirectory: "/flag"))
                == "/flag/chats.sqlite")
        #expect(try folder(["HOME": "/h"], .init(noHistory: true)) == nil)
        #expect(try folder(["HOME": "/h", "OLLAMA_TUI_NO_HISTORY": "1"]) == nil)
        #expect(try folder(["HOME": "/h", "OLLAMA_TUI_NO_HISTORY": "0"]) != nil)
        #expect(try folder([:]) == nil)
    }

    @Test func storageProblemsInBothLanguages() {
        #expect(
            Strings(.english).storageProblem(.readOnly, path: "/d/chats.sqlite")
                == "💾 Chats are not saved: the file or its folder is read-only (/d/chats.sqlite). "
                + "The file was left as it is; this chat stays in memory.")
        #expect(
            Strings(.russian).storageProblem(.newerSchema, path: "/d/chats.sqlite")
                == "💾 Чаты не сохраняются: его записала более новая версия ollama-tui; обновите эту "
                + "(/d/chats.sqlite). Файл не изменён; этот чат остаётся в памяти.")
    }

    @Test func anExportReadsBackAsTheSameHistory() throws {
        let start = Date(timeIntervalSince1970: 1_700_000_000.25)
        let history = SessionHistory(entries: [
            SessionHistory.Entry(role: .user, content: "hi\0", model: "m", createdAt: start),
            SessionHistory.Entry(
                role: .assistant, content: "he", thinking: "t", thinkingSeconds: 0.5, model: "m", createdAt: start,
                finishedAt: start + 1, ending: .failed(.streamError(message: "boom")),
                metrics: Metrics(wallSeconds: 1, characters: 2)),
            SessionHistory.Entry(role: .assistant, content: "x", createdAt: start, ending: .stopped),
        ])
        let summary = ChatSummary(id: 7, title: "t", model: "m", createdAt: start, updatedAt: start, messageCount: 3)
        let export = ChatExport(StoredChat(summary: summary, history: history, firstPosition: 0))
        let read = try ChatExport.read(Data(try export.json().utf8))
        #expect(read == export)
        #expect(read.history == history)
    }

    @Test func aBadExportIsNamed() {
        func problem(_ text: String) -> ImportProblem? {
            do {
                _ = try ChatExport.read(Data(text.utf8))
                return nil
            } catch {
                return error
            }
        }
        let head = #"{"format": "ollama-tui-chat", "version": 1, "title": "t", "created_at": 0, "updated_at": 0, "#
        #expect(problem("[1, 2") == .notJSON)
        #expect(problem(head + #""messages": []}"#) == .noMessages)
        #expect(problem(head + #""messages": [{"role": "user", "created_at": 0}]}"#) == .missing("messages[0].content"))
        #expect(
            problem(head + #""messages": [{"role": "user", "content": 5, "created_at": 0}]}"#)
                == .badValue("messages[0].content"))
        #expect(
            problem(head + #""messages": [{"role": "user", "content": "", "created_at": 0, "ending": "odd"}]}"#)
                == .badValue("messages[0].ending"))
    }
}
