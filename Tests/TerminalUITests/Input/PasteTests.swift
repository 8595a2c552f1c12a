import Testing

@testable import TerminalUI

/// Bracketed paste: body extraction, newline normalisation, embedded escapes and large pastes.
struct PasteTests {
    private static let start = "\u{1B}[200~"
    private static let end = "\u{1B}[201~"

    private func pasted(_ body: String) -> [UInt8] {
        bytes(Self.start + body + Self.end)
    }

    @Test func pasteWithNewlinesIsOneEvent() {
        expectDecodes(pasted("hello\nworld\n"), [.paste("hello\nworld\n")])
    }

    @Test func carriageReturnsBecomeNewlines() {
        expectDecodes(pasted("a\r\nb\rc\n\r\nd\r"), [.paste("a\nb\nc\n\nd\n")])
        expectDecodes(pasted("\r\r\n\n"), [.paste("\n\n\n")])
    }

    @Test func embeddedEscapeSequencesStayInBody() {
        expectDecodes(pasted("x\u{1B}[Ay\u{1B}z"), [.paste("x\u{1B}[Ay\u{1B}z")])
        expectDecodes(pasted("\u{1B}[200~nested"), [.paste("\u{1B}[200~nested")])
        expectDecodes(pasted("\u{1B}[20\u{1B}[201\u{1B}[2011"), [.paste("\u{1B}[20\u{1B}[201\u{1B}[2011")])
        expectDecodes(pasted("tail\u{1B}"), [.paste("tail\u{1B}")])
        expectDecodes(pasted("\u{1B}\u{1B}[20"), [.paste("\u{1B}\u{1B}[20")])
    }

    @Test func controlBytesAreKept() {
        expectDecodes(pasted("a\tb\u{03}c\u{7F}\u{08}"), [.paste("a\tb\u{03}c\u{7F}\u{08}")])
    }

    @Test func unicodeAndInvalidBytesInPaste() {
        expectDecodes(pasted("привет 😀 你好"), [.paste("привет 😀 你好")])
        let invalid = bytes(Self.start) + [0x61, 0xFF, 0xE4, 0xBD] + bytes(Self.end)
        expectDecodes(invalid, [.paste("a\u{FFFD}\u{FFFD}")])
    }

    @Test func emptyPaste() {
        expectDecodes(pasted(""), [.paste("")])
    }

    @Test func textAroundPaste() {
        expectDecodes(
            bytes("a\u{1B}[A") + pasted("x\ny") + bytes("b\u{1B}b"),
            [.character("a"), .up, .paste("x\ny"), .character("b"), .alt("b")]
        )
        expectDecodes(pasted("one") + pasted("two"), [.paste("one"), .paste("two")])
    }

    @Test func strayEndMarkerIsIgnored() {
        expectDecodes(bytes(Self.end + "a"), [.character("a")])
    }

    @Test func openPasteSurvivesFlush() {
        var decoder = InputDecoder()
        #expect(decoder.feed(bytes(Self.start + "abc\u{1B}[20")).isEmpty)
        #expect(decoder.isInPaste)
        #expect(!decoder.hasPending)
        #expect(decoder.flush().isEmpty)
        #expect(decoder.feed(bytes("1~z")) == [.paste("abc"), .character("z")])
        #expect(!decoder.isInPaste)
    }

    @Test(.timeLimit(.minutes(1)))
    func oneMebibytePasteInFourKibibytePieces() {
        var body: [UInt8] = []
        let line = bytes("line with text, ünïcödé and 😀\r\n")
        let size = 1 << 20
        while body.count < size - 3 {
            body += line
        }
        body.removeLast(body.count - (size - 3))  // marker straddles a 4 KiB piece boundary
        let expected = bytes(String(decoding: body, as: UTF8.self).replacing("\r\n", with: "\n"))
        let input = bytes(Self.start) + body + bytes(Self.end + "!")

        var decoder = InputDecoder()
        var events: [KeyEvent] = []
        var offset = 0
        while offset < input.count {
            let next = min(offset + 4096, input.count)
            events += decoder.feed(input[offset..<next])
            offset = next
        }
        events += decoder.flush()
        #expect(events.count == 2)
        guard events.count == 2, case .paste(let text) = events[0] else {
            Issue.record("expected a paste event, got \(events.prefix(3))")
            return
        }
        #expect(Array(text.utf8) == expected)
        #expect(events[1] == .character("!"))
    }

    @Test(.timeLimit(.minutes(1)))
    func largePasteInTinyPiecesIsLinear() {
        // 1 MiB in 64-byte pieces: a quadratic rescan would take billions of steps.
        let body = [UInt8](repeating: 0x78, count: 1 << 20)
        let input = bytes(Self.start) + body + bytes(Self.end)
        var decoder = InputDecoder()
        var events: [KeyEvent] = []
        var offset = 0
        while offset < input.count {
            let next = min(offset + 64, input.count)
            events += decoder.feed(input[offset..<next])
            offset = next
        }
        #expect(events == [.paste(String(repeating: "x", count: 1 << 20))])
    }
}
