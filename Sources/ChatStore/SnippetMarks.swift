/// Reads the snippets FTS5 makes with our match marks. The marks are the bytes 0xFE and 0xFF,
/// which UTF-8 text never contains, so no stored text can be mistaken for a mark.
enum SnippetMarks {
    /// The SQL arguments of `snippet()` / `highlight()` that open and close a match.
    static let open = "CAST(X'FE' AS TEXT)"
    static let close = "CAST(X'FF' AS TEXT)"

    /// The text without its marks, and where the marked matches are in it.
    static func read(_ bytes: [UInt8]) -> (text: String, matches: [Range<String.Index>]) {
        var text = ""
        var offsets: [Range<Int>] = []
        var matchStart: Int?
        var segment: [UInt8] = []
        func flush() {
            text += String(decoding: segment, as: UTF8.self)
            segment.removeAll(keepingCapacity: true)
        }
        for byte in bytes {
            switch byte {
            case 0xFE:
                flush()
                matchStart = text.utf8.count
            case 0xFF:
                flush()
                if let start = matchStart { offsets.append(start..<text.utf8.count) }
                matchStart = nil
            default:
                segment.append(byte)
            }
        }
        flush()
        let utf8 = text.utf8
        let matches = offsets.map { range in
            utf8.index(
                utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        }
        return (text, matches)
    }
}
