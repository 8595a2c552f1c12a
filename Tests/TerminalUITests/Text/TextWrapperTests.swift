import Testing

@testable import TerminalUI

/// Tests for `TextWrapper`.
struct TextWrapperTests {
    private func wrap(_ text: String, _ width: Int, tab: Int = 8) -> [String] {
        TextWrapper.wrap(text, width: width, tabWidth: tab)
    }

    @Test func asciiWordWrap() {
        #expect(wrap("hello world", 11) == ["hello world"])
        #expect(wrap("hello world", 10) == ["hello", "world"])
        #expect(wrap("hello world", 5) == ["hello", "world"])
        #expect(wrap("hello world", 6) == ["hello", "world"])
        #expect(wrap("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"])
        #expect(wrap("a b c d e f", 3) == ["a b", "c d", "e f"])
    }

    @Test func innerSpacesAreKeptAndBreakSpacesDropped() {
        #expect(wrap("a  b", 10) == ["a  b"])
        #expect(wrap("aaaa    bbbb", 4) == ["aaaa", "bbbb"])
        #expect(wrap("aaa    bbb", 5) == ["aaa", "bbb"])
    }

    @Test func trailingAndLeadingSpaces() {
        #expect(wrap("ab   ", 10) == ["ab   "])
        #expect(wrap("ab   ", 3) == ["ab"])
        #expect(wrap("   ", 10) == ["   "])
        #expect(wrap("  indented text", 20) == ["  indented text"])
        #expect(wrap("  indented", 6) == ["indent", "ed"])  // long word: indentation dropped
        #expect(wrap("  word", 5) == ["word"])
    }

    @Test func cyrillicAndGreek() {
        #expect(wrap("привет мир", 6) == ["привет", "мир"])
        #expect(wrap("привет мир", 10) == ["привет мир"])
        #expect(wrap("αβγ δεζ", 3) == ["αβγ", "δεζ"])
    }

    @Test func cjkIsHardBrokenWithoutSplittingWideCharacters() {
        #expect(wrap("日本語テキスト", 5) == ["日本", "語テ", "キス", "ト"])
        #expect(wrap("日本語テキスト", 4) == ["日本", "語テ", "キス", "ト"])
        #expect(wrap("ab 日本", 4) == ["ab", "日本"])
        #expect(wrap("abc日", 4) == ["abc", "日"])
        #expect(wrap("a日本", 4) == ["a日", "本"])
    }

    @Test func cjkBreaksBetweenCharactersInsteadOfMovingTheRunWhole() {
        #expect(wrap("CJK: 日本語のテキストを折り返す", 20) == ["CJK: 日本語のテキス", "トを折り返す"])
        #expect(wrap("CJK:日本語", 6) == ["CJK:日", "本語"])
        #expect(wrap("가 나다라마바", 8) == ["가 나다", "라마바"])
        #expect(wrap("中文text混排", 6) == ["中文", "text混", "排"])
    }

    @Test func closingPunctuationStaysWithTheCharacterBeforeIt() {
        #expect(wrap("日本語です。", 10) == ["日本語で", "す。"])
        #expect(wrap("一二三、四五", 6) == ["一二", "三、四", "五"])
        #expect(wrap("好的，谢谢！", 6) == ["好的，", "谢谢！"])
        #expect(wrap("（注）」』】〕", 6) == ["（注）", "」』】", "〕"])  // only a word wider than the row may break
        #expect(wrap("漢字!?", 4) == ["漢", "字!?"])
        #expect(wrap("本当:いい;", 6) == ["本当:", "いい;"])
    }

    @Test func openingBracketsStayWithWhatFollows() {
        #expect(wrap("日本「テスト」", 6) == ["日本", "「テス", "ト」"])
        #expect(wrap("漢字(かんじ)", 6) == ["漢字", "(かん", "じ)"])
        #expect(wrap("言う【注意】", 6) == ["言う", "【注", "意】"])
    }

    @Test func asciiPunctuationDoesNotBreakLatinWords() {
        #expect(wrap("e.g.,f(x)!", 4) == ["e.g.", ",f(x", ")!"])  // no break inside: hard-broken as before
        #expect(wrap("see f(x), ok", 6) == ["see", "f(x),", "ok"])
    }

