import Testing

@testable import TerminalUI

/// Control bytes, Alt (ESC-prefixed) keys and plain ASCII text.
struct ControlAndAltTests {
    static let controlBytes: [DecodeCase] = [
        DecodeCase(bytes: [0x01], .control("a")), DecodeCase(bytes: [0x03], .control("c")),
        DecodeCase(bytes: [0x04], .control("d")), DecodeCase(bytes: [0x0B], .control("k")),
        DecodeCase(bytes: [0x0C], .control("l")), DecodeCase(bytes: [0x0E], .control("n")),
        DecodeCase(bytes: [0x17], .control("w")), DecodeCase(bytes: [0x1A], .control("z")),
        DecodeCase(bytes: [0x00], .control("@")), DecodeCase(bytes: [0x1C], .control("\\")),
        DecodeCase(bytes: [0x1D], .control("]")), DecodeCase(bytes: [0x1E], .control("^")),
        DecodeCase(bytes: [0x1F], .control("_")),
        DecodeCase(bytes: [0x09], .tab), DecodeCase(bytes: [0x0D], .enter),
        DecodeCase(bytes: [0x0A], .newline), DecodeCase(bytes: [0x08], .backspace),
        DecodeCase(bytes: [0x7F], .backspace),
        DecodeCase(bytes: [0x0D, 0x0A], .enter, .newline),
    ]

    static let altKeys: [DecodeCase] = [
        DecodeCase("\u{1B}b", .alt("b")), DecodeCase("\u{1B}f", .alt("f")),
        DecodeCase("\u{1B}d", .alt("d")), DecodeCase("\u{1B}B", .alt("B")),
        DecodeCase("\u{1B}.", .alt(".")), DecodeCase("\u{1B} ", .alt(" ")),
        DecodeCase("\u{1B}\r", .newline), DecodeCase("\u{1B}\n", .newline),
        DecodeCase(bytes: [0x1B, 0x7F], .altBackspace), DecodeCase(bytes: [0x1B, 0x08], .altBackspace),
        DecodeCase("\u{1B}é", .alt("é")), DecodeCase("\u{1B}ж", .alt("ж")),
        DecodeCase("\u{1B}😀", .alt("😀")),
        DecodeCase("\u{1B}\t", .escape, .tab),
        DecodeCase(bytes: [0x1B, 0x03], .escape, .control("c")),
        DecodeCase("\u{1B}\u{1B}[A", .escape, .up),
        DecodeCase("\u{1B}\u{1B}b", .escape, .alt("b")),
        DecodeCase("x\u{1B}by", .character("x"), .alt("b"), .character("y")),
    ]

    @Test(arguments: controlBytes)
    func controlByteKeys(_ testCase: DecodeCase) {
        expectDecodes(testCase.input, testCase.expected)
    }

    @Test(arguments: altKeys)
    func altPrefixedKeys(_ testCase: DecodeCase) {
        expectDecodes(testCase.input, testCase.expected)
    }

    @Test func printableASCII() {
        let text = (0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }
        expectDecodes(Array(0x20...0x7E), text.map(KeyEvent.character))
    }

    @Test func escapeThenInvalidUTF8IsEscapeAndReplacement() {
        expectDecodes([0x1B, 0xFF], [.escape, .character("\u{FFFD}")])
        expectDecodes([0x1B, 0xC3, 0x41], [.escape, .character("\u{FFFD}"), .character("A")])
    }
}
