import Testing

@testable import TerminalUI

/// Hostile Markdown: no crash, no unbounded recursion, nothing drawn outside the width, and the
/// text still there.
struct MarkdownBadInputTests {
    @Test func tenThousandNestedQuotesAreCapped() {
        let text = String(repeating: "> ", count: 10_000) + "deep"
        let lines = markdownLines(text, width: 80)
        #expect(lines.contains { $0.hasSuffix("deep") })
        #expect(lines.allSatisfy { $0.filter { $0 == "│" }.count <= MarkdownParser.maxDepth })
    }

    @Test func tenThousandNestedListsAreCapped() {
        let text = String(repeating: "- ", count: 10_000) + "item9999"
        let lines = markdownLines(text, width: 60)
        #expect(lines.contains { $0.contains("item9999") })
        #expect(lines.allSatisfy { CellWidth.of($0) <= 60 })
    }

    @Test func unclosedEmphasisIsText() {
        #expect(markdownLines("**bold _and `code", width: 40) == ["**bold _and `code"])
    }

    @Test func aMegabyteTableRowWraps() {
        let cell = String(repeating: "word ", count: 200_000)
        let lines = markdownLines("| a | b |\n|---|---|\n| \(cell) | x |", width: 50)
        #expect(lines.count > 1000)
        #expect(lines.allSatisfy { CellWidth.of($0) <= 50 })
    }

    @Test func aHundredThousandColumnLine() {
        let line = String(repeating: "|a", count: 100_000) + "|"
        let rule = String(repeating: "|-", count: 100_000) + "|"
        let lines = markdownLines("\(line)\n\(rule)\n\(line)", width: 80)
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { CellWidth.of($0) <= 80 })
    }

    @Test func aFiftyThousandLineCodeBlock() {
        let body = (0..<50_000).map { "line \($0)" }.joined(separator: "\n")
        let lines = markdownLines("```\n\(body)\n```", width: 40)
        #expect(lines.count == 50_002)
        #expect(lines[50_000] == "│ line 49999")
    }

    @Test func controlsInCodeAreInert() {
        let lines = markdownLines("```\nNUL \u{0} ESC \u{1B}[2J BEL \u{7}\n```", width: 60)
        for line in lines { #expect(!line.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" }) }
    }

    @Test func zeroWidthAndRightToLeftTextStayWhole() {
        let text = "zero\u{200B}width and \u{202E}reversed and עברית mixed"
        let lines = markdownLines(text, width: 80)
        #expect(lines.joined().contains("עברית"))
        #expect(!lines.joined().unicodeScalars.contains("\u{202E}"))
    }

    @Test func graphemeClustersAreNeverSplit() {
        let family = "👨‍👩‍👧‍👦"
        let lines = markdownLines("```\n" + String(repeating: family, count: 30) + "\n```", width: 12)
        for line in lines.dropFirst().dropLast() {
            let body = line.dropFirst(2).drop(while: { $0 == "↪" })
            #expect(body.allSatisfy { $0 == Character(family) })
        }
    }
}

/// What malformed UTF-8 becomes (U+FFFD) renders like any other character, inside code too.
struct MarkdownReplacementCharacterTests {
    @Test func replacementCharactersRenderInPlace() {
        #expect(
            markdownLines("**a\u{FFFD}b**\n\n```\nx\u{FFFD}\n```", width: 20) == [
                "a\u{FFFD}b", "", "┌───────────────────", "│ x\u{FFFD}", "└───────────────────",
            ])
    }
}
