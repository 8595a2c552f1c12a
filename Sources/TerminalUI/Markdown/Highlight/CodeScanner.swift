/// Colours a line of code by one language's `LanguageRules`, scanning each character a bounded number of times,
/// and carries a block comment or multi-line string left open to the next line.
struct CodeScanner {
    /// What a line left open for the next one.
    enum Open {
        case nothing
        /// The index of the open comment in `LanguageRules.blockComments`, and how many are open when they nest.
        case blockComment(Int, depth: Int)
        /// The index of the open string in `LanguageRules.strings`.
        case string(Int)
    }

    let rules: LanguageRules
    private var open = Open.nothing
    /// The line comment markers as characters.
    private let lineComments: [[Character]]
    /// The characters a comment, string, variable or directive can start with; others need no marker checks.
    private let markerStarts: Set<Character>

    init(rules: LanguageRules) {
        self.rules = rules
        lineComments = rules.lineComments.map(Array.init)
        let openings = lineComments + rules.blockComments.map(\.open) + rules.strings.map(\.delimiters.open)
        markerStarts = Set(openings.compactMap(\.first))
            .union(rules.dollarVariables ? ["$"] : [])
            .union(rules.preprocessorDirectives ? ["#"] : [])
            .union(rules.attributes ? ["@"] : [])
    }

    /// Appends the spans of `chars[start...]` to `spans`.
    mutating func scan(_ chars: [Character], from start: Int, into spans: inout [StyledSpan]) {
        let firstNonBlank = chars.firstIndex { !$0.isWhitespace } ?? chars.count
        var index = start
        while index < chars.count {
            switch open {
            case .blockComment(let number, let depth):
                let end = blockCommentEnd(rules.blockComments[number], in: chars, from: index, depth: depth)
                spans.appendRun(chars[index..<end.index], role: .codeComment)
                open = end.depth == 0 ? .nothing : .blockComment(number, depth: end.depth)
                index = end.index
            case .string(let number):
                let (end, closed) = Self.stringEnd(rules.strings[number], in: chars, from: index)
                spans.appendRun(chars[index..<end], role: .codeString)
                if closed { open = .nothing }
                index = end
            case .nothing:
                index = token(chars, at: index, firstNonBlank: firstNonBlank, into: &spans)
            }
        }
        if case .string(let number) = open, !rules.strings[number].spansLines {
            open = .nothing
        }
    }

    /// Appends the token at `index`, or only its opening when it is a comment or string, and returns where it ends.
    private mutating func token(
        _ chars: [Character], at index: Int, firstNonBlank: Int, into spans: inout [StyledSpan]
    ) -> Int {
        let character = chars[index]
        if isIdentifierStart(character) {
            var end = index + 1
            while end < chars.count, isIdentifierContinuation(chars[end]) { end += 1 }
            let word = String(chars[index..<end])
            // After `-` in shell or `$` in JavaScript the word is part of a longer one (`--if`, `$if`).
            let continuesWord = index > 0 && rules.identifierExtras.contains(chars[index - 1])
            let isKeyword =
                !continuesWord && rules.keywords.contains(rules.caseInsensitiveKeywords ? word.lowercased() : word)
            spans.appendRun(chars[index..<end], role: isKeyword ? .codeKeyword : .code)
            return end
        }
        if character.isASCIIDigit {
            let end = numberEnd(chars, at: index)
            spans.appendRun(chars[index..<end], role: .codeNumber)
            return end
        }
        if markerStarts.contains(character) {
            if startsLineComment(chars, at: index) {
                spans.appendRun(chars[index...], role: .codeComment)
                return chars.count
            }
            for number in rules.blockComments.indices {
                let opening = rules.blockComments[number].open
                guard Self.matches(opening, chars, at: index) else { continue }
                let end = index + opening.count
                spans.appendRun(chars[index..<end], role: .codeComment)
                open = .blockComment(number, depth: 1)
                return end
            }
            if let end = stringOpening(chars, at: index, into: &spans) {
                return end
            }
            if let end = wordEnd(chars, at: index, firstNonBlank: firstNonBlank) {
                spans.appendRun(chars[index..<end], role: .codeKeyword)
                return end
            }
        }
        // Plain code runs to the next character that may start a word, number, comment or string.
        var end = index + 1
        while end < chars.count, !startsToken(chars[end]) { end += 1 }
        spans.appendRun(chars[index..<end], role: .code)
        return end
    }

    private func startsToken(_ character: Character) -> Bool {
        isIdentifierStart(character) || character.isASCIIDigit || markerStarts.contains(character)
    }

    private func startsLineComment(_ chars: [Character], at index: Int) -> Bool {
        guard lineComments.contains(where: { Self.matches($0, chars, at: index) }) else { return false }
        guard rules.commentsNeedWordStart, index > 0 else { return true }
        let previous = chars[index - 1]
        return previous.isWhitespace || ";|&(".contains(previous)
    }