    @Test func randomCJKRowsNeverStartWithClosingOrEndWithOpeningPunctuation() {
        var random = SplitMix64(seed: 17)
        let ideographs: [Character] = ["日", "本", "語", "の", "テ", "한", "中"]
        let openers: [Character] = ["「", "（", "【", "("]
        let closers: [Character] = ["。", "、", "」", "）", "！", "？", "：", ",", ".", ")", "!"]
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<random.next(in: 1...40) {
                if random.next(below: 4) == 0 { text.append(openers[random.next(below: openers.count)]) }
                text.append(ideographs[random.next(below: ideographs.count)])
                if random.next(below: 3) == 0 { text.append(closers[random.next(below: closers.count)]) }
            }
            // The longest unbreakable run (opener, ideograph, closer) takes 6 columns.
            let width = random.next(in: 6...24)
            let rows = wrap(text, width)
            #expect(rows.joined() == text)
            for row in rows {
                #expect(CellWidth.of(row) <= width)
                #expect(row.first.map { !closers.contains($0) } ?? false, "\(row) of \(text) at \(width)")
                #expect(row.last.map { !openers.contains($0) } ?? false, "\(row) of \(text) at \(width)")
            }
        }
    }

    @Test func emojiClustersStayWhole() {
        #expect(wrap("👍👍👍", 3) == ["👍", "👍", "👍"])
        #expect(wrap("a 👨‍👩‍👧 b", 3) == ["a", "👨‍👩‍👧", "b"])
        #expect(wrap("🇺🇸🇫🇷🇩🇪", 4) == ["🇺🇸🇫🇷", "🇩🇪"])
        #expect(wrap("❤️❤️", 3) == ["❤️", "❤️"])
    }

    @Test func combiningMarksStayWithTheirBase() {
        let e = "e\u{301}"
        let rows = wrap(e + e + e, 2)
        #expect(rows == [e + e, e])
        #expect(rows.allSatisfy { $0.unicodeScalars.first?.value == 0x65 })
    }

    @Test func longWordsAreHardBroken() {
        #expect(wrap("abcdefghij", 4) == ["abcd", "efgh", "ij"])
        #expect(wrap("see abcdefghij", 4) == ["see", "abcd", "efgh", "ij"])
        #expect(wrap("see https://example.com/x ok", 8) == ["see", "https://", "example.", "com/x ok"])
        #expect(wrap("abcdefgh ij", 4) == ["abcd", "efgh", "ij"])
    }

    @Test func tabsExpandToTabStops() {
        #expect(wrap("a\tb", 20) == ["a       b"])
        #expect(wrap("\tx", 20) == ["        x"])
        #expect(wrap("abcdefgh\tx", 20) == ["abcdefgh        x"])
        #expect(wrap("ab\tc\td", 20, tab: 4) == ["ab  c   d"])
        #expect(wrap("abc\tdef", 6) == ["abc", "def"])  // tab past the edge breaks
        #expect(wrap("\tx", 4) == ["x"])  // indentation wider than the row is dropped
        #expect(wrap("a\tb", 20, tab: 0) == ["a b"])  // tabWidth < 1 acts as 1
        #expect(wrap("a\tb", 20, tab: Int.max) == ["a", "b"])  // clamped to 256: past the edge
    }

    @Test func newlinesAndBlankLines() {
        #expect(wrap("", 10) == [""])
        #expect(wrap("\n", 10) == ["", ""])
        #expect(wrap("a\n", 10) == ["a", ""])
        #expect(wrap("a\n\nb", 10) == ["a", "", "b"])
        #expect(wrap("a\n\n\n", 10) == ["a", "", "", ""])
        #expect(wrap("one two\nthree", 4) == ["one", "two", "thre", "e"])
        #expect(wrap("a\r\nb", 10) == ["a", "b"])
    }

    @Test func widthOneAndBelow() {
        #expect(wrap("abc", 1) == ["a", "b", "c"])
        #expect(wrap("a b", 1) == ["a", "b"])
        #expect(wrap("日本", 1) == ["日", "本"])  // the one allowed overflow
        #expect(wrap("abc", 0) == ["a", "b", "c"])
        #expect(wrap("abc", -5) == ["a", "b", "c"])
        #expect(wrap("abc", Int.min) == ["a", "b", "c"])
        #expect(wrap("a\u{301}b", 1) == ["a\u{301}", "b"])
    }

    @Test func hugeWidthKeepsLinesIntact() {
        #expect(wrap("hello world\tx", Int.max) == ["hello world     x"])
    }

    @Test func zeroWidthClustersDoNotCount() {
        #expect(wrap("ab\u{200B}cd", 4) == ["ab\u{200B}cd"])
    }

    @Test func randomTextRespectsWidthAndKeepsContent() {
        var random = SplitMix64(seed: 7)
        let pieces = [
            "a", "bb", "ccc", "word", " ", " ", "  ", "\t", "\n", "日", "本語", "👍", "e\u{301}", "Ж", "🇺🇸", "\u{200B}", "。",
            "「", "」", "、", "(", ")", "!", "한",
        ]
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<random.next(below: 30) {
                text += pieces[random.next(below: pieces.count)]
            }
            let width = random.next(in: 1...12)
            let rows = wrap(text, width, tab: random.next(in: 1...8))
            for row in rows {
                let rowWidth = CellWidth.of(row)
                // The one allowed overflow: a single 2-column cluster (plus zero-width ones) on width 1.
                let allowedOverflow = width == 1 && rowWidth == 2 && row.filter { CellWidth.of($0) > 0 }.count == 1
                #expect(
                    rowWidth <= width || allowedOverflow,
                    "row \(row.debugDescription) of \(text.debugDescription) at \(width)")
                #expect(!row.contains("\n") && !row.contains("\t"))
            }
            // Content (everything but whitespace) survives in order, clusters intact.
            let inputContent = text.filter { $0 != " " && $0 != "\t" && $0 != "\n" }
            let outputContent = rows.joined().filter { $0 != " " }
            #expect(Array(inputContent) == Array(outputContent), "\(text.debugDescription) at \(width)")
            // Each input line yields at least one row.
            #expect(rows.count >= text.filter { $0 == "\n" }.count + 1)
        }
    }

    @Test func largeInputsAreHandledInOnePass() {
        // A quadratic implementation would take minutes here.
        let longWord = String(repeating: "x", count: 200_000)
        let rows = wrap(longWord, 80)
        #expect(rows.count == 2_500)
        #expect(rows.allSatisfy { $0.count == 80 })

        let words = String(repeating: "lorem ipsum dolor 日本 ", count: 20_000)
        let wrapped = wrap(words, 60)
        #expect(wrapped.allSatisfy { CellWidth.of($0) <= 60 })
        #expect(wrapped.count > 1_000)

        let cjk = wrap(String(repeating: "日本語の「テキスト」です。", count: 20_000), 60)
        #expect(cjk.allSatisfy { CellWidth.of($0) <= 60 })
        #expect(cjk.count > 8_000)
    }
}

