import Testing

@testable import TerminalUI

/// Streamed Markdown is drawn exactly as the whole text would be, at every split point.
struct MarkdownStreamingTests {
    static let corpus: [String] = [
        """
        # Plan
        Intro with **bold** and a [link](https://example.com).
        Setext title
        ============

        - one
        - two

          still two
        - three
        para after
        | a | b |
        |:--|--:|
        | 1 | 2 |
        | 3

        > quote
        lazy line
        > > deeper

        ```python
        def f():
            return "x"  # note
        ```
        ***
        1. first
        2. second
           ```
           nested code
           ```
        <div>
        html
        </div>

        last paragraph
        """,
        "Uses [ref] before it is defined.\n\n- a\n- b\n\n[ref]: https://example.com\n\ntail",
        "```\nunclosed fence\n  with lines\n\n\nand blank ones",
        "para\n    not code\n\n    code\n\n* a\n\n\n* b\n\nend",
        "Table below\n| x |\n|---|\n| 1 |\nafter table\n\n- [ ] task\n- [x] done",
    ]

    @Test(arguments: corpus.indices)
    func streamingEqualsRenderingTheWhole(_ index: Int) {
        let text = Self.corpus[index]
        let width = 28
        let whole = markdownRows(text, width: width)
        for step in [1, 2, 3, 7, 13] {
            var streamed = MarkdownText()
            var offset = text.startIndex
            var pieces = 0
            while offset < text.endIndex {
                let end = text.index(offset, offsetBy: step, limitedBy: text.endIndex) ?? text.endIndex
                streamed.append(String(text[offset..<end]))
                offset = end
                pieces += 1
                // At every split the rows are those of the prefix drawn whole.
                if pieces % 5 == 0 {
                    let prefix = String(text[..<offset])
                    let rows = streamed.rows(width: width)
                    #expect(rows.settled + rows.open == markdownRows(prefix, width: width), "step \(step) at \(pieces)")
                }
            }
            let rows = streamed.rows(width: width)
            #expect(rows.settled + rows.open == whole, "step \(step)")
        }
    }

    @Test func finishedBlocksAreKeptWhileTheLastOneGrows() {
        var text = MarkdownText("# Title\n\nfirst paragraph\n\n")
        _ = text.rows(width: 30)
        text.append("second ")
        let first = text.rows(width: 30)
        text.append("paragraph grows")
        let second = text.rows(width: 30)
        #expect(first.settled == second.settled)
        #expect(second.settled.map(\.spans.plainText) == ["Title", "", "first paragraph", ""])
        #expect(second.open.map(\.spans.plainText) == ["second paragraph grows"])
    }

    @Test func aWidthChangeLaysEverythingOutAgain() {
        var text = MarkdownText("alpha beta gamma delta\n\nsecond")
        _ = text.rows(width: 40)
        let narrow = text.rows(width: 11)
        #expect(narrow.settled + narrow.open == markdownRows("alpha beta gamma delta\n\nsecond", width: 11))
    }
}

/// Streams `text` a character at a time into one `MarkdownText` and expects, at every step, the
/// rows of the text so far drawn whole; returns the streamed text.
@discardableResult
func expectStreamsAsWhole(_ text: String, width: Int) -> MarkdownText {
    var streamed = MarkdownText()
    for character in text {
        streamed.append(String(character))
        let rows = streamed.rows(width: width)
        #expect(
            rows.settled + rows.open == markdownRows(streamed.source, width: width),
            "\(streamed.source.debugDescription) at \(width)")
    }
    return streamed
}

/// A long fenced code block that streams is followed line by line, and still drawn as the whole.
struct OpenCodeBlockTests {
    static let texts = [
        "Intro\n\n```swift\nlet a = 1\n\tlet b = \"x\"\n/* open\ncomment */\n\n\nend\n```\nafter",
        "```\n",
        "```py\n",
        "````\n```\nstill code\n````\n\ndone",
        "~~~\ncode ``` not a close\n  ~~~  \n\n- list",
        "```\nx\n ``` \ny",
        "```\nlast line partial ``",
    ]

    @Test(arguments: texts.indices)
    func streamedEqualsWhole(_ index: Int) {
        let text = Self.texts[index]
        for width in [12, 40] {
            var codes = expectStreamsAsWhole(text, width: width)
            var whole = MarkdownText(text)
            #expect(codes.codeBlocks().map(\.text) == whole.codeBlocks().map(\.text))
        }
    }

    /// Each finished line's rows settle and are only extended: a piece costs its own lines.
    @Test func finishedLinesSettleAndAreOnlyExtended() {
        var text = MarkdownText("Intro\n\n```python\n")
        let start = text.rows(width: 40)
        for line in 1...50 {
            text.append("x = \(line)\n")
            let rows = text.rows(width: 40)
            #expect(rows.epoch == start.epoch, "nothing laid out again")
            #expect(rows.settled.count == start.settled.count + line, "line \(line) settled")
            #expect(rows.settled.last?.spans.plainText == "│ x = \(line)")
            #expect(rows.open.count == 1, "only the frame's bottom row is open")
        }
    }
}

/// A plain paragraph that streams is wrapped as it grows, and still drawn as the whole.
struct OpenParagraphTests {
    static let texts = [
        "Plain words one after another, with commas, quotes \"like this\" and (brackets) that wrap around",
        "Trailing spaces   \nand a line break, then  two spaces  between words  ",
        "Ends with a line break\n",
        "Then a blank line\n\nstarts another paragraph of plain text",
        "Visit www.example.com now, or know. Now. Www.",
        "A list follows\n- item\n1. one\n\n2. two",
        "Numbers 3.14 and 42 in text\n7 at a line start\nand  after",
        "Markup arrives late: so *this* is emphasis and `code`",
        "Leading\n   spaces on a continuation line",
        "Ünïcödé wörds 世界 and emoji 👍🏽 wrap too, in a paragraph long enough",
        "   three leading spaces, then words w1 w2 w3",
        " w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11",
    ]

    @Test(arguments: texts.indices)
    func streamedEqualsWhole(_ index: Int) {
        for width in [9, 30] { expectStreamsAsWhole(Self.texts[index], width: width) }
    }

    /// The wrapped rows settle as the paragraph grows: only its last row is laid out again.
    @Test func finishedRowsSettleAndAreOnlyExtended() {
        var text = MarkdownText("Title\n\n")
        let start = text.rows(width: 20)
        for word in 1...200 { text.append(" w\(word)") }
        let rows = text.rows(width: 20)
        #expect(rows.epoch == start.epoch)
        #expect(rows.open.count == 1, "the paragraph's last row is the only open one")
        #expect(rows.settled.count > 40)
        text.append(" more")
        #expect(text.rows(width: 20).settled.count >= rows.settled.count, "settled rows only grow")
    }

    @Test func aWidthChangeWhileAPlainParagraphStreams() {
        var text = MarkdownText("First paragraph.\n\nsecond one grows here")
        _ = text.rows(width: 12)
        text.append(" and more")
        let rows = text.rows(width: 30)
        #expect(rows.settled + rows.open == markdownRows(text.source, width: 30))
    }
}