    /// Appends the opening of the string literal at `index` and returns where it ends, or returns nil.
    private mutating func stringOpening(_ chars: [Character], at index: Int, into spans: inout [StyledSpan]) -> Int? {
        if rules.stringsNeedWordStart, index > 0, isIdentifierContinuation(chars[index - 1]) { return nil }
        for number in rules.strings.indices {
            let rule = rules.strings[number]
            guard Self.matches(rule.delimiters.open, chars, at: index) else { continue }
            if rule.isCharacterLiteral {
                guard let end = Self.characterLiteralEnd(chars, at: index) else { continue }
                spans.appendRun(chars[index..<end], role: .codeString)
                return end
            }
            let end = index + rule.delimiters.open.count
            spans.appendRun(chars[index..<end], role: .codeString)
            open = .string(number)
            return end
        }
        return nil
    }

    /// The end of a shell variable, directive or attribute at `index`, which are coloured as keywords.
    private func wordEnd(_ chars: [Character], at index: Int, firstNonBlank: Int) -> Int? {
        let next = index + 1
        let isDirective = rules.preprocessorDirectives && index == firstNonBlank && chars[index] == "#"
        if isDirective || (rules.attributes && chars[index] == "@") {
            var end = next
            while end < chars.count, isIdentifierContinuation(chars[end]) { end += 1 }
            return end > next && isIdentifierStart(chars[next]) ? end : nil
        }
        guard rules.dollarVariables, chars[index] == "$", next < chars.count else { return nil }
        let first = chars[next]
        if first == "{" {
            return chars[next...].firstIndex(of: "}").map { $0 + 1 } ?? chars.count
        }
        if first.isLetter || first == "_" {
            var end = next + 1
            while end < chars.count, chars[end].isLetter || chars[end].isASCIIDigit || chars[end] == "_" { end += 1 }
            return end
        }
        return first.isASCIIDigit || "@?#$!*-(".contains(first) ? next + 1 : nil
    }

    /// The end of a number: decimal, `0x`/`0b`/`0o`, fraction, exponent, `_` separators and a type suffix.
    private func numberEnd(_ chars: [Character], at index: Int) -> Int {
        var end = index
        func skipDigits() {
            while end < chars.count, chars[end].isASCIIDigit || chars[end] == "_" { end += 1 }
        }
        skipDigits()
        if end + 1 < chars.count, chars[end] == ".", chars[end + 1].isASCIIDigit {
            end += 1
            skipDigits()
        }
        if end < chars.count, chars[end] == "e" || chars[end] == "E" {
            var exponent = end + 1
            if exponent < chars.count, chars[exponent] == "+" || chars[exponent] == "-" { exponent += 1 }
            if exponent < chars.count, chars[exponent].isASCIIDigit {
                end = exponent
                skipDigits()
            }
        }
        // A radix prefix's digits and a suffix such as `u32` or `f` continue the number.
        while end < chars.count, isIdentifierContinuation(chars[end]) { end += 1 }
        return end
    }

    private func isIdentifierStart(_ character: Character) -> Bool {
        character.isLetter || character == "_"
    }

    private func isIdentifierContinuation(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || rules.identifierExtras.contains(character)
    }

    /// Where an open comment continues to from `index`: past the close of its outermost level, or the line's end,
    /// with how many levels are still open there.
    private func blockCommentEnd(
        _ comment: Delimiters, in chars: [Character], from index: Int, depth: Int
    ) -> (index: Int, depth: Int) {
        var end = index
        var depth = depth
        while end < chars.count, depth > 0 {
            if Self.matches(comment.close, chars, at: end) {
                end += comment.close.count
                depth -= 1
            } else if rules.nestedBlockComments, Self.matches(comment.open, chars, at: end) {
                end += comment.open.count
                depth += 1
            } else {
                end += 1
            }
        }
        return (end, depth)
    }

    /// Where the string continues to from `index`: past its closing delimiter, or the line's end when unclosed.
    private static func stringEnd(_ rule: StringRule, in chars: [Character], from index: Int) -> (Int, closed: Bool) {
        var end = index
        while end < chars.count {
            if let escape = rule.escape, chars[end] == escape {
                end += 2
            } else if matches(rule.delimiters.close, chars, at: end) {
                return (end + rule.delimiters.close.count, true)
            } else {
                end += 1
            }
        }
        return (chars.count, false)
    }

    /// The end of a one-character literal at `index` (`'a'`, or `'\n'` up to `'\u{10FFFF}'`), or nil.
    private static func characterLiteralEnd(_ chars: [Character], at index: Int) -> Int? {
        let quote = chars[index]
        let content = index + 1
        guard content < chars.count, chars[content] != quote else { return nil }
        if chars[content] != "\\" {
            return content + 1 < chars.count && chars[content + 1] == quote ? content + 2 : nil
        }
        let limit = min(chars.count, content + 12)
        var end = content + 2
        while end < limit {
            if chars[end] == quote { return end + 1 }
            end += 1
        }
        return nil
    }

    private static func matches(_ marker: [Character], _ chars: [Character], at index: Int) -> Bool {
        guard !marker.isEmpty, index + marker.count <= chars.count else { return false }
        for offset in marker.indices where chars[index + offset] != marker[offset] { return false }
        return true
    }
}

extension Character {
    /// Whether this is one of the digits 0 to 9.
    fileprivate var isASCIIDigit: Bool {
        guard let value = asciiValue, unicodeScalars.count == 1 else { return false }
        return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(value)
    }
}
