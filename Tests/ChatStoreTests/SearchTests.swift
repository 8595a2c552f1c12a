import ChatCore
import Foundation
import Testing

@testable import ChatStore

/// Full-text search: any text is a query, matches are marked in the snippet.
struct SearchTests {
    @Test func findsAWordWithItsSnippetAndPosition() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let chat = try await database.createChat(title: "Animals", model: nil, createdAt: Entries.start)
        _ = try await database.append(Entries.prompt("Tell me about walruses"), to: chat)
        _ = try await database.append(Entries.answer("The Walrus lives in the Arctic. A walrus eats clams."), to: chat)
        let hits = try await database.search("walrus", limit: 10)
        #expect(hits.count == 2)
        let answer = try #require(hits.first { $0.position == 1 })
        #expect(answer.chat == chat && answer.title == "Animals")
        #expect(answer.snippet == "The Walrus lives in the Arctic. A walrus eats clams.")
        #expect(answer.matches.map { String(answer.snippet[$0]) } == ["Walrus", "walrus"])
        let prompt = try #require(hits.first { $0.position == 0 })
        #expect(prompt.matches.map { String(prompt.snippet[$0]) } == ["walruses"])
    }

    @Test func everyWordMustOccurTheLastAsAPrefix() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let chat = try await database.createChat(title: "t", model: nil, createdAt: Entries.start)
        _ = try await database.append(Entries.prompt("red apples and green pears"), to: chat)
        _ = try await database.append(Entries.prompt("red cars"), to: chat)
        #expect(try await database.search("red pea", limit: 10).map(\.position) == [0])
        #expect(try await database.search("RED", limit: 10).count == 2)
        #expect(try await database.search("  ", limit: 10).isEmpty)
    }

    @Test func russianAndOtherScriptsAreWords() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let chat = try await database.createChat(title: "t", model: nil, createdAt: Entries.start)
        _ = try await database.append(Entries.prompt("Привет, Мир! Как дела?"), to: chat)
        let hits = try await database.search("мир", limit: 10)
        #expect(hits.count == 1)
        #expect(hits.first.map { hit in hit.matches.map { String(hit.snippet[$0]) } } == ["Мир"])
    }

    @Test(arguments: [
        "\"", "\"\"", "AND", "a AND", "OR b", "NOT", "NEAR(a b)", "(", ")", "*", "a*b", "^", ":", "col:word", "{a b}",
        "-", "+", "'", "\\", "\0", "\u{1B}[31m", "a\"b", "\"unterminated", "🦭", "…",
    ])
    func noTextIsASyntaxError(_ text: String) async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let chat = try await database.createChat(title: "t", model: nil, createdAt: Entries.start)
        _ = try await database.append(Entries.prompt("some AND text with \"quotes\" and NEAR (brackets) 🦭"), to: chat)
        _ = try await database.search(text, limit: 10)
    }

    @Test func quotesInTheTextAreSearchedAsText() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let chat = try await database.createChat(title: "t", model: nil, createdAt: Entries.start)
        _ = try await database.append(Entries.prompt("say \"AND\" loudly"), to: chat)
        #expect(try await database.search("\"AND\"", limit: 10).count == 1)
        #expect(try await database.search("and OR", limit: 10).isEmpty)
    }

    @Test func titlesMatchToo() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let chat = try await database.createChat(title: "Holiday plans", model: nil, createdAt: Entries.start)
        _ = try await database.append(Entries.prompt("Where should we go?"), to: chat)
        let hits = try await database.search("holiday", limit: 10)
        #expect(hits.count == 1)
        #expect(hits.first?.position == nil)
        #expect(hits.first.map { hit in hit.matches.map { String(hit.snippet[$0]) } } == ["Holiday"])
    }

    @Test func markBytesInTheTextCannotBeMistakenForMarks() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let chat = try await database.createChat(title: "t", model: nil, createdAt: Entries.start)
        let text = "\u{FE}\u{FF} þÿ marker \u{E000}test\u{E001}"
        _ = try await database.append(Entries.prompt(text), to: chat)
        let hit = try #require(try await database.search("marker", limit: 10).first)
        #expect(hit.snippet == text)
        #expect(hit.matches.map { String(hit.snippet[$0]) } == ["marker"])
    }

    @Test func theLimitHolds() async throws {
        let folder = try TemporaryFolder()
        let database = try ChatDatabase.open(path: folder.database)
        let chat = try await database.createChat(title: "word", model: nil, createdAt: Entries.start)
        for index in 0..<30 { _ = try await database.append(Entries.prompt("word \(index)"), to: chat) }
        let hits = try await database.search("word", limit: 10)
        #expect(hits.count == 10)
        #expect(hits.first?.position == nil)
        #expect(hits.dropFirst().map(\.position) == (21..<30).reversed().map { $0 })
    }

    @Test func theQueryQuotesEveryWord() {
        #expect(SearchQuery.match("red  pea") == "\"red\" \"pea\"*")
        #expect(SearchQuery.match("say \"hi\"") == "\"say\" \"\"\"hi\"\"\"*")
        #expect(SearchQuery.match(" \n\t") == nil)
    }
}
