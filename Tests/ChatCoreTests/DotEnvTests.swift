import Testing

@testable import ChatCore

/// Expected values were read from the same text by python-dotenv 1.2 (`dotenv_values`).
struct DotEnvTests {
    static let sample = #"""
        # comment line
        OLLAMA_HOST=example.com:1234
        export OLLAMA_MODEL = gemma2:2b   # trailing comment
        QUOTED="two words # not a comment"
        SINGLE='literal ${OLLAMA_HOST} \n'
        ESCAPES="line1\nline2\t\"q\""
        MULTI="first
        second"
        EMPTY=
        BARE
        URL=http://host/#anchor
        HASH=value#nocomment
        EXPANDED=${OLLAMA_HOST}/api
        DEFAULTED=${MISSING:-fallback}
        FROMENV=${HOME_X}
          INDENTED = spaced value  
        'QKEY'=qvalue
        """#

    @Test func readsTheFileAsPythonDotenvDoes() {
        let values = DotEnv.parse(Self.sample, environment: ["HOME_X": "/home/x"])
        #expect(
            values == [
                "OLLAMA_HOST": "example.com:1234",
                "OLLAMA_MODEL": "gemma2:2b",
                "QUOTED": "two words # not a comment",
                "SINGLE": "literal example.com:1234 \\n",
                "ESCAPES": "line1\nline2\t\"q\"",
                "MULTI": "first\nsecond",
                "EMPTY": "",
                "URL": "http://host/#anchor",
                "HASH": "value#nocomment",
                "EXPANDED": "example.com:1234/api",
                "DEFAULTED": "fallback",
                "FROMENV": "/home/x",
                "INDENTED": "spaced value",
                "QKEY": "qvalue",
            ])
    }

    @Test func theEnvironmentWinsInExpansion() {
        let values = DotEnv.parse("A=file\nB=${A}-b", environment: ["A": "env"])
        #expect(values["B"] == "env-b")
    }

    @Test func crlfLinesAndAnUnclosedQuote() {
        let values = DotEnv.parse("A=1\r\nB=\"open\r\nC=3\r\n")
        #expect(values["A"] == "1")
        #expect(values["C"] == "3")
        #expect(values["B"] == "\"open")
    }

    @Test func aMissingFileIsEmpty() {
        #expect(DotEnv.load(path: "/nonexistent/.env", environment: [:]).isEmpty)
    }
}
