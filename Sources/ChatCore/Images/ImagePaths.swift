/// Finds image files named in a prompt, as `ollama run` does with a pasted or dropped path: a
/// path that starts with `/`, `./` or `~/` and ends in .png, .jpg, .jpeg or .webp (any case),
/// with spaces escaped by `\` or the whole path in quotes.
public enum ImagePaths {
    /// One path found in the text: where it is, and the path with escapes and quotes removed.
    public struct Found: Sendable, Equatable {
        public var range: Range<String.Index>
        public var path: String
    }

    /// The image paths in `text`, in order.
    public static func find(in text: String) -> [Found] {
        var found: [Found] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let startsWord = index == text.startIndex || text[text.index(before: index)].isWhitespace
            if startsWord, character == "'" || character == "\"",
                let close = text[text.index(after: index)...].firstIndex(of: character)
            {
                let inner = String(text[text.index(after: index)..<close])
                let end = text.index(after: close)
                if isPathStart(inner[...]), hasImageEnding(inner), end == text.endIndex || text[end].isWhitespace {
                    found.append(Found(range: index..<end, path: inner))
                    index = end
                    continue
                }
            }
            if startsWord, isPathStart(text[index...]) {
                var (end, path) = unquotedPath(in: text, from: index)
                let wordEnd = end
                // Punctuation after a path ends the sentence, not the file name (`see /a.png,`).
                while let last = path.last, ",.;:!?)".contains(last), !hasImageEnding(path) {
                    path.removeLast()
                    end = text.index(before: end)
                }
                if hasImageEnding(path) {
                    found.append(Found(range: index..<end, path: path))
                }
                index = wordEnd
                continue
            }
            index = text.index(after: index)
        }
        return found
    }

    /// `text` without the paths found, each with one space beside it (the one before it when
    /// punctuation follows); the rest as typed.
    public static func removing(_ found: [Found], from text: String) -> String {
        var kept = ""
        var index = text.startIndex
        for path in found {
            kept += text[index..<path.range.lowerBound]
            index = path.range.upperBound
            if kept.hasSuffix(" ") && (index == text.endIndex || " ,.;:!?)".contains(text[index])) {
                kept.removeLast()
            } else if kept.isEmpty, index < text.endIndex, text[index] == " " {
                index = text.index(after: index)
            }
        }
        kept += text[index...]
        return kept
    }

    private static func isPathStart(_ text: Substring) -> Bool {
        text.hasPrefix("/") || text.hasPrefix("./") || text.hasPrefix("~/")
    }

    private static func hasImageEnding(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[path.index(after: dot)...].contains("/") else { return false }
        return ImageAttachment.fileExtensions.contains(path[path.index(after: dot)...].lowercased())
    }

    /// A path that runs to the first space not escaped by `\`.
    private static func unquotedPath(in text: String, from start: String.Index) -> (String.Index, String) {
        var path = ""
        var index = start
        while index < text.endIndex {
            let character = text[index]
            if character == "\\", text.index(after: index) < text.endIndex {
                let next = text[text.index(after: index)]
                if next == " " || next == "\\" {
                    path.append(next)
                    index = text.index(index, offsetBy: 2)
                    continue
                }
            }
            if character.isWhitespace { break }
            path.append(character)
            index = text.index(after: index)
        }
        return (index, path)
    }
}
