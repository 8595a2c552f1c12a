/// The prompts sent during this session, oldest first.
struct PromptHistory: Equatable, Sendable {
    /// Recorded prompts, oldest first.
    private(set) var entries: [String] = []
    /// Maximum number of entries kept; the oldest are dropped beyond it.
    let limit: Int

    /// Creates a history keeping at most `limit` (at least 1) entries, recording `entries`.
    init(entries: [String] = [], limit: Int = 1000) {
        self.limit = max(1, limit)
        for entry in entries { record(entry) }
    }

    /// Number of entries.
    var count: Int { entries.count }

    /// True when nothing has been recorded.
    var isEmpty: Bool { entries.isEmpty }

    /// Appends `prompt` unless it is empty/whitespace-only or equals the latest entry.
    mutating func record(_ prompt: String) {
        guard !prompt.allSatisfy(\.isWhitespace), entries.last != prompt else { return }
        entries.append(prompt)
        if entries.count > limit {
            entries.removeFirst(entries.count - limit)
        }
    }
}
