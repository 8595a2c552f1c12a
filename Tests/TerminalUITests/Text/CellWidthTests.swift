import Testing

@testable import TerminalUI

/// Tests for `CellWidth`.
struct CellWidthTests {
    @Test func asciiPrintableIsOne() {
        for byte in UInt8(0x20)...UInt8(0x7E) {
            #expect(CellWidth.of(Character(Unicode.Scalar(byte))) == 1)
        }
        #expect(CellWidth.of("Hello, world!") == 13)
    }

    @Test func controlsAreZero() throws {
        for value in [0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x7F, 0x85, 0x9B] as [UInt32] {
            let scalar = try #require(Unicode.Scalar(value))
            #expect(CellWidth.of(Character(scalar)) == 0, "U+\(String(value, radix: 16))")
        }
        #expect(CellWidth.of(Character("\r\n")) == 0)
    }

    @Test(arguments: [
        "\u{301}", "\u{20DD}", "\u{200D}", "\u{200B}", "\u{FE0F}", "\u{FE0E}", "\u{E0100}", "\u{AD}", "\u{FEFF}",
        "\u{2060}",
    ])
    func zeroWidthAlone(_ s: String) {
        #expect(CellWidth.of(s) == 0)
    }

    @Test(arguments: [
        "中", "日", "本", "한", "\u{1112}\u{1161}\u{11AB}", "あ", "カ", "Ａ", "！", "　", "𠀀", "\u{3134F}",
        "👍", "👍🏽", "👨‍👩‍👧", "❤️", "🏳️‍🌈", "🇺🇸", "⌚", "🏽", "☝🏽", "©️", "1️⃣", "❤‍🔥", "🦖", "🫠",
    ])
    func wideClusters(_ s: String) {
        #expect(s.count == 1)
        #expect(CellWidth.of(s) == 2, "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test(arguments: [
        "e\u{301}", "a", "é", "Ж", "ω", "ع", "ｱ", "☺", "☺\u{FE0E}", "©", "─", "┌", "‘", "…", "🇺", "a\u{FE0F}",
        "\u{E000}", "ß", "ŉ", "ก", "क", "\u{0915}\u{093F}",
    ])
    func narrowClusters(_ s: String) {
        #expect(s.count == 1)
        #expect(CellWidth.of(s) == 1, "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func characterAndStringAgree() {
        let samples: [Character] = ["a", "中", "👨‍👩‍👧", "e\u{301}", "\u{200B}", "\u{1B}"]
        for g in samples {
            #expect(CellWidth.of(g) == CellWidth.of(String(g)))
        }
    }

    @Test func stringWidthsSumClusters() {
        #expect(CellWidth.of("") == 0)
        #expect(CellWidth.of("héllo") == 5)
        #expect(CellWidth.of("привет") == 6)
        #expect(CellWidth.of("日本語") == 6)
        #expect(CellWidth.of("a👍b") == 4)
        #expect(CellWidth.of("e\u{301}e\u{301}") == 2)
        #expect(CellWidth.of("a\u{200B}b") == 2)
        #expect(CellWidth.of("🇺🇸🇫🇷") == 4)
        #expect(CellWidth.of("tab\there") == 7)
        let text = "x日本y"
        #expect(CellWidth.of(text.dropFirst()) == 5)
        #expect(CellWidth.of(Substring("ab")) == 2)
    }

    @Test func prependedFormatCharacterUsesFollowingBase() {
        // U+0600 ARABIC NUMBER SIGN is a Prepend (Cf) scalar that clusters with the digit.
        let s = "\u{0600}\u{0661}"
        if s.count == 1 {
            #expect(CellWidth.of(s) == 1)
        }
    }

    @Test func wideTableIsSortedDisjointAndAboveFastPath() {
        let bounds = EastAsianWideTable.bounds
        #expect(bounds.count % 2 == 0)
        #expect(bounds.count >= 2)
        #expect((bounds.first ?? 0) >= 0x1100)  // CellWidth skips the lookup below U+1100
        var previousEnd: UInt32?
        for index in stride(from: 0, to: bounds.count, by: 2) {
            #expect(bounds[index] <= bounds[index + 1])
            if let previousEnd {
                #expect(bounds[index] > previousEnd + 1)
            }
            previousEnd = bounds[index + 1]
        }
        #expect(EastAsianWideTable.unicodeVersion == "14.0.0")
    }

    @Test func wideTableLookup() {
        #expect(EastAsianWideTable.contains(0x1100))
        #expect(EastAsianWideTable.contains(0x115F))
        #expect(!EastAsianWideTable.contains(0x1160))
        #expect(EastAsianWideTable.contains(0x4E00))
        #expect(EastAsianWideTable.contains(0xAC00))
        #expect(EastAsianWideTable.contains(0xFF01))
        #expect(!EastAsianWideTable.contains(0xFF61))
        #expect(EastAsianWideTable.contains(0x2FFFD))
        #expect(!EastAsianWideTable.contains(0x41))
        #expect(!EastAsianWideTable.contains(0x10FFFF))
        #expect(!EastAsianWideTable.contains(0))
    }

    /// The scalars measured without grapheme breaking: each is one column wide and its own
    /// cluster beside any other of them.
    @Test func narrowScalarsAreOneColumnEach() {
        var count = 0
        for value in UInt32(0x80)...UInt32(0x2FFF) {
            guard let scalar = Unicode.Scalar(value), CellWidth.isNarrowAlone(scalar) else { continue }
            count += 1
            #expect(CellWidth.of(Character(scalar)) == 1, "U+\(String(value, radix: 16))")
            let run = String(String.UnicodeScalarView([scalar, "a", scalar, scalar, "·"]))
            #expect(run.count == 5, "U+\(String(value, radix: 16))")
            #expect(CellWidth.of(run) == 5)
        }
        #expect(count > 1000)
        #expect(CellWidth.of("⠋ generating… │ ready") == 21)
        #expect(CellWidth.of("é\u{301}·") == 2)
    }

    /// Pieces cut only at grapheme cluster boundaries: widths and cluster counts are those of
    /// the text broken into clusters whole.
    @Test func piecesAreCutAtClusterBoundaries() {
        let parts = [
            "a", "ж", "·", "│", " ", "e", "\u{301}", "\u{600}", "\u{FE0F}", "\u{200D}", "👨", "⏱", "⚡", "日", "#",
            "\u{20E3}", "🏽", "\u{E33}", "ก", "\u{1F1EF}", "\u{1F1F5}", "\u{1100}", "\u{1161}", "\r", "\n",
        ]
        var random = SplitMix64(seed: 7)
        for _ in 0..<2000 {
            let text = (0..<random.next(in: 0...8)).map { _ in parts[random.next(below: parts.count)] }.joined()
            var clusters = 0
            var pieces = ""
            CellWidth.forEachPiece(of: text) { piece in
                switch piece {
                case .narrow(let scalar):
                    clusters += 1
                    pieces.unicodeScalars.append(scalar)
                case .clusters(let run):
                    clusters += run.count
                    pieces += run
                }
                return true
            }
            #expect(pieces == text)
            #expect(clusters == text.count, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(CellWidth.of(text) == text.reduce(0) { $0 + CellWidth.of($1) })
        }
    }
}
