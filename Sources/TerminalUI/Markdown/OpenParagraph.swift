/// A paragraph of plain text still open at the end of a streamed answer, wrapped as it grows:
/// while the text has nothing Markdown could read as markup (no emphasis, code, link, HTML,
/// entity or escape characters, no line that could start another block, no spaces at a line's
/// edges), the parser would give it back as it is, so the streaming wrapper wraps it directly
/// and a piece costs its own length. Any other text lets it go, to be parsed again.
struct OpenParagraph: Sendable {
    /// Where the paragraph begins.
    let start: String.Index
    private var wrapper: StreamingWrapper
    private var width: Int
    /// Text fed to the wrapper ends here; what follows is spaces held back (the parser drops
    /// spaces at the end of a line) or not yet looked at.
    private var fedTo: String.Index

    /// The paragraph starting at `start` of `source`, wrapped at `width`; nil when its text is
    /// not plain.
    init?(source: String, start: String.Index, width: Int) {
        self.start = start
        self.width = width
        wrapper = StreamingWrapper(width: width)
        fedTo = start
        guard follow(source) else { return nil }
    }

    /// Wraps what arrived since the last call; false when the text is no longer plain (a blank
    /// line, which ends the paragraph, included). Spaces and a line break after the last word
    /// are held back until a word follows: the parser drops them at a paragraph's end, and the
    /// spaces before any line break.
    mutating func follow(_ source: String) -> Bool {
        let utf8 = source.utf8
        var previous: UInt8 = fedTo > start ? utf8[utf8.index(before: fedTo)] : UInt8(ascii: "\n")
        var clean: [UInt8] = []
        var blanks: [UInt8] = []  // spaces and a line break since the last word
        var index = fedTo
        var solidEnd = fedTo
        while index < utf8.endIndex {
            let byte = utf8[index]
            guard Self.isPlain(byte, after: previous, at: index, in: utf8) else { return false }
            switch byte {
            case UInt8(ascii: "\n"):
                if previous == UInt8(ascii: "\n") { return false }
                blanks = [byte]  // spaces before a line break are dropped
            case UInt8(ascii: " "):
                if solidEnd == start {
                    // Spaces before the first word are dropped (the parser strips them).
                    previous = UInt8(ascii: "\n")
                    index = utf8.index(after: index)
                    continue
                }
                if previous == UInt8(ascii: "\n") { return false }  // a later line's leading spaces are dropped
                blanks.append(byte)
            default:
                clean += blanks
                blanks = []
                clean.append(byte)
                solidEnd = utf8.index(after: index)
            }
            previous = byte
            index = utf8.index(after: index)
        }
        if !clean.isEmpty {
            // As the parser's text does, it passes the sanitizer (bidi and C1 controls are bytes
            // above 0x7F, which pass as plain).
            let text = String(decoding: clean, as: UTF8.self)
            wrapper.append(TextSanitizer.needsSanitizing(text) ? TextSanitizer.sanitize(text) : text, role: .assistant)
        }
        fedTo = solidEnd
        return true
    }

    /// Lays the paragraph out again at a new width.
    mutating func rewrap(_ source: String, width: Int) -> Bool {
        guard width != self.width else { return true }
        self.width = width
        wrapper = StreamingWrapper(width: width)
        fedTo = start
        return follow(source)
    }

    var finishedRows: [[StyledSpan]] { wrapper.finishedRows }

    func openRows() -> [[StyledSpan]] { wrapper.openRows() }

    /// Bytes that Markdown never reads as markup here. Digits are left out at a line's start
    /// (`1.` starts a list), as is text that could become an autolink (`www.`, `http:`, `a@b`).
    private static func isPlain(_ byte: UInt8, after previous: UInt8, at index: String.Index, in utf8: String.UTF8View)
        -> Bool
    {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: " "),
            UInt8(ascii: "\n"), UInt8(ascii: ","), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "?"),
            UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ";"), UInt8(ascii: "/"), UInt8(ascii: "%"),
            UInt8(ascii: "$"), 0x80...0xFF:
            return true
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return previous != UInt8(ascii: "\n")
        case UInt8(ascii: "."):
            // `www.` would begin a link.
            guard previous == UInt8(ascii: "w") else { return true }
            let before = utf8[..<index].suffix(3)
            return !(before.count == 3 && before.allSatisfy { $0 == UInt8(ascii: "w") || $0 == UInt8(ascii: "W") })
        default:
            return false
        }
    }
}
