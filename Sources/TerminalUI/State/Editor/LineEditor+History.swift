/// Prompt-history navigation and submission for `LineEditor`.
extension LineEditor {
    /// Shows the previous (older) history entry; the first call saves the current text as the
    /// draft. Returns false (no change) when there is nothing older.
    @discardableResult
    mutating func recallPrevious() -> Bool {
        let entries = history.entries
        if let index = browseIndex, index >= entries.count { endBrowsing() }
        guard !entries.isEmpty else { return false }
        let target: Int
        if let index = browseIndex {
            guard index > 0 else { return false }
            saveScratch(index)
            target = index - 1
        } else {
            draft = text
            target = entries.count - 1
        }
        browseIndex = target
        show(scratch[target] ?? entries[target])
        return true
    }

    /// Shows the next (newer) history entry, or restores the draft after the newest one.
    /// Returns false (no change) when not browsing history.
    @discardableResult
    mutating func recallNext() -> Bool {
        let entries = history.entries
        guard let index = browseIndex else { return false }
        guard index < entries.count else {
            endBrowsing()
            return false
        }
        saveScratch(index)
        if index + 1 < entries.count {
            browseIndex = index + 1
            show(scratch[index + 1] ?? entries[index + 1])
        } else {
            browseIndex = nil
            show(draft)
            draft = ""
        }
        return true
    }

    /// Returns the text and records it in the history, then clears the editor. Returns nil and
    /// changes nothing when the text is empty or whitespace only.
    mutating func submit() -> String? {
        let sent = text
        guard !sent.allSatisfy(\.isWhitespace) else { return nil }
        history.record(sent)
        clear()
        return sent
    }

    /// Forgets the browsing position, the draft and the edited copies of entries (the copies
    /// otherwise survive returning to the draft, until `submit()` or `clear()`).
    mutating func endBrowsing() {
        browseIndex = nil
        draft = ""
        scratch = [:]
    }

    /// Remembers edits made to the recalled entry `index` while it was shown.
    mutating func saveScratch(_ index: Int) {
        let current = text
        scratch[index] = current == history.entries[index] ? nil : current
    }

    /// Replaces the text without touching the browsing state; cursor at the end.
    mutating func show(_ s: String) {
        chars = Array(s)
        position = chars.count
        goalColumn = nil
    }
}
