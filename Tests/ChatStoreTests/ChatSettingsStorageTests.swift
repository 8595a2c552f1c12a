import ChatCore
import Foundation
import OllamaKit
import Testing

@testable import ChatStore

/// A chat's settings are stored with it, come back with it, and survive an upgrade from the
/// schema that had none.
struct ChatSettingsStorageTests {
    static func settings() throws -> ChatSettings {
        var settings = ChatSettings(system: "Answer in French.", think: .high)
        try settings.set("temperature", text: "0.2")
        try settings.set("stop", text: "User: \"\\n\\n\"")
        try settings.set("keep_alive", text: "-1")
        return settings
    }

    @Test func settingsComeBackWithTheChat() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let settings = try Self.settings()
        let chat = try await database.createChat(title: "t", model: nil, settings: settings, createdAt: Entries.start)
        #expect(try await database.loadChat(chat, tail: nil)?.settings == settings)
        var changed = settings
        try changed.set("top_k", text: "7")
        changed.system = ""
        try await database.saveSettings(changed, of: chat)
        #expect(try await database.loadChat(chat, tail: nil)?.settings == changed)
        await #expect(throws: StorageError.self) { try await database.saveSettings(changed, of: chat + 1) }
    }

    @Test func theRecorderSavesTheSettingsWhenTheyChange() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let recorder = ChatRecorder(archive: database)
        let first = try Self.settings()
        recorder.settingsChanged(first)
        recorder.promptSent(Entries.prompt("Hi"))
        let created = try #require(await recorder.finish().chat)
        #expect(try await database.loadChat(created, tail: nil)?.settings == first)

        let again = ChatRecorder(archive: database, chat: created)
        var second = first
        try second.set("seed", text: "42")
        again.settingsChanged(second)
        _ = await again.finish()
        #expect(try await database.loadChat(created, tail: nil)?.settings == second)
    }

    @Test func aDatabaseOfThePreviousSchemaIsUpgraded() async throws {
        let folder = try TemporaryFolder()
        do {
            let db = try SQLiteConnection(path: folder.database, busyTimeout: 3)
            try ChatSchema.migrate(db, upTo: "v1: chats, messages, search")
            try db.execute(
                sql: "INSERT INTO chat (title, model, createdAt, updatedAt) VALUES (?, 'tiny', 0, 0)",
                arguments: [MessageColumns.blob("old chat")])
            #expect(try db.value(sql: "PRAGMA user_version").int == 1)
        }

        let database = try ChatDatabase.open(path: folder.database)
        let chat = try #require(try await database.newestChat())
        let stored = try #require(try await database.loadChat(chat, tail: nil))
        #expect(stored.summary.title == "old chat")
        #expect(stored.settings == ChatSettings())
        let settings = try Self.settings()
        try await database.saveSettings(settings, of: chat)
        #expect(try await database.loadChat(chat, tail: nil)?.settings == settings)
    }

    @Test func storedSettingsAreDataAndABadOneIsLeftOut() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let chat = try await database.createChat(title: "t", model: nil, createdAt: Entries.start)
        try await database.write { db in
            try db.execute(
                sql: "UPDATE chat SET settings = ? WHERE id = ?",
                arguments: [#"{"options": {"top_k": 0}, "system": "x"}"#, chat])
        }
        #expect(try await database.loadChat(chat, tail: nil)?.settings == ChatSettings())
    }

    @Test func theExportHasTheSystemMessageFirstAndTheOptionsAndImportReadsThemBack() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let settings = try Self.settings()
        let chat = try await database.createChat(
            title: "Hi", model: "tiny", settings: settings, createdAt: Entries.start)
        _ = try await database.append(Entries.prompt("Hi"), to: chat)
        let stored = try #require(try await database.loadChat(chat, tail: nil))
        let json = try ChatExport(stored).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let messages = try #require(object["messages"] as? [[String: Any]])
        #expect(messages.first?["role"] as? String == "system")
        #expect(messages.first?["content"] as? String == "Answer in French.")
        let options = try #require(object["options"] as? [String: Any])
        #expect(options["temperature"] as? Double == 0.2)
        #expect(options["stop"] as? [String] == ["User:", "\n\n"])
        #expect(object["think"] as? String == "high")
        #expect(object["keep_alive"] as? Double == -1)
        #expect(object["system"] == nil)

        let export = try ChatExport.read(Data(json.utf8))
        #expect(export.settings == settings)
        #expect(export.history == stored.history)
        let imported = try await database.importChat(
            title: export.title, model: export.model, settings: export.settings, createdAt: export.createdAt,
            updatedAt: export.updatedAt, history: export.history)
        #expect(try await database.loadChat(imported, tail: nil)?.settings == settings)
    }

    @Test func anImportWithABadOptionNamesIt() throws {
        let json = #"""
            {"format": "ollama-tui-chat", "version": 1, "title": "t", "created_at": 0, "updated_at": 0,
             "messages": [{"role": "user", "content": "Hi", "created_at": 0}], "options": {"top_p": 3}}
            """#
        #expect(throws: ImportProblem.badValue("options.top_p")) { try ChatExport.read(Data(json.utf8)) }
    }
}
