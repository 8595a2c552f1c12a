/// A TOML 1.0 document read into tables, with the line of every key: comments, bare, quoted and
/// dotted keys, `[tables]` and `[[arrays of tables]]`, all four kinds of strings with their
/// escapes, integers (decimal, hex, octal, binary, `_` separators), floats (`inf`, `nan`),
/// booleans, dates and times (kept as written), arrays and inline tables. A key or table given
/// twice is an error, as the specification says.
struct TOMLParser {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var root = TOMLTable()
    /// The table that keys go into: the last `[header]`'s path (the root at first).
    private var current: [String] = []
    /// The paths made by `[[header]]`: a path through one of them means its last table.
    private var arraysOfTables: Set<[String]> = []

    /// How deep arrays and inline tables may nest: a bound on the recursion, far beyond any config.
    private static let maximumDepth = 100

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    static func parse(_ text: String) throws(TOMLParseError) -> TOMLTable {
        var parser = TOMLParser(text)
        do {
            try parser.document()
        } catch let error as TOMLParseError {
            throw error
        } catch {
            throw TOMLParseError(message: "\(error)", line: parser.line)
        }
        return parser.root
    }

    // MARK: - The document

    private mutating func document() throws {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while true {
            skipBlanks()
            guard let byte = peek() else { return }
            switch byte {
            case UInt8(ascii: "#"): skipComment()
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): try newline()
            case UInt8(ascii: "["):
                try header()
                try endOfLine()
            default:
                let keyLine = line
                let key = try dottedKey()
                skipBlanks()
                try expect(UInt8(ascii: "="), "an \"=\" after the key")
                skipBlanks()
                let value = try self.value(depth: 0)
                try insert(value, at: current, key: key, line: keyLine)
                try endOfLine()
            }
        }
    }

    /// `[a.b]` or `[[a.b]]`.
    private mutating func header() throws {
        let headerLine = line
        index += 1
        let isArray = peek() == UInt8(ascii: "[")
        if isArray { index += 1 }
        skipBlanks()
        let path = try dottedKey()
        skipBlanks()
        try expect(UInt8(ascii: "]"), "\"]\" to close the table header")
        if isArray { try expect(UInt8(ascii: "]"), "\"]]\" to close the array of tables header") }
        guard let last = path.last else { throw fail("a table header needs a name") }
        let parent = Array(path.dropLast())
        let arrays = arraysOfTables
        try Self.modify(&root, path: parent[...], walked: [], arrays: arrays, line: headerLine) { table in
            if isArray {
                guard let entry = table.entry(last) else {
                    table.set(last, .init(value: .array([.table(TOMLTable())]), line: headerLine))
                    return
                }
                guard arrays.contains(path), case .array(let items) = entry.value else {
                    throw TOMLParseError(
                        message: "\"\(last)\" is already defined, not an array of tables", line: headerLine)
                }
                table.set(last, .init(value: .array(items + [.table(TOMLTable())]), line: entry.line))
            } else {
                guard var entry = table.entry(last) else {
                    table.set(last, .init(value: .table(TOMLTable()), line: headerLine, isDefinedByHeader: true))
                    return
                }
                guard case .table = entry.value else {
                    throw TOMLParseError(message: "\"\(last)\" is a value, not a table", line: headerLine)
                }
                guard !entry.isDefinedByHeader, !arrays.contains(path) else {
                    throw TOMLParseError(message: "the table \"\(last)\" is defined twice", line: headerLine)
                }
                entry.isDefinedByHeader = true
                table.set(last, entry)
            }
        }
        if isArray { arraysOfTables.insert(path) }
        current = path
    }

    /// Puts `value` at `key` (dotted: through tables it makes as needed) in the table at `path`.
    private mutating func insert(_ value: TOMLValue, at path: [String], key: [String], line keyLine: Int) throws {
        guard let last = key.last else { throw fail("a key is missing") }
        let arrays = arraysOfTables
        try Self.modify(&root, path: (path + key.dropLast())[...], walked: [], arrays: arrays, line: keyLine) {
            table in
            guard table.entry(last) == nil else {
                throw TOMLParseError(message: "\"\(last)\" is defined twice", line: keyLine)
            }
            table.set(last, .init(value: value, line: keyLine))
        }
    }

    /// Runs `body` on the table at `path` below `table`, making the tables on the way that are
    /// missing; through an array of tables it goes into the last one.
    private static func modify(
        _ table: inout TOMLTable, path: ArraySlice<String>, walked: [String], arrays: Set<[String]>, line: Int,
        _ body: (inout TOMLTable) throws -> Void
    ) throws {
        guard let first = path.first else {
            try body(&table)
            return
        }
        let here = walked + [first]
        var entry = table.entry(first) ?? .init(value: .table(TOMLTable()), line: line)
        switch entry.value {
        case .table(var inner):
            try modify(&inner, path: path.dropFirst(), walked: here, arrays: arrays, line: line, body)
            entry.value = .table(inner)
        case .array(var items) where arrays.contains(here):
            guard case .table(var inner) = items.last else {
                throw TOMLParseError(message: "\"\(first)\" is not a table", line: line)
            }
            try modify(&inner, path: path.dropFirst(), walked: here, arrays: arrays, line: line, body)
            items[items.count - 1] = .table(inner)
            entry.value = .array(items)
        default:
            throw TOMLParseError(message: "\"\(first)\" is a value, not a table", line: line)
        }
        table.set(first, entry)
    }

    // MARK: - Keys

    private mutating func dottedKey() throws -> [String] {
        var parts = [try simpleKey()]
        while true {
            let mark = index
            skipBlanks()
            guard peek() == UInt8(ascii: ".") else {
                index = mark
                return parts
            }
            index += 1
            skipBlanks()
            parts.append(try simpleKey())
        }
    }

    private mutating func simpleKey() throws -> String {
        switch peek() {
        case UInt8(ascii: "\""): return try basicString()
        case UInt8(ascii: "'"): return try literalString()
        default:
            let start = index
            while let byte = peek(), Self.isBareKeyByte(byte) { index += 1 }
            guard index > start else { throw fail("a key (letters, digits, \"_\" and \"-\", or a quoted key)") }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
    }

    private static func isBareKeyByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "-")
    }

    // MARK: - Values

    private mutating func value(depth: Int) throws -> TOMLValue {
        guard depth < Self.maximumDepth else { throw fail("arrays or tables nested too deep") }
        guard let byte = peek() else { throw fail("a value") }
        switch byte {
        case UInt8(ascii: "\""):
            return .string(try starts(with: "\"\"\"") ? multilineBasicString() : basicString())
        case UInt8(ascii: "'"):
            return .string(try starts(with: "'''") ? multilineLiteralString() : literalString())
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "{"): return try inlineTable(depth: depth)
        case UInt8(ascii: "t") where starts(with: "true"):
            index += 4
            return .boolean(true)
        case UInt8(ascii: "f") where starts(with: "false"):
            index += 5
            return .boolean(false)
        default:
            return try numberOrDate()
        }
    }

    private mutating func array(depth: Int) throws -> TOMLValue {
        index += 1
        var items: [TOMLValue] = []
        while true {
            try skipBlanksNewlinesAndComments()
            if peek() == UInt8(ascii: "]") {
                index += 1
                return .array(items)
            }
            items.append(try value(depth: depth + 1))
            try skipBlanksNewlinesAndComments()
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return .array(items)
            default: throw fail("\",\" or \"]\" in an array")
            }
        }
    }

    private mutating func inlineTable(depth: Int) throws -> TOMLValue {
        index += 1
        var table = TOMLTable()
        skipBlanks()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return .table(table)
        }
        while true {
            skipBlanks()
            if peek() == UInt8(ascii: "\n") || peek() == UInt8(ascii: "\r") {
                throw fail("the next key on the same line (an inline table stays on one line)")
            }
            let keyLine = line
            let key = try dottedKey()
            skipBlanks()
            try expect(UInt8(ascii: "="), "an \"=\" after the key")
            skipBlanks()
            let item = try value(depth: depth + 1)
            guard let last = key.last else { throw fail("a key") }
            try Self.modify(&table, path: key.dropLast(), walked: [], arrays: [], line: keyLine) { inner in
                guard inner.entry(last) == nil else {
                    throw TOMLParseError(message: "\"\(last)\" is defined twice", line: keyLine)
                }
                inner.set(last, .init(value: item, line: keyLine))
            }
            skipBlanks()
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return .table(table)
            default: throw fail("\",\" or \"}\" in an inline table (an inline table stays on one line)")
            }
        }
    }

    private mutating func numberOrDate() throws -> TOMLValue {
        let start = index
        while let byte = peek(), !Self.endsAValue(byte) { index += 1 }
        // A date and a time may be apart by one space: `1979-05-27 07:32:00`.
        if index - start == 10, bytes[start + 4] == UInt8(ascii: "-"), peek() == UInt8(ascii: " "),
            index + 3 < bytes.count, bytes[index + 3] == UInt8(ascii: ":")
        {
            index += 1
            while let byte = peek(), !Self.endsAValue(byte) { index += 1 }
        }
        let token = String(decoding: bytes[start..<index], as: UTF8.self)
        guard !token.isEmpty else { throw fail("a value") }
        if let value = TOMLNumber.value(token) { return value }
        throw fail("a value (text in quotes, a number, true or false, an array or a table), not \"\(token)\"")
    }

    private static func endsAValue(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: ",")
            || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "#")
            || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    // MARK: - Strings

    private mutating func basicString() throws -> String {
        index += 1
        var text: [UInt8] = []
        while true {
            guard let byte = peek() else { throw fail("a closing \" for the text") }
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"): text += try escape()
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): throw fail("a closing \" before the end of the line")
            default:
                try checkAllowed(byte)
                text.append(byte)
            }
        }
    }

    private mutating func multilineBasicString() throws -> String {
        index += 3
        trimFirstNewline()
        var text: [UInt8] = []
        while true {
            guard let byte = peek() else { throw fail("a closing \"\"\" for the text") }
            if starts(with: "\"\"\"") {
                index += 3
                // Up to two quotes just before the closing three belong to the text.
                for _ in 0..<2 where peek() == UInt8(ascii: "\"") {
                    text.append(UInt8(ascii: "\""))
                    index += 1
                }
                return String(decoding: text, as: UTF8.self)
            }
            index += 1
            switch byte {
            case UInt8(ascii: "\\"):
                if lineEndingBackslash() { continue }
                text += try escape()
            case UInt8(ascii: "\n"):
                line += 1
                text.append(byte)
            case UInt8(ascii: "\r"):
                guard peek() == UInt8(ascii: "\n") else { throw fail("a line feed after a carriage return") }
            default:
                try checkAllowed(byte)
                text.append(byte)
            }
        }
    }

    private mutating func literalString() throws -> String {
        index += 1
        let start = index
        while true {
            guard let byte = peek() else { throw fail("a closing ' for the text") }
            if byte == UInt8(ascii: "'") {
                defer { index += 1 }
                return String(decoding: bytes[start..<index], as: UTF8.self)
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                throw fail("a closing ' before the end of the line")
            }
            try checkAllowed(byte)
            index += 1
        }
    }

    private mutating func multilineLiteralString() throws -> String {
        index += 3
        trimFirstNewline()
        var text: [UInt8] = []
        while true {
            guard let byte = peek() else { throw fail("a closing ''' for the text") }
            if starts(with: "'''") {
                index += 3
                for _ in 0..<2 where peek() == UInt8(ascii: "'") {
                    text.append(UInt8(ascii: "'"))
                    index += 1
                }
                return String(decoding: text, as: UTF8.self)
            }
            index += 1
            if byte == UInt8(ascii: "\n") { line += 1 }
            if byte == UInt8(ascii: "\r") { continue }
            if byte != UInt8(ascii: "\n") { try checkAllowed(byte) }
            text.append(byte)
        }
    }

    /// After a backslash: the bytes of the escaped character.
    private mutating func escape() throws -> [UInt8] {
        guard let byte = peek() else { throw fail("an escaped character after \"\\\"") }
        index += 1
        switch byte {
        case UInt8(ascii: "b"): return [0x08]
        case UInt8(ascii: "t"): return [0x09]
        case UInt8(ascii: "n"): return [0x0A]
        case UInt8(ascii: "f"): return [0x0C]
        case UInt8(ascii: "r"): return [0x0D]
        case UInt8(ascii: "e"): return [0x1B]
        case UInt8(ascii: "\""): return [UInt8(ascii: "\"")]
        case UInt8(ascii: "\\"): return [UInt8(ascii: "\\")]
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let count = byte == UInt8(ascii: "u") ? 4 : 8
            guard index + count <= bytes.count,
                let code = UInt32(String(decoding: bytes[index..<index + count], as: UTF8.self), radix: 16),
                let scalar = Unicode.Scalar(code)
            else {
                throw fail(
                    "\(count) hexadecimal digits of a Unicode scalar after \"\\\(Character(Unicode.Scalar(byte)))\"")
            }
            index += count
            return Array(String(Character(scalar)).utf8)
        default:
            throw fail("a known escape (\\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX)")
        }
    }

    /// A backslash at the end of a line in a multi-line string: it and the blanks and line breaks
    /// after it are left out.
    private mutating func lineEndingBackslash() -> Bool {
        var look = index
        while look < bytes.count, bytes[look] == UInt8(ascii: " ") || bytes[look] == UInt8(ascii: "\t") { look += 1 }
        guard look < bytes.count, bytes[look] == UInt8(ascii: "\n") || bytes[look] == UInt8(ascii: "\r") else {
            return false
        }
        index = look
        while let byte = peek(),
            [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(byte)
        {
            if byte == UInt8(ascii: "\n") { line += 1 }
            index += 1
        }
        return true
    }

    private mutating func trimFirstNewline() {
        if starts(with: "\r\n") {
            index += 2
            line += 1
        } else if peek() == UInt8(ascii: "\n") {
            index += 1
            line += 1
        }
    }

    /// Control characters other than tab may not stand in a string as they are.
    private func checkAllowed(_ byte: UInt8) throws {
        if (byte < 0x20 && byte != 0x09) || byte == 0x7F {
            throw fail("no control characters in text (write them as escapes)")
        }
    }

    // MARK: - Blanks, comments, line ends

    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return text.withUTF8Buffer { bytes[index..<index + count].elementsEqual($0) }
    }

    private mutating func skipBlanks() {
        while peek() == UInt8(ascii: " ") || peek() == UInt8(ascii: "\t") { index += 1 }
    }

    private mutating func skipComment() {
        while let byte = peek(), byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") { index += 1 }
    }

    private mutating func newline() throws {
        if peek() == UInt8(ascii: "\r") {
            index += 1
            guard peek() == UInt8(ascii: "\n") else { throw fail("a line feed after a carriage return") }
        }
        index += 1
        line += 1
    }

    private mutating func skipBlanksNewlinesAndComments() throws {
        while true {
            skipBlanks()
            switch peek() {
            case UInt8(ascii: "#"): skipComment()
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): try newline()
            default: return
            }
        }
    }

    /// After a key's value or a header: blanks and a comment may follow, then the line ends.
    private mutating func endOfLine() throws {
        skipBlanks()
        if peek() == UInt8(ascii: "#") { skipComment() }
        guard let byte = peek() else { return }
        guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
            throw fail("the end of the line after the value")
        }
        try newline()
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws {
        guard peek() == byte else { throw fail(what) }
        index += 1
    }

    private func fail(_ expected: String) -> TOMLParseError {
        TOMLParseError(message: "expected \(expected)", line: line)
    }
}

/// A TOML document that cannot be read: what was wrong and on which line.
struct TOMLParseError: Error, Equatable, CustomStringConvertible {
    let message: String
    let line: Int

    var description: String { message }
}