struct StreamingWrapperTests {
    static let texts = [
        "Hello world, this is a streamed answer that wraps.\nSecond paragraph\twith a tab and 衣装 wide chars 👍🏽 and e\u{301}.",
        "supercalifragilisticexpialidocious-long-word-without-spaces-at-all and then some",
        "   indented line\n\n\nblank lines above   and trailing spaces   ",
        "CJK: 日本語のテキストを、折り返します。「引用」と（括弧）！\n中文，标点；测试：完成？한국어 텍스트도 줄바꿈합니다.",
        "漢字(かんじ)、e.g.,f(x)! 言う【注意】〜ー々・ﾃｷｽﾄ｡ 日本語です。」』】〕",
    ]

    @Test(arguments: texts)
    func piecesWrapExactlyAsTheWholeText(_ text: String) {
        for width in [1, 2, 7, 13, 40] {
            for pieceLength in [1, 2, 3, 5, 11] {
                // Pieces alternate roles: styles must come through streaming as they do whole.
                var wrapper = StreamingWrapper(width: width)
                var spans: [StyledSpan] = []
                var rest = Substring(text)
                while !rest.isEmpty {
                    let piece = StyledSpan(String(rest.prefix(pieceLength)), spans.count % 2 == 0 ? .assistant : .user)
                    wrapper.append(piece.text, role: piece.role)
                    spans.append(piece)
                    rest = rest.dropFirst(pieceLength)
                }
                let streamed = wrapper.finishedRows + wrapper.openRows()
                #expect(streamed == TextWrapper.wrap(spans, width: width), "width \(width), pieces of \(pieceLength)")
                #expect(
                    streamed.map(\.plainText) == TextWrapper.wrap(text, width: width),
                    "width \(width), pieces of \(pieceLength)")
            }
        }
    }

    @Test func finishedRowsNeverChange() {
        var wrapper = StreamingWrapper(width: 10)
        var seen: [[StyledSpan]] = []
        for word in "one two three four five six seven eight nine ten".split(separator: " ") {
            wrapper.append(String(word) + " ", role: .assistant)
            #expect(Array(wrapper.finishedRows.prefix(seen.count)) == seen)
            seen = wrapper.finishedRows
        }
    }

    @Test func everyClusterKeepsItsRoleThroughWrapping() {
        var random = SplitMix64(seed: 7)
        let alphabet: [Character] = [
            "a", "b", "衣", "👍🏽", "e\u{301}", " ", " ", "\n", "\t", "🇯🇵", "。", "「", "」", ",", "(", "한",
        ]
        let roles: [StyleRole] = [.assistant, .user, .metrics, .error]
        for _ in 0..<200 {
            var spans: [StyledSpan] = []
            var expected: [(Character, StyleRole)] = []
            for _ in 0..<random.next(in: 1...60) {
                let grapheme = alphabet[random.next(below: alphabet.count)]
                let role = roles[random.next(below: roles.count)]
                spans.append(StyledSpan(String(grapheme), role))
                if !" \n\t".contains(grapheme) { expected.append((grapheme, role)) }
            }
            for width in [1, 3, 8, 20] {
                let wrapped = TextWrapper.wrap(spans, width: width).flatMap { row in
                    row.flatMap { span in span.text.map { ($0, span.role) } }
                }.filter { $0.0 != " " }
                #expect(wrapped.map(\.0) == expected.map(\.0), "width \(width)")
                #expect(wrapped.map(\.1) == expected.map(\.1), "width \(width)")
            }
        }
    }
}
