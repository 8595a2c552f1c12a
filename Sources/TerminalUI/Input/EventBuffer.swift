/// Collects decoded events, buffering printable scalars so a run of text is grouped into Characters.
struct EventBuffer: Sendable {
    private var text = String.UnicodeScalarView()
    private var events: [KeyEvent] = []

    /// Appends printable text; it becomes `.character` events (grapheme clusters) when the buffer is drained.
    mutating func appendText(_ scalar: Unicode.Scalar) {
        text.append(scalar)
    }

    /// Appends a non-text event after any buffered text.
    mutating func append(_ event: KeyEvent) {
        flushText()
        events.append(event)
    }

    /// Returns all events so far and empties the buffer.
    mutating func take() -> [KeyEvent] {
        flushText()
        let result = events
        events = []
        return result
    }

    private mutating func flushText() {
        guard !text.isEmpty else { return }
        for character in String(text) {
            events.append(.character(character))
        }
        text = String.UnicodeScalarView()
    }
}
