import Foundation
import OllamaKit
import Testing

/// The trimming that replaces `CharacterSet` agrees with Foundation's `trimmingCharacters(in:)`.
@Suite struct ScalarTrimmingTests {
    static let samples = [
        "", " ", "\t\n", "  a b  ", "\u{00A0}x\u{3000}", "\u{2028}y\u{2029}", "\u{85}z\r\n", "\u{0B}\u{0C}w\u{0B}",
        " \u{301}é ", "\u{200B}zero width\u{200B}", "\"'quoted'\"", "[::1]", "日本 ", "\u{1F600} ",
    ]

    @Test func everyScalarIsClassedAsFoundationDoes() {
        let differing = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter { scalar in
            scalar.isBlank != CharacterSet.whitespaces.contains(scalar)
                || scalar.isWhiteSpaceOrNewline != CharacterSet.whitespacesAndNewlines.contains(scalar)
        }
        #expect(differing.isEmpty, "\(differing.map { String($0.value, radix: 16) })")
    }

    @Test(arguments: samples) func blanksAsFoundationTrimsWhitespaces(_ text: String) {
        #expect(text.trimmingBlanks() == text.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: samples) func whiteSpaceAsFoundationTrimsWhitespacesAndNewlines(_ text: String) {
        #expect(text.trimmingWhiteSpace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test(arguments: samples) func chosenScalarsAsFoundationTrimsACharacterSet(_ text: String) {
        #expect(
            text.trimmingScalars { $0 == "[" || $0 == "]" || $0 == "\"" || $0 == "'" }
                == text.trimmingCharacters(in: CharacterSet(charactersIn: "[]\"'")))
    }
}
