import Testing

@testable import TerminalUI

/// UTF-8 text across feed boundaries, grapheme grouping and invalid input.
struct UTF8DecodingTests {
    /// Concatenates character events; fails on anything else.
    private func text(of events: [KeyEvent]) -> String? {
        var result = ""
        for event in events {
            guard case .character(let character) = event else { return nil }
            result.append(character)
        }
        return result
    }

    @Test(arguments: ["привет, мир", "你好世界", "😀🎉", "naïve café", "日本語 ✓ Ω"])
    func multibyteText(_ sample: String) {
        expectDecodes(bytes(sample), sample.map(KeyEvent.character))
    }

    @Test func fourByteCharacterSplitAcrossFeeds() {
        var decoder = InputDecoder()
        #expect(decoder.feed([0xF0, 0x9F]).isEmpty)
        #expect(decoder.hasPending)
        #expect(decoder.feed([0x98]).isEmpty)
        #expect(decoder.feed([0x80]) == [.character("😀")])
        #expect(!decoder.hasPending)
        #expect(decoder.flush().isEmpty)
    }

    @Test func combiningMarkJoinsBaseCharacterWithinOneFeed() {
        var decoder = InputDecoder()
        let events = decoder.feed(bytes("e\u{301}x"))
        #expect(events == [.character("e\u{301}"), .character("x")])
        #expect(events.count == 2)
    }

    @Test func emojiClustersStayTogetherWithinOneFeed() {
        var decoder = InputDecoder()
        #expect(decoder.feed(bytes("👍🏽👨‍👩‍👧")) == [.character("👍🏽"), .character("👨‍👩‍👧")])
    }

    @Test(arguments: ["e\u{301}", "👍🏽", "👨‍👩‍👧", "🇩🇪", "a\u{308}\u{304}b"])
    func clustersSplitAcrossFeedsKeepAllScalars(_ sample: String) {
        // Grouping is per feed, but no scalar may be lost or altered, whatever the split.
        #expect(text(of: Decode.byteByByte(bytes(sample))) == sample)
        for position in 0...sample.utf8.count {
            #expect(text(of: Decode.split(bytes(sample), at: position)) == sample)
        }
    }

    static let invalid: [DecodeCase] = [
        DecodeCase(bytes: [0xFF], .character("\u{FFFD}")),
        DecodeCase(bytes: [0x80], .character("\u{FFFD}")),
        DecodeCase(bytes: [0xC0, 0xAF], .character("\u{FFFD}"), .character("\u{FFFD}")),
        DecodeCase(bytes: [0xC3, 0x41], .character("\u{FFFD}"), .character("A")),
        DecodeCase(bytes: [0xE0, 0x80, 0x41], .character("\u{FFFD}"), .character("\u{FFFD}"), .character("A")),
        DecodeCase(bytes: [0xED, 0xA0, 0x80], .character("\u{FFFD}"), .character("\u{FFFD}"), .character("\u{FFFD}")),
        DecodeCase(
            bytes: [0xF4, 0x90, 0x80, 0x80], .character("\u{FFFD}"), .character("\u{FFFD}"),
            .character("\u{FFFD}"), .character("\u{FFFD}")),
        DecodeCase(bytes: [0xF0, 0x9F, 0x98, 0x1B, 0x5B, 0x41], .character("\u{FFFD}"), .up),
        DecodeCase(bytes: [0xE4, 0xBD, 0x0D], .character("\u{FFFD}"), .enter),
        DecodeCase(bytes: [0xC3, 0xC3, 0xA9], .character("\u{FFFD}"), .character("é")),
    ]

    @Test(arguments: invalid)
    func invalidBytesBecomeReplacementCharacters(_ testCase: DecodeCase) {
        expectDecodes(testCase.input, testCase.expected)
    }

    @Test func truncatedCharacterIsReplacedOnFlush() {
        var decoder = InputDecoder()
        #expect(decoder.feed([0x61, 0xE4, 0xBD]) == [.character("a")])
        #expect(decoder.hasPending)
        #expect(decoder.flush() == [.character("\u{FFFD}")])
        #expect(!decoder.hasPending)
        #expect(decoder.feed([0x62]) == [.character("b")])
    }

    @Test func c1ControlCharactersAreNotText() {
        expectDecodes([0xC2, 0x85], [.unknown("\u{85}")])
    }

    @Test func arbitraryBytesNeverCrashAndAlwaysSettle() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for round in 0..<200 {
            var input: [UInt8] = []
            for _ in 0..<(round % 64 + 1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                input.append(UInt8(truncatingIfNeeded: state >> 56))
            }
            var decoder = InputDecoder()
            _ = decoder.feed(input)
            _ = decoder.flush()
            // A random stream may open a paste; otherwise nothing may remain pending after a flush.
            #expect(!decoder.hasPending)
            var piecewise = InputDecoder()
            for byte in input {
                _ = piecewise.feed([byte])
            }
            _ = piecewise.flush()
            #expect(piecewise.isInPaste == decoder.isInPaste)
        }
    }
}
