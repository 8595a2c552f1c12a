import Testing

@testable import TerminalUI

/// SGR, urxvt and X10 mouse reports: wheel events are reported, everything else is dropped.
struct MouseTests {
    static let sgr: [DecodeCase] = [
        DecodeCase("\u{1B}[<64;10;5M", .mouseWheelUp),
        DecodeCase("\u{1B}[<65;10;5M", .mouseWheelDown),
        DecodeCase("\u{1B}[<68;1;1M", .mouseWheelUp),
        DecodeCase("\u{1B}[<81;200;300M", .mouseWheelDown),
        DecodeCase("\u{1B}[<0;10;5M"),
        DecodeCase("\u{1B}[<0;10;5m"),
        DecodeCase("\u{1B}[<2;10;5M"),
        DecodeCase("\u{1B}[<32;10;5M"),
        DecodeCase("\u{1B}[<66;10;5M"),
        DecodeCase("\u{1B}[<64;10;5m"),
        DecodeCase("\u{1B}[<64;1;1Mab", .mouseWheelUp, .character("a"), .character("b")),
        DecodeCase("\u{1B}[<65;3;3M\u{1B}[<65;3;3M", .mouseWheelDown, .mouseWheelDown),
        DecodeCase("\u{1B}[96;10;5M", .mouseWheelUp),
        DecodeCase("\u{1B}[97;10;5M", .mouseWheelDown),
        DecodeCase("\u{1B}[32;10;5M"),
    ]

    @Test(arguments: sgr)
    func sgrAndUrxvtReports(_ testCase: DecodeCase) {
        expectDecodes(testCase.input, testCase.expected)
    }

    static let x10: [DecodeCase] = [
        DecodeCase(bytes: [0x1B, 0x5B, 0x4D, 96, 33, 33], .mouseWheelUp),
        DecodeCase(bytes: [0x1B, 0x5B, 0x4D, 97, 40, 50], .mouseWheelDown),
        DecodeCase(bytes: [0x1B, 0x5B, 0x4D, 32, 40, 50]),
        DecodeCase(bytes: [0x1B, 0x5B, 0x4D, 35, 0xFF, 0xFE]),
        DecodeCase(bytes: [0x1B, 0x5B, 0x4D, 96, 0xC3, 0xA9, 0x61], .mouseWheelUp, .character("a")),
    ]

    @Test(arguments: x10)
    func legacyX10Reports(_ testCase: DecodeCase) {
        expectDecodes(testCase.input, testCase.expected)
    }
}
