#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `--list-chats`: one chat a line, tab-separated, the title last and on one line, inert.
public enum ChatListing {
    /// `id  updated  model  messages  title`, separated by tabs.
    public static func line(_ chat: ChatSummary) -> String {
        [
            String(chat.id), timestamp(chat.updatedAt), ChatTitle.printable(chat.model ?? "-"),
            String(chat.messageCount), ChatTitle.printable(chat.title),
        ].joined(separator: "\t")
    }

    /// A moment as `2026-12-01T12:30:05Z` (UTC).
    public static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }
}
