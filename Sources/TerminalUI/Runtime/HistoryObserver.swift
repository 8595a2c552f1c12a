import ChatCore

/// Tells what changed in the session's history since it last looked, so the runtime can save it:
/// a prompt sent, an answer ended, a prompt taken back, the session cleared (F2), or an answer
/// still streaming. It looks after every event, so each change is seen once.
struct HistoryObserver {
    /// What the runtime should save.
    enum Change: Equatable {
        case promptSent(SessionHistory.Entry)
        case answerEnded(SessionHistory.Entry)
        /// The history now ends after this many entries: a prompt taken back (its answer never
        /// started), an answer asked for again, a turn edited.
        case shortened(to: Int)
        /// The history was emptied: the next prompt starts a new chat.
        case cleared
        /// A stored chat was opened: what follows goes to it.
        case reopened(ChatID)
    }

    /// The history as last told about.
    private var seen: [SessionHistory.Entry]
    /// The session's clears, and the stored chat it continues, already told about.
    private var clears: Int
    private var chatID: ChatID?

    /// Starts with `session`'s history already saved (a reopened chat) or empty.
    init(session: ChatSession = ChatSession()) {
        seen = session.history.entries
        clears = session.clears
        chatID = session.chatID
    }

    /// The changes from the last look to `session`'s history, in order.
    mutating func changes(in session: ChatSession) -> [Change] {
        var changes: [Change] = []
        if session.clears != clears {
            clears = session.clears
            changes.append(.cleared)
            seen = []
        }
        if session.chatID != chatID {
            chatID = session.chatID
            if let opened = session.chatID {
                // Its messages are stored already.
                seen = session.history.entries
                return [.reopened(opened)]
            }
        }
        let entries = session.history.entries
        // The history changes only at its end (a turn at most): only that much is compared.
        var common = min(seen.count, entries.count)
        if let parted = (max(0, common - 4)..<common).first(where: { seen[$0] != entries[$0] }) { common = parted }
        if common < seen.count { changes.append(.shortened(to: common)) }
        for entry in entries[common...] {
            changes.append(entry.role == .assistant ? .answerEnded(entry) : .promptSent(entry))
        }
        seen = entries
        return changes
    }
}
