extension [StyledSpan] {
    /// Appends a run of characters in `role`, extending the last span when it has the same role.
    mutating func appendRun(_ characters: ArraySlice<Character>, role: StyleRole) {
        guard !characters.isEmpty else { return }
        if let last = indices.last, self[last].role == role {
            self[last].text.append(contentsOf: characters)
        } else {
            append(StyledSpan(String(characters), role))
        }
    }
}
