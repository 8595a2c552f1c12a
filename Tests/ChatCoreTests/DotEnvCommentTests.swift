import ChatCore
import Foundation
import Testing

/// An unquoted `.env` value loses a comment where the regular expression `\s+#.*` (ICU, as
/// before) first matches, and then its trailing blanks.
@Suite struct DotEnvCommentTests {
    static let values = [
        "plain", "a #comment", "a#not", "a\t# tab", "a \u{00A0}# nbsp", "a\u{3000}#ideographic", "a # one # two",
        "# only", "x #", "a  b  # c", "a\u{2028}#line separator", "url#frag #real", "\u{0C}#form feed",
    ]

    @Test(arguments: values) func theCommentIsCutAsTheRegularExpressionDid(_ value: String) {
        var expected = value
        if let comment = expected.range(of: #"\s+#.*"#, options: .regularExpression) {
            expected.removeSubrange(comment.lowerBound...)
        }
        while let last = expected.unicodeScalars.last, last == " " || last == "\t" {
            expected.unicodeScalars.removeLast()
        }
        #expect(DotEnv.parse("KEY=\(value)\n")["KEY"] == expected)
    }
}
