import Testing

@testable import OllamaKit

struct JSONValueTests {
    @Test func readsObjectsArraysAndScalars() throws {
        let value = try JSONValue.parse(#" {"a": [1, -2.5e2, true, false, null], "b": {"c": "d"}} "#)
        #expect(value["a"] == .array([.number(1), .number(-250), .bool(true), .bool(false), .null]))
        #expect(value["b"]?["c"]?.stringValue == "d")
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try JSONValue.parse(#""\u003ch2\u003e \"q\" \\ \/ \n\t \u00e9 \ud83d\ude00 \ud800""#)
        #expect(value.stringValue == "<h2> \"q\" \\ / \n\t é 😀 \u{FFFD}")
    }

    @Test func keepsRawUnicode() throws {
        #expect(try JSONValue.parse(#""Привет 衣装 👍🏽""#).stringValue == "Привет 衣装 👍🏽")
    }

    @Test func largeIntegersStayExact() throws {
        #expect(try JSONValue.parse("412299438").int64Value == 412_299_438)
        #expect(try JSONValue.parse("9007199254740993").int64Value != nil)
        #expect(try JSONValue.parse("1.5").int64Value == nil)
    }

    @Test(arguments: [
        "", "{", "{\"a\"}", "{\"a\":}", "[1,]", "\"unterminated", "tru", "01x", "{} x", "\"\\x\"", "\"\\u12\"", "-",
        "nul",
    ])
    func rejectsMalformedText(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONValue.parse(text) }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONValue.parse(deep) }
    }
}
