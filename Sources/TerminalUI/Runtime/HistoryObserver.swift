import ChatCore

/// Tells what changed in the session's history since it last looked, so the runtime can save it:
/// a prompt sent, an answer ended, a prompt taken back, the session cleared (F2), or an answer
/// still streaming. It looks after every event, so each change is seen once.
struct HistoryObserver {
    /// What the runtime should save.
    enum Change: Equatable {
        case promptSent(SessionHistory.Entry)
        case answerEnded(SessionHistory.Entry)
        /// The last prompt was taken out (its answer never started).
        case promptWithdrawn
        /// The history was emptied: the next prompt starts a new chat.
        case cleared
    }

    /// Entries of the history already told about.
    private(set) var seen: Int

    /// Starts with `history` already saved (a reopened chat) or empty.
    init(history: SessionHistory = SessionHistory()) {
        seen = history.count
    }

    /// The changes from the last look to `history`, in order.
    mutating func changes(in history: SessionHistory) -> [Change] {
        let entries = history.entries
        var changes: [Change] = []
        if entries.isEmpty && seen > 0 {
            changes.append(.cleared)
        } else if entries.count < seen {
            changes.append(.promptWithdrawn)
        } else {
            for entry in entries[seen...] {
                changes.append(entry.role == .assistant ? .answerEnded(entry) : .promptSent(entry))
            }
        }
        seen = entries.count
        return changes
    }
}
