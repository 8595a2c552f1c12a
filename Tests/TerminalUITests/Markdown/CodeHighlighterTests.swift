import Testing

@testable import TerminalUI

/// Tests for `CodeHighlighter` and the language tables it applies.
struct CodeHighlighterTests {
    /// The spans of `lines` highlighted in order by one highlighter, line by line.
    private func highlight(_ language: String, _ lines: String...) -> [[StyledSpan]] {
        var highlighter = CodeHighlighter(language: language)
        return lines.map { highlighter.highlight(line: $0) }
    }

    private func spans(_ language: String, _ line: String) -> [StyledSpan] {
        highlight(language, line)[0]
    }

    /// The role of the first span whose text is exactly `text`, or nil.
    private func role(of text: String, in spans: [StyledSpan]) -> StyleRole? {
        spans.first { $0.text == text }?.role
    }

    // MARK: Each language

    @Test func swiftLine() {
        let line = "let count = 0x1F + 1_000 // total"
        #expect(
            spans("swift", line) == [
                StyledSpan("let", .codeKeyword), StyledSpan(" count = ", .code), StyledSpan("0x1F", .codeNumber),
                StyledSpan(" + ", .code), StyledSpan("1_000", .codeNumber), StyledSpan(" ", .code),
                StyledSpan("// total", .codeComment),
            ])
        let call = spans("swift", #"print("a \"b\" c", terminator: "")"#)
        #expect(call[safe: 1] == StyledSpan(#""a \"b\" c""#, .codeString))
        #expect(role(of: "\"\"", in: call) == .codeString)
    }

