/// The numbers, dates and times of TOML, from the token as written.
enum TOMLNumber {
    static func value(_ token: String) -> TOMLValue? {
        if isDateOrTime(token) { return .dateTime(token) }
        var digits = Substring(token)
        var sign: Double = 1
        if let first = digits.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            digits = digits.dropFirst()
        }
        switch digits {
        case "inf": return .float(sign * .infinity)
        case "nan": return .float(.nan)
        default: break
        }
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where digits.hasPrefix(prefix) {
            // No sign before a prefixed integer.
            guard digits.count == token.count, let body = withoutSeparators(digits.dropFirst(2)),
                let integer = Int64(body, radix: radix)
            else { return nil }
            return .integer(integer)
        }
        let isFloat = digits.contains { $0 == "." || $0 == "e" || $0 == "E" }
        guard let plain = withoutSeparators(digits), !plain.isEmpty, plain.first?.isNumber == true else { return nil }
        // Leading zeros are not allowed (`0`, `0.5` and `0e1` are).
        let integerPart = plain.prefix { $0.isNumber }
        if integerPart.count > 1 && integerPart.first == "0" { return nil }
        if isFloat {
            // A point needs digits on both sides.
            if let point = plain.firstIndex(of: ".") {
                let after = plain[plain.index(after: point)...]
                guard after.first?.isNumber == true else { return nil }
            }
            guard plain.allSatisfy({ $0.isASCII && ($0.isNumber || "eE+-.".contains($0)) }),
                let float = Double(plain)
            else { return nil }
            return .float(sign * float)
        }
        guard plain.allSatisfy({ $0.isASCII && $0.isNumber }),
            let integer = Int64(String(token.first == "-" ? "-" + plain : plain))
        else { return nil }
        return .integer(integer)
    }

    /// The digits without their `_` separators, each of which must stand between two digits.
    private static func withoutSeparators(_ text: Substring) -> String? {
        var result = ""
        var previous: Character?
        for (offset, character) in text.enumerated() {
            if character == "_" {
                let next = text.dropFirst(offset + 1).first
                guard previous?.isHexDigit == true, next?.isHexDigit == true else { return nil }
            } else {
                result.append(character)
            }
            previous = character
        }
        return result
    }

    /// `1979-05-27`, `07:32:00`, `1979-05-27T07:32:00Z` and the like (as RFC 3339 writes them).
    private static func isDateOrTime(_ token: String) -> Bool {
        let characters = Array(token)
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= characters.count && characters[range].allSatisfy { $0.isASCII && $0.isNumber }
        }
        let isDate =
            digits(0..<4) && characters.count >= 10 && characters[4] == "-" && digits(5..<7)
            && characters[7] == "-" && digits(8..<10)
        let isTime =
            digits(0..<2) && characters.count >= 8 && characters[2] == ":" && digits(3..<5)
            && characters[5] == ":" && digits(6..<8)
        return (isDate || isTime) && characters.allSatisfy { $0.isASCII && ($0.isNumber || "-:.TtZz+ ".contains($0)) }
    }
}
