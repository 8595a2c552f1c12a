import Testing

@testable import TerminalUI

/// Cursor, editing and function keys in xterm, tmux/screen, rxvt and Linux console encodings.
struct KeyEncodingTests {
    static let cursorAndEditing: [DecodeCase] = [
        DecodeCase("\u{1B}[A", .up), DecodeCase("\u{1B}[B", .down),
        DecodeCase("\u{1B}[C", .right), DecodeCase("\u{1B}[D", .left),
        DecodeCase("\u{1B}OA", .up), DecodeCase("\u{1B}OB", .down),
        DecodeCase("\u{1B}OC", .right), DecodeCase("\u{1B}OD", .left),
        DecodeCase("\u{1B}[H", .home), DecodeCase("\u{1B}[F", .end),
        DecodeCase("\u{1B}OH", .home), DecodeCase("\u{1B}OF", .end),
        DecodeCase("\u{1B}[1~", .home), DecodeCase("\u{1B}[4~", .end),
        DecodeCase("\u{1B}[7~", .home), DecodeCase("\u{1B}[8~", .end),
        DecodeCase("\u{1B}[2~", .insert), DecodeCase("\u{1B}[3~", .delete),
        DecodeCase("\u{1B}[5~", .pageUp), DecodeCase("\u{1B}[6~", .pageDown),
        DecodeCase("\u{1B}[Z", .backTab),
    ]

    static let modified: [DecodeCase] = [
        DecodeCase("\u{1B}[1;2A", .shiftUp), DecodeCase("\u{1B}[1;2B", .shiftDown),
        DecodeCase("\u{1B}[1;6A", .shiftUp), DecodeCase("\u{1B}[1;5A", .up),
        DecodeCase("\u{1B}[1;5D", .ctrlLeft), DecodeCase("\u{1B}[1;5C", .ctrlRight),
        DecodeCase("\u{1B}[1;3D", .ctrlLeft), DecodeCase("\u{1B}[1;3C", .ctrlRight),
        DecodeCase("\u{1B}[1;9C", .right), DecodeCase("\u{1B}[1;2D", .left),
        DecodeCase("\u{1B}[1;2C", .right),
        DecodeCase("\u{1B}[a", .shiftUp), DecodeCase("\u{1B}[b", .shiftDown),
        DecodeCase("\u{1B}[c", .right), DecodeCase("\u{1B}[d", .left),
        DecodeCase("\u{1B}Oa", .up), DecodeCase("\u{1B}Ob", .down),
        DecodeCase("\u{1B}Oc", .ctrlRight), DecodeCase("\u{1B}Od", .ctrlLeft),
        DecodeCase("\u{1B}O5D", .ctrlLeft), DecodeCase("\u{1B}O1;5C", .ctrlRight),
        DecodeCase("\u{1B}O2A", .shiftUp),
        DecodeCase("\u{1B}[1;5H", .home), DecodeCase("\u{1B}[1;2F", .end),
        DecodeCase("\u{1B}[3;5~", .delete), DecodeCase("\u{1B}[5;2~", .pageUp),
        DecodeCase("\u{1B}[3$", .delete), DecodeCase("\u{1B}[3^", .delete),
        DecodeCase("\u{1B}[7^", .home), DecodeCase("\u{1B}[8@", .end),
        DecodeCase("\u{1B}[2$", .insert),
    ]

    static let functionKeys: [DecodeCase] = [
        DecodeCase("\u{1B}OP", .function(1)), DecodeCase("\u{1B}OQ", .function(2)),
        DecodeCase("\u{1B}OR", .function(3)), DecodeCase("\u{1B}OS", .function(4)),
        DecodeCase("\u{1B}[11~", .function(1)), DecodeCase("\u{1B}[12~", .function(2)),
        DecodeCase("\u{1B}[13~", .function(3)), DecodeCase("\u{1B}[14~", .function(4)),
        DecodeCase("\u{1B}[[A", .function(1)), DecodeCase("\u{1B}[[B", .function(2)),
        DecodeCase("\u{1B}[[C", .function(3)), DecodeCase("\u{1B}[[D", .function(4)),
        DecodeCase("\u{1B}[[E", .function(5)),
        DecodeCase("\u{1B}[15~", .function(5)), DecodeCase("\u{1B}[17~", .function(6)),
        DecodeCase("\u{1B}[18~", .function(7)), DecodeCase("\u{1B}[19~", .function(8)),
        DecodeCase("\u{1B}[20~", .function(9)), DecodeCase("\u{1B}[21~", .function(10)),
        DecodeCase("\u{1B}[23~", .function(11)), DecodeCase("\u{1B}[24~", .function(12)),
        DecodeCase("\u{1B}[15;2~", .function(5)), DecodeCase("\u{1B}[24;5~", .function(12)),
        DecodeCase("\u{1B}[1;2P", .function(1)), DecodeCase("\u{1B}[1;5S", .function(4)),
        DecodeCase("\u{1B}O2P", .function(1)), DecodeCase("\u{1B}O1;2Q", .function(2)),
        DecodeCase("\u{1B}[25~", .function(13)), DecodeCase("\u{1B}[34~", .function(20)),
    ]

    static let keypad: [DecodeCase] = [
        DecodeCase("\u{1B}OM", .enter), DecodeCase("\u{1B}Op", .character("0")),
        DecodeCase("\u{1B}Oy", .character("9")), DecodeCase("\u{1B}Ok", .character("+")),
        DecodeCase("\u{1B}Oo", .character("/")), DecodeCase("\u{1B}OX", .character("=")),
    ]

    @Test(arguments: cursorAndEditing)
    func cursorAndEditingKeys(_ testCase: DecodeCase) {
        expectDecodes(testCase.input, testCase.expected)
    }

    @Test(arguments: modified)
    func modifiedKeys(_ testCase: DecodeCase) {
        expectDecodes(testCase.input, testCase.expected)
    }

    @Test(arguments: functionKeys)
    func functionKeyEncodings(_ testCase: DecodeCase) {
        expectDecodes(testCase.input, testCase.expected)
    }

    @Test(arguments: keypad)
    func applicationKeypad(_ testCase: DecodeCase) {
        expectDecodes(testCase.input, testCase.expected)
    }

    @Test func keysMixedWithText() {
        expectDecodes(
            bytes("a\u{1B}[Ab\u{1B}OD\u{1B}[3~c\u{1B}[15;2~"),
            [.character("a"), .up, .character("b"), .left, .delete, .character("c"), .function(5)]
        )
    }

    @Test func backToBackSequences() {
        expectDecodes(
            bytes("\u{1B}[A\u{1B}[A\u{1B}[B\u{1B}[1;5D\u{1B}[[A\u{1B}OP"),
            [.up, .up, .down, .ctrlLeft, .function(1), .function(1)]
        )
    }
}
