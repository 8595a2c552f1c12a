import Testing

@testable import TerminalUI

/// The lone-ESC ambiguity: pending state, `hasPending` and `flush()`.
struct EscapeTimeoutTests {
    @Test func loneEscapeWaitsForFlush() {
        var decoder = InputDecoder()
        #expect(!decoder.hasPending)
        #expect(decoder.feed([0x1B]).isEmpty)
        #expect(decoder.hasPending)
        #expect(decoder.flush() == [.escape])
        #expect(!decoder.hasPending)
        #expect(decoder.flush().isEmpty)
    }

    @Test func altBVersusEscapeThenB() {
        var together = InputDecoder()
        #expect(together.feed(bytes("\u{1B}b")) == [.alt("b")])

        var split = InputDecoder()
        #expect(split.feed([0x1B]).isEmpty)
        #expect(split.feed(bytes("b")) == [.alt("b")])

        var timedOut = InputDecoder()
        #expect(timedOut.feed([0x1B]).isEmpty)
        #expect(timedOut.flush() == [.escape])
        #expect(timedOut.feed(bytes("b")) == [.character("b")])
    }

    @Test func doubleEscape() {
        var decoder = InputDecoder()
        #expect(decoder.feed([0x1B, 0x1B]) == [.escape])
        #expect(decoder.hasPending)
        #expect(decoder.flush() == [.escape])
        #expect(decoder.feed([0x1B, 0x1B, 0x1B]) == [.escape, .escape])
        #expect(decoder.flush() == [.escape])
    }

    @Test func textBeforePendingEscapeIsDeliveredImmediately() {
        var decoder = InputDecoder()
        #expect(decoder.feed(bytes("hi\u{1B}")) == [.character("h"), .character("i")])
        #expect(decoder.flush() == [.escape])
    }

    @Test func incompleteIntroducersFlushAsAltKeys() {
        var csi = InputDecoder()
        #expect(csi.feed(bytes("\u{1B}[")).isEmpty)
        #expect(csi.hasPending)
        #expect(csi.flush() == [.alt("[")])

        var ss3 = InputDecoder()
        #expect(ss3.feed(bytes("\u{1B}O")).isEmpty)
        #expect(ss3.flush() == [.alt("O")])
    }

    @Test func incompleteSequencesFlushAsUnknown() {
        let pending = ["\u{1B}[1;", "\u{1B}[15", "\u{1B}[<64;1", "\u{1B}[[", "\u{1B}[M", "\u{1B}[M`!", "\u{1B}O1;"]
        for input in pending {
            var decoder = InputDecoder()
            #expect(decoder.feed(bytes(input)).isEmpty, "\(input.debugDescription)")
            #expect(decoder.hasPending)
            #expect(decoder.flush() == [.unknown(input)], "\(input.debugDescription)")
            #expect(!decoder.hasPending)
        }
    }

    @Test func sequenceCompletedInLaterFeed() {
        var decoder = InputDecoder()
        #expect(decoder.feed(bytes("\u{1B}[1;")).isEmpty)
        #expect(decoder.feed(bytes("5")).isEmpty)
        #expect(decoder.feed(bytes("Dx")) == [.ctrlLeft, .character("x")])
        #expect(!decoder.hasPending)
    }

    @Test func flushWithNothingPendingIsEmpty() {
        var decoder = InputDecoder()
        #expect(decoder.flush().isEmpty)
        #expect(decoder.feed(bytes("ok")) == [.character("o"), .character("k")])
        #expect(decoder.flush().isEmpty)
    }
}
