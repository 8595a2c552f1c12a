import Foundation
import Testing

@testable import TerminalUI

/// The OSC 52 sequence: its frame, its base64 payload, and the size limit.
struct OSC52Tests {
    /// The payload of a sequence, checked for its frame.
    private func payload(_ text: String) -> String? {
        guard case .success(let bytes) = OSC52.sequence(for: text) else { return nil }
        let prefix = Array("\u{1B}]52;c;".utf8)
        guard bytes.starts(with: prefix), bytes.last == 0x07 else { return nil }
        return String(decoding: bytes[prefix.count..<(bytes.count - 1)], as: UTF8.self)
    }

    @Test func asciiTextIsFramedAndEncoded() {
        #expect(payload("hello") == "aGVsbG8=")
        #expect(payload("ab") == "YWI=")
        #expect(payload("abc") == "YWJj")
    }

    @Test func utf8AndEmojiAreEncodedAsTheirBytes() {
        let text = "Привет 👋🏽 世界"
        let encoded = payload(text)
        #expect(encoded == Data(text.utf8).base64EncodedString())
        #expect(encoded.flatMap { Data(base64Encoded: $0) }.map { Array($0) } == Array(text.utf8))
    }

    @Test func emptyTextMakesAnEmptyPayload() {
        #expect(OSC52.sequence(for: "") == .success(Array("\u{1B}]52;c;\u{07}".utf8)))
    }

    @Test func controlBytesInTheTextAreInertInTheSequence() throws {
        let text = "a\u{1B}]52;c;evil\u{07}\u{0}b\u{1B}[2J"
        let bytes = try OSC52.sequence(for: text).get()
        let inner = bytes.dropFirst(7).dropLast()
        #expect(!inner.contains(where: { $0 < 0x20 || $0 == 0x7F }), "only base64 between the frame")
        #expect(bytes.filter { $0 == 0x1B }.count == 1)
        #expect(bytes.filter { $0 == 0x07 }.count == 1)
        #expect(payload(text).flatMap { Data(base64Encoded: $0) }.map { Array($0) } == Array(text.utf8))
    }

    @Test func textUpToTheLimitIsSentAndLongerIsRefused() {
        let limit = OSC52.maximumTextBytes
        let atLimit = String(repeating: "x", count: limit)
        guard case .success(let bytes) = OSC52.sequence(for: atLimit) else {
            Issue.record("text at the limit was refused")
            return
        }
        #expect(bytes.count == 7 + (limit + 2) / 3 * 4 + 1)
        // Two bytes a character: the limit is in UTF-8 bytes, not characters.
        let over = String(repeating: "я", count: limit / 2 + 1)
        #expect(OSC52.sequence(for: over) == .failure(.tooLarge(bytes: (limit / 2 + 1) * 2, limit: limit)))
    }
}
