import Testing

@testable import TerminalUI

/// Tests for `TextSanitizer`.
struct TextSanitizerTests {
    private func clean(_ s: String) -> String {
        TextSanitizer.sanitize(s)
    }

    @Test(arguments: [
        "", "hello", "line one\nline two\n", "tab\tseparated\tvalues", "ünïcödé", "日本語テキスト", "👨‍👩‍👧 ❤️ 🇺🇸",
        "e\u{301}", "\u{200B}\u{200D}\u{FE0F}", "\u{A0}\u{A9}\u{BF}", "\u{2010}\u{2027}\u{202F}\u{2065}\u{206A}",
    ])
    func textWithoutControlsIsUnchanged(_ s: String) {
        #expect(!TextSanitizer.needsSanitizing(s))
        #expect(clean(s) == s)
        #expect(clean(s).unicodeScalars.elementsEqual(s.unicodeScalars))
    }

    @Test func fastCheckDetectsEveryControlClass() {
        for s in [
            "\r", "\u{0}", "\u{1B}", "\u{7F}", "\u{80}", "\u{9F}", "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}",
            "\u{2028}", "\u{2029}", "ok\u{9B}",
        ] {
            #expect(TextSanitizer.needsSanitizing(s), "\(s.unicodeScalars.map { $0.value })")
        }
    }

    @Test func csiSequencesAreDropped() {
        #expect(clean("\u{1B}[2J\u{1B}[H") == "")  // clear screen, home
        #expect(clean("a\u{1B}[?1049hb\u{1B}[?1049lc") == "abc")  // alternate screen
        #expect(clean("\u{1B}[31mred\u{1B}[0m") == "red")
        #expect(clean("\u{1B}[38;2;255;0;0mrgb\u{1B}[m") == "rgb")
        #expect(clean("x\u{1B}[10;20Hy\u{1B}[5Az\u{1B}[2K") == "xyz")  // cursor moves, erase line
        #expect(clean("\u{1B}[>0q\u{1B}[6n!") == "!")  // queries that would make the terminal reply
        #expect(clean("\u{1B}[ q") == "")  // intermediate byte
    }

    @Test func oscSequencesAreDropped() {
        #expect(clean("x\u{1B}]52;c;SGVsbG8gd29ybGQ=\u{07}y") == "xy")  // OSC 52 clipboard write
        #expect(clean("\u{1B}]0;pwned title\u{1B}\\after") == "after")  // title set, ST terminated
        #expect(clean("\u{1B}]8;;http://evil.example\u{1B}\\link\u{1B}]8;;\u{1B}\\") == "link")  // hyperlink
        #expect(clean("\u{1B}]2;Заголовок 日本\u{7}ok") == "ok")
    }

    @Test func stringSequencesAreDropped() {
        #expect(clean("\u{1B}P1$r0m\u{1B}\\ok") == "ok")  // DCS
        #expect(clean("\u{1B}_Gf=100;AAAA\u{1B}\\img") == "img")  // APC (kitty graphics)
        #expect(clean("\u{1B}^privacy\u{1B}\\a") == "a")  // PM
        #expect(clean("\u{1B}Xsos\u{1B}\\b") == "b")  // SOS
    }

    @Test func otherEscapesAreDropped() {
        #expect(clean("\u{1B}c") == "")  // full reset
        #expect(clean("\u{1B}7x\u{1B}8") == "x")  // save/restore cursor
        #expect(clean("\u{1B}(0q\u{1B}(B") == "q")  // charset switch
        #expect(clean("\u{1B}#8") == "")  // DECALN screen fill
        #expect(clean("\u{1B}\u{1B}[2Jz") == "z")
    }

    @Test func eightBitSequencesAreDropped() {
        #expect(clean("a\u{9B}31mb\u{9B}2J") == "ab")
        #expect(clean("\u{9D}0;title\u{9C}x") == "x")
        #expect(clean("\u{9D}52;c;AAAA\u{07}y") == "y")
        #expect(clean("\u{90}q#0;2;0;0;0\u{9C}z") == "z")
        #expect(clean("\u{9F}apc\u{9C}w") == "w")
    }

    @Test func sequencesSplitAtTheEndAreDropped() {
        #expect(clean("abc\u{1B}") == "abc")
        #expect(clean("abc\u{1B}[") == "abc")
        #expect(clean("abc\u{1B}[3") == "abc")
        #expect(clean("abc\u{1B}[?104") == "abc")
        #expect(clean("abc\u{1B}]0;ti") == "abc")
        #expect(clean("abc\u{1B}]0;title\u{1B}") == "abc")
        #expect(clean("abc\u{1B}P") == "abc")
        #expect(clean("abc\u{9B}") == "abc")
        #expect(clean("abc\u{1B}(") == "abc")
    }

