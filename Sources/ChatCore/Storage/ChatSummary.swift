#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A stored chat as the list shows it.
public struct ChatSummary: Sendable, Equatable {
    public var id: ChatID
    public var title: String
    public var model: String?
    public var createdAt: Date
    public var updatedAt: Date
    public var messageCount: Int

    public init(id: ChatID, title: String, model: String?, createdAt: Date, updatedAt: Date, messageCount: Int) {
        self.id = id
        self.title = title
        self.model = model
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.messageCount = messageCount
    }
}

/// A stored chat with its messages (all of them, or the last ones first).
public struct StoredChat: Sendable, Equatable {
    public var summary: ChatSummary
    public var history: SessionHistory
    /// The position of the first entry of `history`: 0 unless only the tail was loaded.
    public var firstPosition: Int
    /// The chat's system prompt and options, sent with every request when it goes on.
    public var settings: ChatSettings

    public init(
        summary: ChatSummary, history: SessionHistory, firstPosition: Int, settings: ChatSettings = ChatSettings()
    ) {
        self.summary = summary
        self.history = history
        self.firstPosition = firstPosition
        self.settings = settings
    }

    /// True when every message of the chat is in `history`.
    public var isWhole: Bool { firstPosition == 0 }
}
