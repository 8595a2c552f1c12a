import Testing

@testable import TerminalUI

/// Runs inputs through a fresh decoder whole, byte by byte, or split in two at a given position.
enum Decode {
    static func whole(_ input: [UInt8]) -> [KeyEvent] {
        var decoder = InputDecoder()
        return decoder.feed(input) + decoder.flush()
    }

    static func byteByByte(_ input: [UInt8]) -> [KeyEvent] {
        var decoder = InputDecoder()
        var events: [KeyEvent] = []
        for byte in input {
            events += decoder.feed([byte])
        }
        return events + decoder.flush()
    }

    static func split(_ input: [UInt8], at position: Int) -> [KeyEvent] {
        var decoder = InputDecoder()
        return decoder.feed(input[..<position]) + decoder.feed(input[position...]) + decoder.flush()
    }

    /// Feeds byte by byte without the final flush; returns the events and whether anything is pending.
    static func withoutFlush(_ input: [UInt8]) -> (events: [KeyEvent], pending: Bool) {
        var decoder = InputDecoder()
        var events: [KeyEvent] = []
        for byte in input {
            events += decoder.feed([byte])
        }
        return (events, decoder.hasPending)
    }
}

/// UTF-8 bytes of a string literal.
func bytes(_ string: String) -> [UInt8] {
    Array(string.utf8)
}

/// Expects `input` to decode to `expected` when fed whole, byte by byte and split at every position.
/// With `complete` (the default) the events must also arrive without needing `flush()`.
func expectDecodes(
    _ input: [UInt8],
    _ expected: [KeyEvent],
    complete: Bool = true,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(Decode.whole(input) == expected, "fed whole", sourceLocation: sourceLocation)
    #expect(Decode.byteByByte(input) == expected, "fed byte by byte", sourceLocation: sourceLocation)
    for position in 0...input.count {
        #expect(Decode.split(input, at: position) == expected, "split at \(position)", sourceLocation: sourceLocation)
    }
    if complete {
        let (events, pending) = Decode.withoutFlush(input)
        #expect(events == expected, "without flush", sourceLocation: sourceLocation)
        #expect(!pending, "nothing pending", sourceLocation: sourceLocation)
    }
}

/// A table-driven decoding case: input text (may contain ESC etc.) and the expected events.
struct DecodeCase: Sendable, CustomTestStringConvertible {
    let input: [UInt8]
    let expected: [KeyEvent]

    init(_ input: String, _ expected: KeyEvent...) {
        self.input = bytes(input)
        self.expected = expected
    }

    init(bytes input: [UInt8], _ expected: KeyEvent...) {
        self.input = input
        self.expected = expected
    }

    var testDescription: String {
        input.map { byte in
            switch byte {
            case 0x1B: "⎋"
            case 0x00..<0x20, 0x7F: "^\(Character(Unicode.Scalar(byte ^ 0x40)))"
            case 0x80...: "<\(String(byte, radix: 16))>"
            default: String(Character(Unicode.Scalar(byte)))
            }
        }.joined()
    }
}