    @Test func brokenSequencesDoNotSwallowText() {
        #expect(clean("\u{1B}]0;title\nrest of the answer") == "\nrest of the answer")
        #expect(clean("\u{1B}[1;é") == "é")
        #expect(clean("\u{1B}é") == "é")
        #expect(clean("\u{1B}\n") == "\n")
        #expect(clean("\u{1B}]0;t\u{18}x") == "x")  // CAN cancels
        #expect(clean("\u{1B}[12\u{1A}y") == "y")  // SUB cancels
        #expect(clean("\u{1B}\u{18}y") == "y")
        #expect(clean("\u{18}") == "\u{2418}")  // outside a sequence it is just a control
        #expect(clean("\u{1B}[1\u{7}z") == "\u{2407}z")
    }

    @Test func c0ControlsBecomeControlPictures() {
        #expect(clean("\r") == "\u{240D}")
        #expect(clean("a\u{7}b") == "a\u{2407}b")
        #expect(clean("abc\u{8}\u{8}") == "abc\u{2408}\u{2408}")
        #expect(clean("\u{0}") == "\u{2400}")
        #expect(clean("\u{1F}") == "\u{241F}")
        #expect(clean("\u{C}\u{B}") == "\u{240C}\u{240B}")
        #expect(clean("\u{7F}") == "\u{2421}")
        #expect(clean("progress 10%\rprogress 20%") == "progress 10%\u{240D}progress 20%")
    }

    @Test func crlfBecomesLf() {
        #expect(clean("a\r\nb\r\n") == "a\nb\n")
        #expect(clean("a\r\nb\r") == "a\nb\u{240D}")
        #expect(clean("\r\r\n") == "\u{240D}\n")
        #expect(clean("\n\r") == "\n\u{240D}")
    }

    @Test func c1ControlsBecomeReplacementCharacter() {
        #expect(clean("a\u{85}b") == "a\u{FFFD}b")
        #expect(clean("\u{80}\u{9C}\u{9A}") == "\u{FFFD}\u{FFFD}\u{FFFD}")
    }

    @Test func bidiControlsAreDroppedAndSeparatorsBecomeNewlines() {
        #expect(clean("a\u{202E}b\u{202A}c\u{202C}") == "abc")
        #expect(clean("\u{2066}x\u{2067}y\u{2068}z\u{2069}") == "xyz")
        #expect(clean("a\u{2028}b\u{2029}c") == "a\nb\nc")
    }

    @Test func streamingKeepsSequencesWholeAcrossChunks() {
        var sanitizer = TextSanitizer()
        var output = sanitizer.feed("abc\u{1B}[3")
        output += sanitizer.feed("1mred\u{1B}")
        output += sanitizer.feed("]0;ti")
        output += sanitizer.feed("tle\u{7}plain")
        output += sanitizer.feed(" text\r")
        output += sanitizer.feed("\nnext\r")
        output += sanitizer.finish()
        #expect(output == "abcredplain text\nnext\u{240D}")
        #expect(sanitizer.state == .normal)
    }

    @Test func streamingFinishDropsUnterminatedSequence() {
        var sanitizer = TextSanitizer()
        #expect(sanitizer.feed("ok\u{1B}]52;c;AAAA") == "ok")
        #expect(sanitizer.finish() == "")
        #expect(sanitizer.feed("fresh") == "fresh")
    }

    @Test func streamingMatchesWholeStringOnEverySplit() {
        let input = "a\u{1B}[31mb\r\nc\u{1B}]0;t\u{1B}\\d\u{9B}2Je\r\u{7}f\u{1B}"
        let expected = clean(input)
        let scalars = Array(input.unicodeScalars)
        for split in 0...scalars.count {
            var first = String.UnicodeScalarView()
            first.append(contentsOf: scalars[..<split])
            var second = String.UnicodeScalarView()
            second.append(contentsOf: scalars[split...])
            var sanitizer = TextSanitizer()
            var output = sanitizer.feed(String(first))
            output += sanitizer.feed(String(second))
            output += sanitizer.finish()
            #expect(output == expected, "split at \(split)")
        }
    }

    @Test func randomInputNeverLeaksControls() {
        var random = SplitMix64(seed: 42)
        let alphabet: [String] = [
            "a", " ", "\n", "\t", "\r", "\u{1B}", "[", "]", "P", "\\", "\u{7}", "0", ";", "?", "m", "h", "é",
            "日", "👍", "\u{9B}", "\u{9D}", "\u{9C}", "\u{90}", "\u{85}", "\u{7F}", "\u{0}", "\u{202E}", "\u{2066}",
            "\u{18}", "\u{301}", "\u{2028}",
        ]
        for _ in 0..<500 {
            var input = ""
            for _ in 0..<random.next(below: 40) {
                input += alphabet[random.next(below: alphabet.count)]
            }
            let output = clean(input)
            for scalar in output.unicodeScalars {
                let value = scalar.value
                let isBadC0 = value < 0x20 && value != 0x0A && value != 0x09
                let isBadOther =
                    (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                    || (0x2066...0x2069).contains(value) || value == 0x2028 || value == 0x2029
                #expect(!isBadC0 && !isBadOther, "leaked U+\(String(value, radix: 16)) from \(input.debugDescription)")
            }
            #expect(clean(output) == output)  // idempotent
        }
    }
}
