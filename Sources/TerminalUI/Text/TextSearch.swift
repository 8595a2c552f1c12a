/// Finding typed words in a row's text, ignoring case, by whole grapheme clusters: where they
/// are (as cluster offsets), and the row's spans with them marked.
enum TextSearch {
    /// Cluster offsets where `query` starts in `text` (case ignored), not overlapping.
    static func matches(of query: [String], in text: String) -> [Range<Int>] {
        guard !query.isEmpty else { return [] }
        let characters = text.map { $0.lowercased() }
        guard characters.count >= query.count else { return [] }
        var found: [Range<Int>] = []
        var start = 0
        while start + query.count <= characters.count {
            if characters[start] == query[0] && characters[start..<start + query.count].elementsEqual(query) {
                found.append(start..<start + query.count)
                start += query.count
            } else {
                start += 1
            }
        }
        return found
    }

    /// The query as lower-cased clusters, ready for `matches`.
    static func prepared(_ query: String) -> [String] {
        query.map { $0.lowercased() }
    }

    /// `spans` with the clusters in `ranges` in `role`.
    static func marked(_ spans: [StyledSpan], _ ranges: [Range<Int>], role: StyleRole) -> [StyledSpan] {
        guard !ranges.isEmpty else { return spans }
        var result: [StyledSpan] = []
        var offset = 0
        var next = ranges[...]
        for span in spans {
            for character in span.text {
                while let first = next.first, first.upperBound <= offset { next = next.dropFirst() }
                let inMatch = next.first.map { $0.contains(offset) } ?? false
                result.append(character, role: inMatch ? role : span.role)
                offset += 1
            }
        }
        return result
    }
}
