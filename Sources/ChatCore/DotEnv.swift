#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads a `.env` file the way python-dotenv does: `KEY=VALUE`, an optional `export ` prefix,
/// single quotes (no escapes), double quotes (escapes, several lines), `#` comments, and `${VAR}` /
/// `${VAR:-default}` expanded in every value from the environment first, then from earlier lines.
public enum DotEnv {
    /// The values of the `.env` file at `path`; empty when there is none.
    public static func load(path: String, environment: [String: String]) -> [String: String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        return parse(String(decoding: data, as: UTF8.self), environment: environment)
    }

    public static func parse(_ text: String, environment: [String: String] = [:]) -> [String: String] {
        var scanner = DotEnvScanner(Array(text.unicodeScalars))
        var values: [String: String] = [:]
        while let (key, raw) = scanner.nextBinding() {
            guard let raw else { continue }
            values[key] = expand(raw, environment: environment, earlier: values)
        }
        return values
    }

    private static func expand(_ value: String, environment: [String: String], earlier: [String: String]) -> String {
        var result = ""
        var rest = Substring(value)
        while let start = rest.firstRange(of: "${") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else {
                rest = rest[start.lowerBound...]
                break
            }
            let expression = rest[start.upperBound..<end]
            let parts = expression.components(separatedBy: ":-")
            let name = parts[0]
            let fallback = parts.count > 1 ? parts[1...].joined(separator: ":-") : ""
            result += environment[name] ?? earlier[name] ?? fallback
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }
}

/// The line scanner behind `DotEnv`.
struct DotEnvScanner {
    private let chars: [Unicode.Scalar]
    private var index = 0

    init(_ chars: [Unicode.Scalar]) {
        self.chars = chars
    }

    private var current: Unicode.Scalar? { index < chars.count ? chars[index] : nil }

    /// The next `(key, value)`; value is nil for a bare `KEY` line. Nil at the end.
    mutating func nextBinding() -> (String, String?)? {
        while index < chars.count {
            skipBlankLinesAndComments()
            guard index < chars.count else { return nil }
            let lineStart = index
            if matches("export"), index + 6 < chars.count, chars[index + 6] == " " || chars[index + 6] == "\t" {
                index += 6
                skipInlineSpace()
            }
            guard let key = readKey(), !key.isEmpty else {
                index = lineStart
                skipLine()
                continue
            }
            skipInlineSpace()
            guard current == "=" else {
                let bare = current == nil || current == "\n" || current == "\r" || current == "#"
                skipLine()
                if bare { return (key, nil) }
                continue
            }
            index += 1
            skipInlineSpace()
            let value = readValue()
            skipLine()
            return (key, value)
        }
        return nil
    }

    private func matches(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard index + scalars.count <= chars.count else { return false }
        return Array(chars[index..<index + scalars.count]) == scalars
    }

    private mutating func skipInlineSpace() {
        while let c = current, c == " " || c == "\t" { index += 1 }
    }

    private mutating func skipLine() {
        while let c = current, c != "\n" { index += 1 }
        if current == "\n" { index += 1 }
    }

    private mutating func skipBlankLinesAndComments() {
        while let c = current {
            if c == " " || c == "\t" || c == "\r" || c == "\n" {
                index += 1
            } else if c == "#" {
                skipLine()
            } else {
                return
            }
        }
    }

    private mutating func readKey() -> String? {
        if current == "'" {
            index += 1
            var key = ""
            while let c = current, c != "'", c != "\n" { key.unicodeScalars.append(c); index += 1 }
            guard current == "'" else { return nil }
            index += 1
            return key
        }
        var key = ""
        while let c = current, c != "=", c != "#", c != " ", c != "\t", c != "\r", c != "\n" {
            key.unicodeScalars.append(c)
            index += 1
        }
        return key
    }

    private mutating func readValue() -> String {
        if let quote = current, quote == "'" || quote == "\"", let value = readQuoted(quote) {
            return value
        }
        var value = ""
        while let c = current, c != "\n", c != "\r" { value.unicodeScalars.append(c); index += 1 }
        if let comment = Self.commentStart(in: value.unicodeScalars) {
            value.unicodeScalars.removeSubrange(comment...)
        }
        while let last = value.unicodeScalars.last, last == " " || last == "\t" { value.unicodeScalars.removeLast() }
        return value
    }

    /// Where the regular expression `\s+#.*` first matches: the start of the first run of white
    /// space (ICU's `[\t\n\f\r\p{Z}]`) that a `#` follows.
    static func commentStart(in scalars: String.UnicodeScalarView) -> String.UnicodeScalarView.Index? {
        var runStart: String.UnicodeScalarView.Index?
        for index in scalars.indices {
            let scalar = scalars[index]
            if scalar == "#", let runStart { return runStart }
            let isSpace =
                [0x09, 0x0A, 0x0C, 0x0D].contains(scalar.value)
                || [.spaceSeparator, .lineSeparator, .paragraphSeparator].contains(scalar.properties.generalCategory)
            runStart = isSpace ? (runStart ?? index) : nil
        }
        return nil
    }

    /// A quoted value; nil (and no input consumed) when the quote is never closed.
    private mutating func readQuoted(_ quote: Unicode.Scalar) -> String? {
        let start = index
        index += 1
        var value = ""
        while let c = current {
            if c == quote {
                index += 1
                return value
            }
            if c == "\\", index + 1 < chars.count {
                let next = chars[index + 1]
                index += 2
                value.unicodeScalars.append(contentsOf: Self.unescape(next, quote: quote))
                continue
            }
            value.unicodeScalars.append(c)
            index += 1
        }
        index = start
        return nil
    }

    private static func unescape(_ c: Unicode.Scalar, quote: Unicode.Scalar) -> [Unicode.Scalar] {
        if quote == "'" {
            return c == "'" || c == "\\" ? [c] : ["\\", c]
        }
        switch c {
        case "n": return ["\n"]
        case "t": return ["\t"]
        case "r": return ["\r"]
        case "a": return ["\u{07}"]
        case "b": return ["\u{08}"]
        case "f": return ["\u{0C}"]
        case "v": return ["\u{0B}"]
        case "\\", "\"", "'": return [c]
        default: return ["\\", c]
        }
    }
}
