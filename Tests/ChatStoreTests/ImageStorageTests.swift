import ChatCore
import Foundation
import Testing

@testable import ChatStore

/// Images sent with a prompt are kept with it, exported in Ollama's shape and imported back.
struct ImageStorageTests {
    static let image = ImageAttachment(name: "cat.png", byteCount: 8, base64: "iVBORw0KGgo=")

    static func promptWithImage() -> SessionHistory.Entry {
        SessionHistory.Entry(
            role: .user, content: "What is it?", createdAt: Entries.start, images: [image, image])
    }

    @Test func anImageIsStoredAndLoadedWithItsMessage() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let chat = try await database.createChat(title: "t", model: nil, createdAt: Entries.start)
        _ = try await database.append(Self.promptWithImage(), to: chat)
        _ = try await database.append(Entries.answer("A cat."), to: chat)
        let stored = try #require(try await database.loadChat(chat, tail: nil))
        #expect(stored.history.entries.first?.images == [Self.image, Self.image])
        #expect(stored.history.entries.last?.images == [])
    }

    @Test func exportAndImportKeepImages() throws {
        let summary = ChatSummary(
            id: 1, title: "t", model: "tiny:latest", createdAt: Entries.start, updatedAt: Entries.start, messageCount: 1
        )
        let chat = StoredChat(
            summary: summary, history: SessionHistory(entries: [Self.promptWithImage()]), firstPosition: 0)
        let json = try ChatExport(chat).json()
        #expect(json.contains("\"images\" : [\n        \"iVBORw0KGgo=\""))
        let back = try ChatExport.read(Data(json.utf8))
        #expect(back.history.entries.first?.images == [Self.image, Self.image])

        let broken = json.replacingOccurrences(of: "iVBORw0KGgo=", with: "not base64!")
        #expect(throws: ImportProblem.badValue("messages[0].images[0]")) { try ChatExport.read(Data(broken.utf8)) }
    }
}
