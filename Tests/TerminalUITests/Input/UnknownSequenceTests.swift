import Testing

@testable import TerminalUI

/// Unrecognised, malformed and runaway sequences: reported as `.unknown`, never leaked as text.
struct UnknownSequenceTests {
    static let unknown: [DecodeCase] = [
        DecodeCase("\u{1B}[999;999;999X", .unknown("\u{1B}[999;999;999X")),
        DecodeCase("\u{1B}[?25h", .unknown("\u{1B}[?25h")),
        DecodeCase("\u{1B}[>1;2c", .unknown("\u{1B}[>1;2c")),
        DecodeCase("\u{1B}[0 q", .unknown("\u{1B}[0 q")),
        DecodeCase("\u{1B}[1;2$y", .unknown("\u{1B}[1;2$y")),
        DecodeCase("\u{1B}[1?2A", .unknown("\u{1B}[1?2A")),
        DecodeCase("\u{1B}[~", .unknown("\u{1B}[~")),
        DecodeCase("\u{1B}[99~", .unknown("\u{1B}[99~")),
        DecodeCase("\u{1B}[E", .unknown("\u{1B}[E")),
        DecodeCase("\u{1B}[I", .unknown("\u{1B}[I")),
        DecodeCase("\u{1B}[[Z", .unknown("\u{1B}[[Z")),
        DecodeCase("\u{1B}Oz", .unknown("\u{1B}Oz")),
        DecodeCase("\u{1B}O1;5~", .unknown("\u{1B}O1;5~")),
        DecodeCase("\u{1B}[<1;2;3X", .unknown("\u{1B}[<1;2;3X")),
        DecodeCase("\u{1B}[12\u{1B}[A", .unknown("\u{1B}[12"), .up),
        DecodeCase("\u{1B}[12\u{01}", .unknown("\u{1B}[12"), .control("a")),
        DecodeCase("\u{1B}[\u{01}", .alt("["), .control("a")),
        DecodeCase("\u{1B}O\u{1B}OA", .alt("O"), .up),
        DecodeCase("\u{1B}[[\u{1B}", .unknown("\u{1B}[["), .escape),
        DecodeCase("\u{1B}[1;5é", .unknown("\u{1B}[1;5"), .character("é")),
    ]

    @Test(arguments: unknown)
    func unrecognisedSequences(_ testCase: DecodeCase) {
        // Cases ending in a lone ESC need the flush; the helper applies it in every mode.
        expectDecodes(testCase.input, testCase.expected, complete: testCase.input.last != 0x1B)
    }

    @Test func runawaySequenceIsCappedAndSwallowed() {
        let digits = [UInt8](repeating: 0x31, count: 1000)
        let input = bytes("\u{1B}[") + digits + bytes("Ax")
        let capped = String(
            decoding: bytes("\u{1B}[") + digits.prefix(InputDecoder.maxSequenceLength - 1), as: UTF8.self)
        expectDecodes(input, [.unknown(capped), .character("x")])
    }

    @Test func pendingSequenceNeverGrowsBeyondCap() {
        var decoder = InputDecoder()
        var events = decoder.feed(bytes("\u{1B}["))
        for _ in 0..<10_000 {
            events += decoder.feed(bytes("1;"))
            #expect(decoder.pendingSequenceLength < InputDecoder.maxSequenceLength)
        }
        #expect(decoder.hasPending)
        #expect(events.count == 1)
        #expect(decoder.flush().isEmpty)
        #expect(decoder.feed(bytes("b")) == [.character("b")])
    }

    @Test func runawaySS3IsCapped() {
        let input = bytes("\u{1B}O") + [UInt8](repeating: 0x35, count: 200) + bytes("Dq")
        let events = Decode.whole(input)
        #expect(events.count == 2)
        #expect(events.last == .character("q"))
    }

    @Test func malformedSequencesNeverLeakText() {
        let samples = [
            "\u{1B}[999;999;999X", "\u{1B}[?1049h", "\u{1B}[38;5;196m", "\u{1B}[=5u", "\u{1B}[1;2;3;4;5;6;7;8;9z",
            "\u{1B}[::::~", "\u{1B}[;;;;A", "\u{1B}[!p", "\u{1B}O99x", "\u{1B}[[[",
        ]
        for sample in samples {
            for events in [Decode.whole(bytes(sample)), Decode.byteByByte(bytes(sample))] {
                let leaked = events.contains { event in
                    if case .character = event { return true }
                    return false
                }
                #expect(!leaked, "\(sample.debugDescription) → \(events)")
            }
        }
    }
}
