import Testing

@testable import TerminalUI

/// kitty `CSI u` and xterm modifyOtherKeys reports.
struct KittyKeyTests {
    static let cases: [DecodeCase] = [
        DecodeCase("\u{1B}[13u", .enter), DecodeCase("\u{1B}[13;2u", .newline),
        DecodeCase("\u{1B}[13;3u", .newline), DecodeCase("\u{1B}[13;5u", .newline),
        DecodeCase("\u{1B}[9u", .tab), DecodeCase("\u{1B}[9;2u", .backTab),
        DecodeCase("\u{1B}[27u", .escape), DecodeCase("\u{1B}[127u", .backspace),
        DecodeCase("\u{1B}[127;3u", .altBackspace), DecodeCase("\u{1B}[127;5u", .altBackspace),
        DecodeCase("\u{1B}[97u", .character("a")), DecodeCase("\u{1B}[97;2u", .character("A")),
        DecodeCase("\u{1B}[97:65;2u", .character("A")), DecodeCase("\u{1B}[49:33;2u", .character("!")),
        DecodeCase("\u{1B}[97;5u", .control("a")), DecodeCase("\u{1B}[99;5u", .control("c")),
        DecodeCase("\u{1B}[105;5u", .tab), DecodeCase("\u{1B}[109;5u", .enter),
        DecodeCase("\u{1B}[97;3u", .alt("a")), DecodeCase("\u{1B}[98;3u", .alt("b")),
        DecodeCase("\u{1B}[97;129u", .character("a")),
        DecodeCase("\u{1B}[1078u", .character("ж")),
        DecodeCase("\u{1B}[27;5;97~", .control("a")), DecodeCase("\u{1B}[27;2;13~", .newline),
        DecodeCase("\u{1B}[27;3;102~", .alt("f")),
        DecodeCase("\u{1B}[57399u", .unknown("\u{1B}[57399u")),
        DecodeCase("\u{1B}[97;7u", .unknown("\u{1B}[97;7u")),
        DecodeCase("\u{1B}[97;9u", .unknown("\u{1B}[97;9u")),
        DecodeCase("\u{1B}[u", .unknown("\u{1B}[u")),
        DecodeCase("\u{1B}[1u", .unknown("\u{1B}[1u")),
    ]

    @Test(arguments: cases)
    func kittyKeys(_ testCase: DecodeCase) {
        expectDecodes(testCase.input, testCase.expected)
    }
}
