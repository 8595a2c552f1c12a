import Foundation
import OllamaKit

/// The conversation of this session, sent with every request.
public struct SessionHistory: Sendable, Equatable {
    /// One message and what became of it.
    public struct Entry: Sendable, Equatable {
        public var role: ChatMessage.Role
        public var content: String
        public var timestamp: Date
        public var ending: Ending
        public var metrics: Metrics?

        public init(role: ChatMessage.Role, content: String, timestamp: Date = Date(), ending: Ending = .complete, metrics: Metrics? = nil) {
            self.role = role
            self.content = content
            self.timestamp = timestamp
            self.ending = ending
            self.metrics = metrics
        }

        /// True for an answer that did not finish.
        public var isCutShort: Bool { ending != .complete }
    }

    /// How a message ended: complete, stopped by the user, or cut short by an error.
    public enum Ending: Sendable, Equatable {
        case complete
        case stopped
        case failed(OllamaError)
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }

    public mutating func add(_ entry: Entry) {
        entries.append(entry)
    }

    public mutating func add(role: ChatMessage.Role, content: String) {
        entries.append(Entry(role: role, content: content))
    }

    /// The messages as `/api/chat` takes them: role and content. Answers cut short are sent as
    /// far as they got; an answer with no text at all is left out.
    public func forAPI() -> [ChatMessage] {
        entries.compactMap { entry in
            if entry.role == .assistant && entry.content.isEmpty { return nil }
            return ChatMessage(role: entry.role, content: entry.content)
        }
    }

    public mutating func clear() {
        entries.removeAll()
    }
}
