import ChatCore
import Foundation
import OllamaKit
import Testing

@testable import TerminalUI

/// The chat list: what it asks the runtime for as the user types and chooses, and what opening
/// a chat does to the session.
struct ChatListTests {
    static let rows = [
        ChatListPanel.Row(chat: 2, title: "Walruses", detail: "tiny:latest · 2026-12-01 10:00 · 4 messages"),
        ChatListPanel.Row(chat: 1, title: "Sorting", detail: "tiny:latest · 2026-11-30 09:00 · 2 messages"),
    ]

    func listed() -> AppState {
        var state = AppState.connected()
        #expect(state.press(.function(4)) == [.listChats(query: "")])
        _ = state.update(.chatsListed(query: "", .success(Self.rows)))
        return state
    }

    static func stored(_ id: ChatID, turns: Int) -> StoredChat {
        var history = SessionHistory()
        for turn in 1...turns {
            history.add(role: .user, content: "question \(turn)")
            history.add(role: .assistant, content: "answer \(turn)")
        }
        let summary = ChatSummary(
            id: id, title: "Old chat", model: "tiny:latest", createdAt: Date(timeIntervalSince1970: 0),
            updatedAt: Date(timeIntervalSince1970: 0), messageCount: turns * 2)
        return StoredChat(summary: summary, history: history, firstPosition: 0)
    }

    @Test func f4ListsTheChatsNewestFirst() {
        var state = listed()
        let screen = state.screen(rows: 24, columns: 80)
        #expect(screen.contains { $0.contains("Walruses") })
        #expect(screen.contains { $0.contains("tiny:latest · 2026-11-30 09:00 · 2 messages") })
        #expect(screen.contains { $0.contains("Chats") })
    }

    @Test func typingSearchesAndOldResultsAreDropped() {
        var state = listed()
        #expect(state.type("wal") == [.listChats(query: "w"), .listChats(query: "wa"), .listChats(query: "wal")])
        let hit = ChatListPanel.Row(
            chat: 2, title: "Walruses", detail: "", snippet: "the walrus sleeps", matches: [], position: 3)
        _ = state.update(.chatsListed(query: "wal", .success([hit])))
        // An answer for an earlier search, arriving late, does not replace it.
        _ = state.update(.chatsListed(query: "wa", .success([])))
        #expect(state.screen(rows: 24, columns: 80).contains { $0.contains("the walrus sleeps") })
        #expect(state.press(.enter) == [.loadChat(2, position: 3)])
    }

    @Test func theFoundWordsAreMarked() {
        var state = listed()
        state.type("walrus")
        let snippet = "the walrus sleeps"
        let range = snippet.range(of: "walrus")
        let hit = ChatListPanel.Row(
            chat: 2, title: "Walruses", detail: "", snippet: snippet, matches: range.map { [$0] } ?? [], position: 1)
        _ = state.update(.chatsListed(query: "walrus", .success([hit])))
        let (canvas, _) = state.canvas(rows: 24, columns: 80)
        let row = (0..<canvas.rows).first { canvas.text(row: $0).contains("the walrus sleeps") }
        let marked = row.map { roles(canvas, row: $0) } ?? ""
        #expect(marked.contains("??????"), "the word is marked: \(marked)")
    }

    @Test func openingAChatReplacesTheSessionAndScrollsToTheMatch() {
        var state = AppState.connected()
        state.type("current")
        state.press(.enter)
        state.stream(.content("unfinished"))
        _ = state.update(.resize(rows: 14, columns: 60))
        let effects = state.update(.chatLoaded(Self.stored(9, turns: 12), position: 2))
        #expect(effects.contains(.cancelChat), "the answer on screen stops")
        #expect(state.session.chatID == 9)
        #expect(state.history.count == 24)
        let screen = state.screen(rows: 14, columns: 60)
        #expect(screen.contains("   question 2"), "scrolled to the found message")
        #expect(!screen.contains("   question 12"))
        guard
            case .startChat(let messages, _, _)? = { () -> [AppState.Effect] in
                state.type("more")
                return state.press(.enter)
            }().first
        else {
            Issue.record("nothing sent")
            return
        }
        #expect(messages.count == 25, "the whole history is sent with the next message")
    }

    @Test func aChatWhoseModelIsGoneOpensThePicker() {
        var state = AppState.connected()
        var chat = Self.stored(3, turns: 1)
        chat.summary.model = "llama9:70b"
        _ = state.update(.chatLoaded(chat, position: nil))
        #expect(state.picker != nil)
        #expect(state.history.count == 2, "the chat is kept")
    }

    @Test func renameAndDeleteAskFirst() {
        var state = listed()
        state.press(.control("r"))
        state.press(.control("u"))
        state.type("Seals")
        #expect(state.press(.enter) == [.renameChat(2, title: "Seals", query: "")])
        state.press(.delete)
        #expect(state.screen(rows: 24, columns: 80).contains { $0.contains("Delete the chat?") })
        #expect(state.press(.escape).isEmpty, "Esc keeps it")
        state.press(.delete)
        #expect(state.press(.enter) == [.deleteChat(2, query: "")])
    }

    @Test func withoutHistoryTheListSaysWhy() {
        var state = AppState.connected()
        state.press(.function(4))
        _ = state.update(.chatsListed(query: "", .failure(.historyOff)))
        #expect(state.screen(rows: 24, columns: 80).contains { $0.contains("--no-history") })
    }

    @Test func ctrlNStartsANewChat() {
        var state = AppState.connected()
        state.type("hi")
        state.press(.enter)
        state.stream(.content("hello"))
        state.stream(.done(ChatCounters()))
        state.press(.function(4))
        state.press(.control("n"))
        #expect(state.history.isEmpty)
        #expect(state.overlay == nil)
    }
}
