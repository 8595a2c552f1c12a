/// Words separated by blanks, where double quotes keep blanks in a word and `\n`, `\t`, `\"`
/// and `\\` stand for themselves, as `ollama run` reads stop sequences.
enum QuotedWords {
    /// The words of `text`; an unclosed quote ends at the end of the text.
    static func split(_ text: String) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quoted = false
        var escaped = false
        for character in text {
            if escaped {
                switch character {
                case "n": word.append("\n")
                case "t": word.append("\t")
                default: word.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
                inWord = true
            } else if character == "\"" {
                quoted.toggle()
                inWord = true
            } else if character.isWhitespace && !quoted {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        if escaped { word.append("\\") }
        if inWord { words.append(word) }
        return words
    }

    /// The text that `split` reads back as `words`.
    static func join(_ words: [String]) -> String {
        words.map { word in
            let escaped = word.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"")
                .replacingAll("\n", with: "\\n").replacingAll("\t", with: "\\t")
            let needsQuotes = word.isEmpty || word.contains { $0.isWhitespace }
            return needsQuotes ? "\"" + escaped + "\"" : escaped
        }.joined(separator: " ")
    }
}

extension String {
    /// Every `target` replaced, without Foundation.
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
