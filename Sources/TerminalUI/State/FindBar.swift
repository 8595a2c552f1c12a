/// Searching the open chat (Ctrl-R): the words typed, the transcript rows that hold them, and
/// which one is shown.
struct FindBar: Sendable {
    var query = LineEditor()
    var matches: [Transcript.Position] = []
    /// Index into `matches` of the one in view.
    var current = 0

    var currentMatch: Transcript.Position? { matches.indices.contains(current) ? matches[current] : nil }
}
