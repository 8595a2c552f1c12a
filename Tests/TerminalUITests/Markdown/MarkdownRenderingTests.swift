import Testing

@testable import TerminalUI

/// Each Markdown element drawn as the transcript shows it.
struct MarkdownRenderingTests {
    @Test func headingLevelsAreDistinguishable() {
        let rows = markdownRows("# One\n\n## Two\n\n### Three\n\n#### Four", width: 40)
        #expect(markdownLines("# One\n\n## Two\n\n### Three", width: 40) == ["One", "", "Two", "", "### Three"])
        #expect(role(of: "One", in: rows) == .heading1)
        #expect(role(of: "Two", in: rows) == .heading2)
        #expect(role(of: "Three", in: rows) == .heading3)
        #expect(role(of: "####", in: rows) == .dim)
    }

    @Test func inlineStyles() {
        let rows = markdownRows("*em* **strong** ***both*** ~~gone~~ `code` plain", width: 60)
        #expect(rows.map(\.spans.plainText) == ["em strong both gone code plain"])
        #expect(role(of: "em", in: rows) == .emphasis)
        #expect(role(of: "strong", in: rows) == .strong)
        #expect(role(of: "both", in: rows) == .strongEmphasis)
        #expect(role(of: "gone", in: rows) == .strikethrough)
        #expect(role(of: "code", in: rows) == .inlineCode)
        #expect(role(of: "plain", in: rows) == .assistant)
    }

    @Test func linksShowTheirAddressUnlessTheTextIsTheAddress() {
        let rows = markdownRows("[docs](https://ollama.com/docs) <https://a.example> www.b.example", width: 80)
        #expect(rows.map(\.spans.plainText) == ["docs (https://ollama.com/docs) https://a.example www.b.example"])
        #expect(role(of: "docs", in: rows) == .link)
        #expect(role(of: "(https://ollama.com/docs)", in: rows) == .linkURL)
        #expect(role(of: "https://a.example", in: rows) == .link)
    }

    @Test func imagesShowAltTextAndAddress() {
        #expect(markdownLines("![a cat](cat.png)", width: 40) == ["[image: a cat] (cat.png)"])
    }

    @Test func listsNestOrderAndTick() {
        let text = "- one\n  - two\n    - three\n- [ ] todo\n- [x] done\n\n3. third\n4. fourth"
        #expect(
            markdownLines(text, width: 30) == [
                "• one", "  ◦ two", "    ▪ three", "☐ todo", "☑ done", "", "3. third", "4. fourth",
            ])
        #expect(role(of: "•", in: markdownRows(text, width: 30)) == .listMarker)
    }

    @Test func looseListItemsHaveABlankRowBetween() {
        #expect(markdownLines("- a\n\n- b", width: 20) == ["• a", "", "• b"])
    }

    @Test func listItemsWrapUnderTheirText() {
        #expect(markdownLines("- alpha beta gamma", width: 10) == ["• alpha", "  beta", "  gamma"])
    }

    @Test func quotesHaveABarPerLevel() {
        #expect(markdownLines("> one\n> > two", width: 20) == ["│ one", "│ ", "│ │ two"])
        #expect(role(of: "│", in: markdownRows("> one", width: 20)) == .quoteBar)
    }

    @Test func aRuleSpansTheWidth() {
        #expect(markdownLines("a\n\n---\n\nb", width: 8) == ["a", "", "────────", "", "b"])
    }

    @Test func tablesAlignTheirColumns() {
        let text = "| L | C | R |\n|:--|:-:|--:|\n| a | b | c |\n| long | x | 42 |"
        #expect(
            markdownLines(text, width: 40) == [
                "┌──────┬───┬────┐",
                "│ L    │ C │  R │",
                "├──────┼───┼────┤",
                "│ a    │ b │  c │",
                "│ long │ x │ 42 │",
                "└──────┴───┴────┘",
            ])
        let rows = markdownRows(text, width: 40)
        #expect(role(of: "L", in: rows) == .tableHeader)
        #expect(role(of: "┌", in: rows) == .tableBorder)
    }

    @Test func aTableWiderThanThePaneWrapsItsCellsAndLosesNothing() {
        let text = "| name | description |\n|---|---|\n| tiny | a model that fits on any laptop today |"
        let lines = markdownLines(text, width: 24)
        #expect(lines.allSatisfy { CellWidth.of($0) <= 24 })
        let words = lines.joined(separator: " ").split(separator: " ")
        for word in ["tiny", "a", "model", "that", "fits", "on", "any", "laptop", "today"] {
            #expect(words.contains(Substring(word)), "\(word) is missing")
        }
    }

    @Test func aTableWithTooManyColumnsIsDrawnAsRecords() {
        let header = (1...12).map { "h\($0)" }.joined(separator: " | ")
        let rule = Array(repeating: "---", count: 12).joined(separator: "|")
        let row = (1...12).map { "v\($0)" }.joined(separator: " | ")
        let lines = markdownLines("| \(header) |\n|\(rule)|\n| \(row) |", width: 30)
        #expect(lines.first == "h1: v1")
        #expect(lines.contains("h12: v12"))
    }

    @Test func codeBlocksAreFramedLabelledAndKeptAsWritten() {
        let text = "```python\nif x:\n\treturn  1\n```"
        #expect(
            markdownLines(text, width: 20) == [
                "┌─ python ──────────",
                "│ if x:",
                "│     return  1",
                "└───────────────────",
            ])
        #expect(markdownRows(text, width: 20).allSatisfy { $0.codeBlock == 0 })
    }

    @Test func aLongCodeLineContinuesAfterAMark() {
        let lines = markdownLines("```\nabcdefghijklmnop\n```", width: 10)
        #expect(lines == ["┌─────────", "│ abcdefgh", "│ ↪ijklmno", "│ ↪p", "└─────────"])
    }

    @Test func codeBlocksAreNumberedThroughTheAnswer() {
        let text = "```\na\n```\n\ntext\n\n- item\n\n  ```\n  b\n  ```"
        let rows = markdownRows(text, width: 20)
        #expect(Set(rows.compactMap(\.codeBlock)) == [0, 1])
        var markdown = MarkdownText(text)
        #expect(markdown.codeBlocks().map(\.text) == ["a", "b"])
    }

    @Test func htmlIsShownAsText() {
        #expect(markdownLines("<div>hi</div>", width: 20) == ["<div>hi</div>"])
        #expect(markdownLines("a <b>bold</b> c", width: 20) == ["a <b>bold</b> c"])
    }

    @Test func entitiesThatDecodeToControlsStayInert() {
        let lines = markdownLines("a &#x1b;[31mred&#x1b;[0m and `&#27;` [x](&#x1b;]52;c;QQ==&#x07;)", width: 80)
        for line in lines {
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }

    @Test func anUnclosedFenceIsAlreadyCode() {
        let rows = markdownRows("Here:\n\n```swift\nlet x = 1\n", width: 30)
        #expect(rows.map(\.spans.plainText).contains("│ let x = 1"))
    }
}
