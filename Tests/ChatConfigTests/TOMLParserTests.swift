import Testing

@testable import ChatConfig

/// The config file's TOML parser against the TOML 1.0 specification's examples, and its errors
/// with their lines.
struct TOMLParserTests {
    func parse(_ text: String) throws -> TOMLTable { try TOMLParser.parse(text) }

    func error(_ text: String) -> TOMLParseError? {
        do {
            _ = try TOMLParser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func strings() throws {
        let table = try parse(
            #"""
            basic = "I'm a string. \"You can quote me\". Name\tJos\u00E9\nLocation\tSF. \U0001F600"
            literal = 'C:\Users\nodejs\templates'
            multi = """
            Roses are red
            Violets are blue"""
            folded = """\
                   The quick brown \
                   fox jumps over \
                   the lazy dog.\
                   """
            quotes = """Here are two quotation marks: "". Simple enough.""""
            raw = '''
            The first newline is
            trimmed in raw strings.
               All other whitespace
               is preserved.
            '''
            empty = ""
            """#)
        #expect(table["basic"] == .string("I'm a string. \"You can quote me\". Name\tJosé\nLocation\tSF. 😀"))
        #expect(table["literal"] == .string(#"C:\Users\nodejs\templates"#))
        #expect(table["multi"] == .string("Roses are red\nViolets are blue"))
        #expect(table["folded"] == .string("The quick brown fox jumps over the lazy dog."))
        #expect(table["quotes"] == .string(#"Here are two quotation marks: "". Simple enough.""#))
        #expect(
            table["raw"]
                == .string("The first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n")
        )
        #expect(table["empty"] == .string(""))
    }

    @Test func numbersBooleansAndDates() throws {
        let table = try parse(
            """
            a = +99
            b = -17
            c = 1_000
            d = 0xDEAD_BEEF
            e = 0o755
            f = 0b1101
            g = 3.1415
            h = -0.01
            i = 5e+22
            j = -2E-2
            k = 224_617.445_991
            l = inf
            m = -inf
            n = nan
            o = true
            p = false
            q = 1979-05-27T07:32:00-08:00
            r = 1979-05-27 07:32:00
            s = 07:32:00
            t = 0
            """)
        #expect(table["a"] == .integer(99))
        #expect(table["b"] == .integer(-17))
        #expect(table["c"] == .integer(1000))
        #expect(table["d"] == .integer(0xDEAD_BEEF))
        #expect(table["e"] == .integer(0o755))
        #expect(table["f"] == .integer(0b1101))
        #expect(table["g"] == .float(3.1415))
        #expect(table["h"] == .float(-0.01))
        #expect(table["i"] == .float(5e22))
        #expect(table["j"] == .float(-0.02))
        #expect(table["k"] == .float(224_617.445_991))
        #expect(table["l"] == .float(.infinity))
        #expect(table["m"] == .float(-.infinity))
        #expect(table["n"]?.double?.isNaN == true)
        #expect(table["o"] == .boolean(true))
        #expect(table["p"] == .boolean(false))
        #expect(table["q"] == .dateTime("1979-05-27T07:32:00-08:00"))
        #expect(table["r"] == .dateTime("1979-05-27 07:32:00"))
        #expect(table["s"] == .dateTime("07:32:00"))
        #expect(table["t"] == .integer(0))
    }

    @Test func arraysAndInlineTables() throws {
        let table = try parse(
            """
            numbers = [ 0.1, 0.2, 0.5, 1, 2, 5 ]
            nested = [ [ 1, 2 ], ["a", 'b'] ]
            stop = [
              "User:",  # a comment
              "\\n\\n",
            ]
            point = { x = 1, y = 2, z.w = "deep" }
            empty = []
            """)
        #expect(table["numbers"]?.array?.count == 6)
        #expect(
            table["nested"] == .array([.array([.integer(1), .integer(2)]), .array([.string("a"), .string("b")])]))
        #expect(table["stop"] == .array([.string("User:"), .string("\n\n")]))
        let point = try #require(table["point"]?.table)
        #expect(point.keys == ["x", "y", "z"])
        #expect(point["z"]?.table?["w"] == .string("deep"))
        #expect(table["empty"] == .array([]))
    }

    @Test func keysTablesAndTheirLines() throws {
        let table = try parse(
            """
            # a comment
            "quoted key" = 1
            site."google.com" = true
            bare-key_1 = 'x'
            system = \"\"\"
            two
            lines\"\"\"

            [options]
            temperature = 0.2   # a comment after a value
              top_k = 40

            [a.b]
            c = 1
            [a]
            d = 2

            [[fruits]]
            name = "apple"
            [[fruits]]
            name = "banana"
            """)
        #expect(table.keys == ["quoted key", "site", "bare-key_1", "system", "options", "a", "fruits"])
        #expect(table["site"]?.table?["google.com"] == .boolean(true))
        #expect(table.line(of: "bare-key_1") == 4)
        #expect(table.line(of: "system") == 5)
        let options = try #require(table["options"]?.table)
        #expect(options.line(of: "temperature") == 10)
        #expect(options.line(of: "top_k") == 11)
        #expect(table["a"]?.table?["b"]?.table?["c"] == .integer(1))
        #expect(table["a"]?.table?["d"] == .integer(2))
        #expect(table["fruits"]?.array?.compactMap { $0.table?["name"]?.string } == ["apple", "banana"])
    }

    @Test func crlfLineEndsAndAByteOrderMark() throws {
        let table = try parse("\u{FEFF}a = 1\r\n[t]\r\nb = \"x\"\r\n")
        #expect(table["a"] == .integer(1))
        #expect(table["t"]?.table?["b"] == .string("x"))
        #expect(table["t"]?.table?.line(of: "b") == 3)
    }

    @Test(arguments: [
        ("a = 1\na = 2\n", 2, "defined twice"),
        ("[t]\nx = 1\n[t]\n", 3, "defined twice"),
        ("a = 1\n[a]\n", 2, "not a table"),
        ("model = \"tiny\"\nsystem = \n", 2, "expected a value"),
        ("a = \"open\n", 1, "closing"),
        ("a = 01\n", 1, "not \"01\""),
        ("a = 1.\n", 1, "not \"1.\""),
        ("a = .5\n", 1, "not \".5\""),
        ("a = 1__0\n", 1, "not \"1__0\""),
        ("a = \"\\q\"\n", 1, "known escape"),
        ("a = 1 2\n", 1, "end of the line"),
        ("a = \"tab\u{7}bell\"\n", 1, "control characters"),
        ("\n\na = { b = 1,\n c = 2 }\n", 3, "inline table"),
        ("= 1\n", 1, "a key"),
        ("[t\n", 1, "\"]\""),
        ("a = [1, 2\n", 2, "\",\" or \"]\""),
    ])
    func errorsSayWhatWasExpectedAndWhere(text: String, line: Int, words: String) {
        let failure = error(text)
        #expect(failure?.line == line, "\(String(describing: failure))")
        #expect(failure?.message.contains(words) == true, "\(String(describing: failure))")
    }

    @Test func deepNestingIsRefusedNotRecursedWithoutBound() {
        let failure = error("a = " + String(repeating: "[", count: 100_000))
        #expect(failure?.message.contains("nested too deep") == true)
    }
}
