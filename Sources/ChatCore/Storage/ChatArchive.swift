#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A stored chat's number, unique in its archive.
public typealias ChatID = Int64

/// Where chats are kept between runs: the interface the UI and headless mode write through.
/// Every call runs off the caller's queue; a failure is a `StorageError` and changes nothing.
public protocol ChatArchive: Sendable {
    /// Starts a chat with `settings`; `title` is usually the first prompt (see `ChatTitle`).
    func createChat(title: String, model: String?, settings: ChatSettings, createdAt: Date)
        async throws(StorageError) -> ChatID

    /// Replaces the chat's settings (its system prompt or an option changed).
    func saveSettings(_ settings: ChatSettings, of chat: ChatID) async throws(StorageError)

    /// Adds `entry` after the chat's last message; returns its position. A `streaming` entry (an
    /// answer still arriving) is stored and loaded like any other but found by search only once
    /// it is written finished: indexing a growing answer at every write would cost more than
    /// the write.
    func append(_ entry: SessionHistory.Entry, to chat: ChatID, streaming: Bool) async throws(StorageError) -> Int

    /// Writes `entry` at `position`, replacing what is there (an answer as it streams, then
    /// finished).
    func update(_ entry: SessionHistory.Entry, at position: Int, in chat: ChatID, streaming: Bool)
        async throws(StorageError)

    /// Takes out the messages from `position` on (a prompt withdrawn with its empty answer).
    func removeMessages(from position: Int, in chat: ChatID) async throws(StorageError)

    func rename(_ chat: ChatID, to title: String) async throws(StorageError)

    /// Deletes the chat and its messages.
    func delete(_ chat: ChatID) async throws(StorageError)

    /// Chats, most recently updated first.
    func listChats(limit: Int, offset: Int) async throws(StorageError) -> [ChatSummary]

    /// Chats whose title or messages contain every word of `text` (the last one as a prefix),
    /// best first. Any text is a valid query.
    func search(_ text: String, limit: Int) async throws(StorageError) -> [SearchHit]

    /// The chat with its messages, or only its last `tail` messages; nil if there is no such chat.
    func loadChat(_ chat: ChatID, tail: Int?) async throws(StorageError) -> StoredChat?

    /// The most recently updated chat.
    func newestChat() async throws(StorageError) -> ChatID?

    /// Stores a whole chat at once (an import): all of it or, on failure, nothing.
    func importChat(
        title: String, model: String?, settings: ChatSettings, createdAt: Date, updatedAt: Date,
        history: SessionHistory
    ) async throws(StorageError) -> ChatID
}

extension ChatArchive {
    /// Adds a finished entry.
    public func append(_ entry: SessionHistory.Entry, to chat: ChatID) async throws(StorageError) -> Int {
        try await append(entry, to: chat, streaming: false)
    }

    /// Writes a finished entry at `position`.
    public func update(_ entry: SessionHistory.Entry, at position: Int, in chat: ChatID) async throws(StorageError) {
        try await update(entry, at: position, in: chat, streaming: false)
    }
}
