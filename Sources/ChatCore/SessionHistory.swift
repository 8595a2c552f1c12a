import OllamaKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The conversation of this session: the one source of truth that requests are built from and
/// the transcript is drawn from (a reopened chat, a re-render and a folded block all start here).
public struct SessionHistory: Sendable, Equatable, Codable {
    /// One message and everything that became of it.
    public struct Entry: Sendable, Equatable, Codable {
        public var role: ChatMessage.Role
        public var content: String
        /// The model's reasoning before its answer; shown, never sent back.
        public var thinking: String
        /// How long the model thought before it began its answer (or until it ended), in seconds.
        public var thinkingSeconds: Double?
        /// The model a prompt was sent to, or that wrote the answer.
        public var model: String?
        /// When a prompt was sent, or an answer was asked for.
        public var createdAt: Date
        /// When an answer ended; nil for prompts.
        public var finishedAt: Date?
        public var ending: Ending
        public var metrics: Metrics?
        /// Images sent with a prompt.
        public var images: [ImageAttachment]

        public init(
            role: ChatMessage.Role, content: String, thinking: String = "", thinkingSeconds: Double? = nil,
            model: String? = nil,
            createdAt: Date = Date(), finishedAt: Date? = nil, ending: Ending = .complete, metrics: Metrics? = nil,
            images: [ImageAttachment] = []
        ) {
            self.role = role
            self.content = content
            self.thinking = thinking
            self.thinkingSeconds = thinkingSeconds
            self.model = model
            self.createdAt = createdAt
            self.finishedAt = finishedAt
            self.ending = ending
            self.metrics = metrics
            self.images = images
        }

        /// True for an answer that did not finish.
        public var isCutShort: Bool { ending != .complete }
    }

    /// How a message ended: complete, stopped by the user, or cut short by an error.
    public enum Ending: Sendable, Equatable, Codable {
        case complete
        case stopped
        case failed(OllamaError)
    }

    public private(set) var entries: [Entry] = []

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }

    public mutating func add(_ entry: Entry) {
        entries.append(entry)
    }

    public mutating func add(role: ChatMessage.Role, content: String) {
        entries.append(Entry(role: role, content: content))
    }

    /// The messages as `/api/chat` takes them: role, content and images, no thinking. Answers cut short
    /// are sent as far as they got; an answer with no text at all is left out.
    public func forAPI() -> [ChatMessage] {
        entries.compactMap { entry in
            if entry.role == .assistant && entry.content.isEmpty { return nil }
            return ChatMessage(role: entry.role, content: entry.content, images: entry.images.map(\.base64))
        }
    }

    public mutating func clear() {
        entries.removeAll()
    }

    /// Takes out the last `count` entries (a prompt that got no answer, with its empty answer).
    mutating func removeLast(_ count: Int) {
        entries.removeLast(min(count, entries.count))
    }
}
