/// A run of text in one style role: rows of the transcript are lists of spans, so Markdown,
/// links, code and search matches can each have their own style inside one row.
struct StyledSpan: Sendable, Equatable {
    var text: String
    var role: StyleRole

    init(_ text: String, _ role: StyleRole) {
        self.text = text
        self.role = role
    }
}

extension [StyledSpan] {
    /// The spans' text joined, without styles.
    var plainText: String {
        count == 1 ? self[0].text : map(\.text).joined()
    }

    /// Appends one grapheme cluster, extending the last span when it has the same role.
    mutating func append(_ grapheme: Character, role: StyleRole) {
        if let last = indices.last, self[last].role == role {
            self[last].text.append(grapheme)
        } else {
            append(StyledSpan(String(grapheme), role))
        }
    }

    /// Appends a run of text in `role`, extending the last span when it has the same role.
    mutating func appendRun(_ characters: some Collection<Character>, role: StyleRole) {
        guard !characters.isEmpty else { return }
        if let last = indices.last, self[last].role == role {
            self[last].text.append(contentsOf: characters)
        } else {
            append(StyledSpan(String(characters), role))
        }
    }

    /// Appends `count` spaces in `role`.
    mutating func appendSpaces(_ count: Int, role: StyleRole) {
        guard count > 0 else { return }
        let spaces = String(repeating: " ", count: count)
        if let last = indices.last, self[last].role == role {
            self[last].text += spaces
        } else {
            append(StyledSpan(spaces, role))
        }
    }

    /// Drops the spaces at the end, across spans (a soft break's trailing spaces).
    mutating func dropTrailingSpaces() {
        while let last = indices.last {
            while self[last].text.last == " " { self[last].text.removeLast() }
            guard self[last].text.isEmpty else { return }
            removeLast()
        }
    }
}