    @Test func swiftAttributesAndDirectives() {
        #expect(
            spans("swift", "@MainActor final class A") == [
                StyledSpan("@MainActor", .codeKeyword), StyledSpan(" ", .code), StyledSpan("final", .codeKeyword),
                StyledSpan(" ", .code), StyledSpan("class", .codeKeyword), StyledSpan(" A", .code),
            ])
        #expect(
            spans("swift", "  #if DEBUG") == [
                StyledSpan("  ", .code), StyledSpan("#if", .codeKeyword),
                StyledSpan(" DEBUG", .code),
            ])
        // A lone `@` or `#` is no attribute or directive.
        #expect(spans("swift", "# @ x") == [StyledSpan("# @ x", .code)])
        #expect(spans("python", "a @ b") == [StyledSpan("a @ b", .code)])
        #expect(spans("python", "@cache")[safe: 0] == StyledSpan("@cache", .codeKeyword))
        #expect(spans("java", "@Override")[safe: 0] == StyledSpan("@Override", .codeKeyword))
        #expect(spans("go", "@x") == [StyledSpan("@x", .code)])
    }

    @Test func swiftMultiLineString() {
        let lines = highlight("swift", #"let s = """"#, #"  if "quoted" // not code"#, #"  """ + x"#, "var y")
        #expect(lines[0].last == StyledSpan(#"""""#, .codeString))
        #expect(lines[safe: 1] == [StyledSpan(#"  if "quoted" // not code"#, .codeString)])
        #expect(lines[safe: 2] == [StyledSpan(#"  """"#, .codeString), StyledSpan(" + x", .code)])
        #expect(lines[3][safe: 0] == StyledSpan("var", .codeKeyword))
    }

    @Test func pythonLine() {
        let line = "def area(r): return 3.14e-2 * r ** 2  # approx 'x'"
        #expect(
            spans("python", line) == [
                StyledSpan("def", .codeKeyword), StyledSpan(" area(r): ", .code), StyledSpan("return", .codeKeyword),
                StyledSpan(" ", .code), StyledSpan("3.14e-2", .codeNumber), StyledSpan(" * r ** ", .code),
                StyledSpan("2", .codeNumber), StyledSpan("  ", .code), StyledSpan("# approx 'x'", .codeComment),
            ])
        let strings = spans("python", ##"x = 'it\'s' + "#no""##)
        #expect(role(of: #"'it\'s'"#, in: strings) == .codeString)
        #expect(role(of: ##""#no""##, in: strings) == .codeString)
    }

    @Test func pythonTripleQuotesSpanLines() {
        let lines = highlight("py", #"doc = """Start"#, "def not_code(): # still string", #"end""" if x else None"#)
        #expect(lines[0].last == StyledSpan(#""""Start"#, .codeString))
        #expect(lines[safe: 1] == [StyledSpan("def not_code(): # still string", .codeString)])
        #expect(lines[2][safe: 0] == StyledSpan(#"end""""#, .codeString))
        #expect(role(of: "if", in: lines[2]) == .codeKeyword)
        #expect(role(of: "None", in: lines[2]) == .codeKeyword)
        let single = highlight("python", "s = '''a", "b''' # done")
        #expect(
            single[safe: 1] == [
                StyledSpan("b'''", .codeString), StyledSpan(" ", .code), StyledSpan("# done", .codeComment),
            ])
    }

    @Test func pythonSingleQuotedStringEndsAtLineEnd() {
        let lines = highlight("python", "s = 'unclosed", "return 1")
        #expect(lines[0].last == StyledSpan("'unclosed", .codeString))
        #expect(lines[1][safe: 0] == StyledSpan("return", .codeKeyword))
    }

    @Test func javascriptLine() {
        let line = "const $el = document.query('#id'); /* note */ return 42;"
        let result = spans("js", line)
        #expect(result[safe: 0] == StyledSpan("const", .codeKeyword))
        #expect(result[safe: 1] == StyledSpan(" $el = document.query(", .code))
        #expect(role(of: "'#id'", in: result) == .codeString)
        #expect(role(of: "/* note */", in: result) == .codeComment)
        #expect(role(of: "return", in: result) == .codeKeyword)
        #expect(role(of: "42", in: result) == .codeNumber)
    }

    @Test func javascriptTemplateLiteralSpansLines() {
        let lines = highlight("javascript", "const html = `<p>", "  ${name} // inside", "</p>`; let n = 1")
        #expect(lines[0].last == StyledSpan("`<p>", .codeString))
        #expect(lines[safe: 1] == [StyledSpan("  ${name} // inside", .codeString)])
        #expect(lines[2][safe: 0] == StyledSpan("</p>`", .codeString))
        #expect(role(of: "let", in: lines[2]) == .codeKeyword)
        #expect(role(of: "1", in: lines[2]) == .codeNumber)
    }

    @Test func typescriptLine() {
        let result = spans("ts", "interface User { id: number; name: string } // shape")
        #expect(result[safe: 0] == StyledSpan("interface", .codeKeyword))
        #expect(role(of: "number", in: result) == .codeKeyword)
        #expect(role(of: "string", in: result) == .codeKeyword)
        #expect(role(of: "// shape", in: result) == .codeComment)
        #expect(spans("js", "$if = this") == [StyledSpan("$if = ", .code), StyledSpan("this", .codeKeyword)])
        // `interface` is not a JavaScript keyword.
        #expect(spans("js", "interface")[safe: 0]?.role == .code)
    }

    @Test func goLine() {
        let result = spans("go", #"func main() { fmt.Println("hi", 'x', 0b1010) } // entry"#)
        #expect(result[safe: 0] == StyledSpan("func", .codeKeyword))
        #expect(role(of: #""hi""#, in: result) == .codeString)
        #expect(role(of: "'x'", in: result) == .codeString)
        #expect(role(of: "0b1010", in: result) == .codeNumber)
        #expect(role(of: "// entry", in: result) == .codeComment)
        let raw = highlight("golang", "s := `raw \\", "line` + 1")
        #expect(raw[0].last == StyledSpan("`raw \\", .codeString))
        #expect(
            raw[safe: 1] == [StyledSpan("line`", .codeString), StyledSpan(" + ", .code), StyledSpan("1", .codeNumber)])
    }

    @Test func rustLineKeepsLifetimesPlain() {
        let result = spans("rust", "fn first<'a>(s: &'a str) -> char { 'x' } // 1.0f32")
        #expect(result[safe: 0] == StyledSpan("fn", .codeKeyword))
        #expect(result[safe: 1] == StyledSpan(" first<'a>(s: &'a ", .code))
        #expect(role(of: "str", in: result) == .codeKeyword)
        #expect(role(of: "char", in: result) == .codeKeyword)
        #expect(role(of: "'x'", in: result) == .codeString)
        #expect(role(of: "// 1.0f32", in: result) == .codeComment)
        let literals = spans("rs", #"let c = '\u{1F600}'; let n = 1.5e3f64; let q = '\''"#)
        #expect(role(of: #"'\u{1F600}'"#, in: literals) == .codeString)
        #expect(role(of: "1.5e3f64", in: literals) == .codeNumber)
        #expect(literals.last == StyledSpan(#"'\''"#, .codeString))
    }

    @Test func rustStringSpansLines() {
        let lines = highlight("rust", #"let s = "first"#, #"second" ; let"#)
        #expect(lines[0].last == StyledSpan(#""first"#, .codeString))
        #expect(lines[1][safe: 0] == StyledSpan(#"second""#, .codeString))
        #expect(lines[1].last == StyledSpan("let", .codeKeyword))
    }

    @Test func cLine() {
        let result = spans("c", #"#include "stdio.h" /* io */"#)
        #expect(
            result == [
                StyledSpan("#include", .codeKeyword), StyledSpan(" ", .code), StyledSpan(#""stdio.h""#, .codeString),
                StyledSpan(" ", .code), StyledSpan("/* io */", .codeComment),
            ])
        let body = spans("h", "static int x = 'a' + 10; // ten")
        #expect(body[safe: 0] == StyledSpan("static", .codeKeyword))
        #expect(role(of: "int", in: body) == .codeKeyword)
        #expect(role(of: "'a'", in: body) == .codeString)
        #expect(role(of: "10", in: body) == .codeNumber)
        // A `#` that is not the line's first token is no directive.
        #expect(role(of: "#x", in: spans("c", "a #x")) == nil)
    }

    @Test func blockCommentSpansLines() {
        let lines = highlight("c", "int a; /* start", "   if (x) return; */ return 0;", "/**/int")
        #expect(lines[0].last == StyledSpan("/* start", .codeComment))
        #expect(lines[1][safe: 0] == StyledSpan("   if (x) return; */", .codeComment))
        #expect(role(of: "return", in: lines[1]) == .codeKeyword)
        #expect(role(of: "0", in: lines[1]) == .codeNumber)
        #expect(lines[safe: 2] == [StyledSpan("/**/", .codeComment), StyledSpan("int", .codeKeyword)])
    }

    @Test func blockCommentStaysOpenAcrossManyLines() {
        let lines = highlight("java", "/*", "", "class X", "*/ class")
        #expect(lines[safe: 1] == [])
        #expect(lines[safe: 2] == [StyledSpan("class X", .codeComment)])
        #expect(
            lines[safe: 3] == [
                StyledSpan("*/", .codeComment), StyledSpan(" ", .code), StyledSpan("class", .codeKeyword),
            ])
    }

    @Test func nestedBlockCommentsInSwiftAndRust() {
        let swift = highlight("swift", "/* outer /* inner */ still */ let", "/* a /* b", "*/ c */ var")
        #expect(
            swift[0] == [
                StyledSpan("/* outer /* inner */ still */", .codeComment), StyledSpan(" ", .code),
                StyledSpan("let", .codeKeyword),
            ])
        #expect(swift[1] == [StyledSpan("/* a /* b", .codeComment)])
        #expect(
            swift[2] == [
                StyledSpan("*/ c */", .codeComment), StyledSpan(" ", .code),
                StyledSpan("var", .codeKeyword),
            ])
        #expect(spans("rust", "/* /* */ fn */ fn").last == StyledSpan("fn", .codeKeyword))
        // C comments do not nest: the first close ends the comment.
        #expect(spans("c", "/* /* */ int */")[safe: 2] == StyledSpan("int", .codeKeyword))
    }

    @Test func cppLine() {
        let result = spans("c++", "template <typename T> auto f() -> T { return nullptr; } // 0.5")
        #expect(result[safe: 0] == StyledSpan("template", .codeKeyword))
        #expect(role(of: "typename", in: result) == .codeKeyword)
        #expect(role(of: "nullptr", in: result) == .codeKeyword)
        #expect(role(of: "// 0.5", in: result) == .codeComment)
        #expect(spans("c", "nullptr")[safe: 0]?.role == .code)
    }

    @Test func javaLine() {
        let result = spans("java", #"public static void main(String[] args) { int n = 0xFF; } // "x""#)
        #expect(result[safe: 0] == StyledSpan("public", .codeKeyword))
        #expect(role(of: "void", in: result) == .codeKeyword)
        #expect(role(of: "String", in: result) == .codeKeyword)
        #expect(role(of: "0xFF", in: result) == .codeNumber)
        #expect(result.last == StyledSpan(#"// "x""#, .codeComment))
    }

    @Test func shellLine() {
        let result = spans("bash", #"for f in *.txt; do echo "$f" 'it''s' $HOME ${X:-1} $1; done # loop a#b"#)
        #expect(result[safe: 0] == StyledSpan("for", .codeKeyword))
        #expect(role(of: "in", in: result) == .codeKeyword)
        #expect(role(of: #""$f""#, in: result) == .codeString)
        #expect(role(of: "'it''s'", in: result) == .codeString)
        #expect(role(of: "$HOME", in: result) == .codeKeyword)
        #expect(role(of: "${X:-1}", in: result) == .codeKeyword)
        #expect(role(of: "$1", in: result) == .codeKeyword)
        #expect(result.last == StyledSpan("# loop a#b", .codeComment))
    }

    @Test func shellHashInsideWordIsNoComment() {
        #expect(spans("sh", "echo a#b") == [StyledSpan("echo", .codeKeyword), StyledSpan(" a#b", .code)])
        #expect(spans("zsh", "echo $# items")[safe: 2] == StyledSpan("$#", .codeKeyword))
        #expect(spans("shell", "# only")[safe: 0] == StyledSpan("# only", .codeComment))
        // Words with dashes are one word: `do-build` is not `do`.
        #expect(spans("sh", "do-build run-if") == [StyledSpan("do-build run-if", .code)])
        #expect(spans("sh", "make --if -do") == [StyledSpan("make --if -do", .code)])
    }

    @Test func consoleIsShell() {
        let result = spans("console", "$ sudo apt install jq # needs root")
        #expect(result[safe: 0] == StyledSpan("$ ", .code))
        #expect(result[safe: 1] == StyledSpan("sudo", .codeKeyword))
        #expect(result.last == StyledSpan("# needs root", .codeComment))
    }

    @Test func jsonLine() {
        let line = #"{"name": "ollama", "size": -1.5e3, "ok": true, "x": null}"#
        let result = spans("json", line)
        #expect(result[safe: 0] == StyledSpan("{", .code))
        #expect(result[safe: 1] == StyledSpan(#""name""#, .codeString))
        #expect(role(of: #""ollama""#, in: result) == .codeString)
        #expect(role(of: "1.5e3", in: result) == .codeNumber)
        #expect(role(of: "true", in: result) == .codeKeyword)
        #expect(role(of: "null", in: result) == .codeKeyword)
        let comment = spans("jsonc", #""a": 1 // why"#)
        #expect(comment.last == StyledSpan("// why", .codeComment))
    }

    @Test func yamlLine() {
        let result = spans("yaml", "  - name: \"web\" # the service")
        #expect(
            result == [
                StyledSpan("  - ", .code), StyledSpan("name", .codeKeyword), StyledSpan(": ", .code),
                StyledSpan("\"web\"", .codeString), StyledSpan(" ", .code), StyledSpan("# the service", .codeComment),
            ])
        let values = spans("yml", "replicas: 3 enabled: yes")
        #expect(values[safe: 0] == StyledSpan("replicas", .codeKeyword))
        #expect(role(of: "3", in: values) == .codeNumber)
        #expect(role(of: "yes", in: values) == .codeKeyword)
        #expect(spans("yaml", "url: http://a.b/c#d")[safe: 1] == StyledSpan(": http://a.b/c#d", .code))
        #expect(spans("yaml", "# all comment: yes") == [StyledSpan("# all comment: yes", .codeComment)])
        #expect(spans("yaml", "note: don't panic")[safe: 1] == StyledSpan(": don't panic", .code))
        #expect(spans("yaml", "'quoted key': on")[safe: 0] == StyledSpan("'quoted key'", .codeKeyword))
        #expect(spans("yaml", "- plain item") == [StyledSpan("- plain item", .code)])
        // A number inside a plain scalar is part of the text.
        #expect(spans("yaml", "image: nginx:1.25")[safe: 1] == StyledSpan(": nginx:1.25", .code))
        #expect(spans("yaml", "ratio: 1.25")[safe: 2] == StyledSpan("1.25", .codeNumber))
    }

    @Test func sqlLine() {
        let result = spans("sql", "SELECT name, COUNT(*) FROM users WHERE age > 21 AND note = 'it''s' -- adults")
        #expect(result[safe: 0] == StyledSpan("SELECT", .codeKeyword))
        #expect(role(of: "COUNT", in: result) == .codeKeyword)
        #expect(role(of: "FROM", in: result) == .codeKeyword)
        #expect(role(of: "21", in: result) == .codeNumber)
        #expect(role(of: "'it''s'", in: result) == .codeString)
        #expect(result.last == StyledSpan("-- adults", .codeComment))
        #expect(spans("sql", "select")[safe: 0]?.role == .codeKeyword)
        #expect(spans("sql", "selected")[safe: 0]?.role == .code)
    }

    @Test func diffLines() {
        let lines = highlight(
            "diff", "diff --git a/x b/x", "index 1..2 100644", "--- a/x", "+++ b/x", "@@ -1,2 +1,2 @@", "-old",
            "+new", " same")
        let roles = lines.map { $0.map(\.role) }
        #expect(
            roles == [
                [.codeKeyword], [.codeKeyword], [.codeKeyword], [.codeKeyword], [.codeKeyword], [.codeRemoved],
                [.codeAdded], [.code],
            ])
        #expect(lines[safe: 6] == [StyledSpan("+new", .codeAdded)])
        #expect(highlight("patch", "-x")[safe: 0] == [StyledSpan("-x", .codeRemoved)])
    }

    // MARK: Words and numbers

    @Test func keywordsMatchWholeWordsOnly() {
        #expect(spans("python", "format") == [StyledSpan("format", .code)])
        #expect(spans("python", "for_x in_ x1") == [StyledSpan("for_x in_ x1", .code)])
        #expect(spans("go", "gopher") == [StyledSpan("gopher", .code)])
        #expect(spans("swift", "letter=let") == [StyledSpan("letter=", .code), StyledSpan("let", .codeKeyword)])
    }

    @Test func numbers() {
        for number in ["0", "42", "0x1F", "0XffEE", "1_000_000", "1.5", "1.5e-3", "2E+10", "0b1010", "0o17", "7u8"] {
            #expect(spans("rust", number) == [StyledSpan(number, .codeNumber)], "\(number)")
        }
        #expect(spans("c", "x1 + y_2") == [StyledSpan("x1 + y_2", .code)])
        #expect(spans("c", "a[1]")[safe: 1] == StyledSpan("1", .codeNumber))
        #expect(spans("c", "1.foo")[safe: 0] == StyledSpan("1", .codeNumber))
    }

    // MARK: Languages and aliases

    @Test(arguments: [
        ("py", "python"), ("python3", "python"), ("JS", "javascript"), ("jsx", "javascript"), ("mjs", "javascript"),
        ("cjs", "javascript"), ("ts", "typescript"), ("TSX", "typescript"), ("golang", "go"), ("rs", "rust"),
        ("h", "c"), ("c++", "cpp"), ("cc", "cpp"), ("cxx", "cpp"), ("hpp", "cpp"), ("bash", "sh"),
        ("shell", "sh"), ("zsh", "sh"), ("console", "sh"), ("jsonc", "json"), ("yml", "yaml"), ("patch", "diff"),
        ("Swift", "swift"), ("SQL", "sql"), ("java {.numberLines}", "java"),
    ])
    func aliasesColourLikeTheirLanguage(_ alias: String, _ language: String) {
        let sample = [
            "x = 'a' # b /* c */ -- d", "for if def fn func let select true", "+a", "k: 1 0x1F `t` \"s\"",
        ]
        var aliased = CodeHighlighter(language: alias)
        var canonical = CodeHighlighter(language: language)
        for line in sample {
            #expect(aliased.highlight(line: line) == canonical.highlight(line: line), "\(alias): \(line)")
        }
        #expect(CodeHighlighter.isKnown(alias))
    }

    @Test func languagesDiffer() {
        // Catches an alias table that sends every name to one language.
        let line = "def fn func let select # x"
        var results: [[StyledSpan]] = []
        for language in ["python", "rust", "go", "swift", "sql", "sh"] {
            let result = spans(language, line)
            #expect(!results.contains(result), "\(language)")
            results.append(result)
        }
    }

    @Test(arguments: ["", "text", "plaintext", "brainfuck", "{}", "  "])
    func unknownLanguageIsPlainCode(_ language: String) {
        #expect(!CodeHighlighter.isKnown(language))
        let lines = highlight(language, "let x = 1 // \"s\" /* c", "def f(): return 2 */", "+added")
        #expect(lines[safe: 0] == [StyledSpan("let x = 1 // \"s\" /* c", .code)])
        #expect(lines[safe: 1] == [StyledSpan("def f(): return 2 */", .code)])
        #expect(lines[safe: 2] == [StyledSpan("+added", .code)])
    }

    // MARK: Properties for any input

    private static let languages = [
        "swift", "python", "js", "ts", "go", "rust", "c", "cpp", "java", "sh", "json", "yaml", "sql", "diff", "",
    ]

    private static let nastyLines = [
        "", " ", "\t", "\u{0}", "a\u{0}b", "\u{1B}[31mred\u{1B}[0m", "\"", "'", "`", "\"\"\"", "'''", "\"unclosed",
        "'\\", "\\", "\"\\", "/*", "*/", "/* \"", "//", "#", "--", "$", "${", "$(", "0x", "1e", "1.", "1_", ".5",
        "'a", "'\\u{", "@@", "+", "-", "k:", ": v", "- ", "\"k\":", "👩‍👩‍👧 = \"😀\" // 🎉", "e\u{301}\u{301} = 'e\u{301}'",
        "\"\u{301}", "'\u{301}'", "#\u{301}include", "\r\n", "a\r\nb", "\u{FEFF}let", "x = \"\\\"\\\\\" + '\\''",
        "/*/ */ /**/ /*/", "`${`}`", "'''\"\"\"'''", "\u{202E}abc\u{202C}", "日本語 = 1", "１２３", "٣٤ x٣",
    ]

    @Test(arguments: languages)
    func spansAreExactlyTheLine(_ language: String) {
        var highlighter = CodeHighlighter(language: language)
        for line in Self.nastyLines + Self.nastyLines.map({ $0 + " let x = 1" }) {
            let result = highlighter.highlight(line: line)
            #expect(result.plainText == line, "\(language): \(line.debugDescription)")
            #expect(result.allSatisfy { !$0.text.isEmpty }, "\(language): \(line.debugDescription)")
            let neighbours = zip(result, result.dropFirst())
            #expect(neighbours.allSatisfy { $0.role != $1.role }, "\(language): \(line.debugDescription)")
            // Scalars, not only canonical equivalence: nothing is normalised away.
            let scalars = result.flatMap { Array($0.text.unicodeScalars) }
            #expect(scalars == Array(line.unicodeScalars), "\(language): \(line.debugDescription)")
        }
    }

    @Test(arguments: languages)
    func longRepetitiveLinesKeepTheirText(_ language: String) {
        // Lines that would make a scanner that looks back or ahead per character slow; how long
        // they take is measured by the benchmark, not here.
        let units = ["a ", "x# ", "'", "\"", "${", "1."]
        for unit in units {
            let line = String(repeating: unit, count: 20_000 / unit.count)
            var highlighter = CodeHighlighter(language: language)
            #expect(highlighter.highlight(line: line).plainText == line)
        }
    }
}

extension Array {
    /// The element at `index`, or nil past the end, so a wrong span count fails an expectation instead of crashing.
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
