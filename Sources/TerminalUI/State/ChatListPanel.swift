import ChatCore

/// The chat list's state: the filter, what the archive gave for it (the newest chats, or the
/// search hits for the filter's words), which row is selected, and a rename or a delete being
/// asked about.
struct ChatListPanel: Sendable {
    /// One row: a stored chat, or a search hit in one.
    struct Row: Sendable, Equatable {
        var chat: ChatID
        var title: String
        var detail: String
        /// A hit's snippet and where its matched words are in it.
        var snippet: String?
        var matches: [Range<String.Index>] = []
        /// The message a hit is in (nil when the title matched, or for a plain row).
        var position: Int?
    }

    var filter = LineEditor()
    private(set) var rows: [Row] = []
    private(set) var selectedIndex = 0
    var isLoading = true
    var message: String?
    /// The new title being typed for the selected chat.
    var renaming: LineEditor?
    /// Enter deletes the selected chat.
    var confirmingDelete = false

    var selectedRow: Row? { rows.indices.contains(selectedIndex) ? rows[selectedIndex] : nil }

    /// The rows for `query`; results for an older filter are dropped.
    mutating func show(_ rows: [Row], for query: String) {
        guard query == filter.text else { return }
        self.rows = rows
        selectedIndex = min(selectedIndex, max(0, rows.count - 1))
        isLoading = false
        message = nil
    }

    mutating func move(by delta: Int) {
        selectedIndex = min(max(0, selectedIndex + delta), max(0, rows.count - 1))
    }
}

/// Why the chat list has no rows to show.
enum ChatListFailure: Error, Sendable, Equatable {
    /// `--no-history`: there is no archive in this run.
    case historyOff
    case failed(String)
}
