/// A piece of a text cut where a grapheme cluster boundary is certain without grapheme
/// breaking: a narrow scalar that is a cluster of its own, or a run of whole clusters to break.
enum TextPiece<Run: Collection<Character>> {
    case narrow(Unicode.Scalar)
    case clusters(Run)
}

extension CellWidth {
    /// Calls `body` with the pieces of `text` in order, until it returns false. A text is cut
    /// before each scalar for which `isNarrowAlone` holds, unless the scalar before it may be a
    /// prepended mark (those join what follows them; they all lie in U+0600–U+0DFF and
    /// U+11000–U+11FFF). A narrow scalar followed by another such scalar, or by nothing, is a
    /// piece by itself; otherwise it opens a run, since a mark or joiner after it may join it.
    static func forEachPiece<Text: StringProtocol>(of text: Text, _ body: (TextPiece<Text.SubSequence>) -> Bool) {
        let scalars = text.unicodeScalars
        var runStart = scalars.startIndex
        var index = scalars.startIndex
        var previous: Unicode.Scalar?
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if isNarrowAlone(scalar), !(previous.map(mayBePrepended) ?? false) {
                if runStart < index, !body(.clusters(text[runStart..<index])) { return }
                runStart = index
                if next == scalars.endIndex || isNarrowAlone(scalars[next]) {
                    if !body(.narrow(scalar)) { return }
                    runStart = next
                }
            }
            previous = scalar
            index = next
        }
        if runStart < scalars.endIndex { _ = body(.clusters(text[runStart...])) }
    }

    private static func mayBePrepended(_ scalar: Unicode.Scalar) -> Bool {
        (0x600...0xDFF).contains(scalar.value) || (0x11000...0x11FFF).contains(scalar.value)
    }
}
