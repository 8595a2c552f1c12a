/// Finds a YAML mapping key: the text before the first `:` that ends a word, after indentation and `- ` markers.
enum YAMLKey {
    /// The key's range in `chars` (quotes included), or nil when the line has no key.
    static func range(in chars: [Character]) -> Range<Int>? {
        var start = 0
        while start < chars.count {
            if chars[start] == " " || chars[start] == "\t" {
                start += 1
            } else if chars[start] == "-", start + 1 < chars.count, chars[start + 1] == " " {
                start += 2
            } else {
                break
            }
        }
        guard start < chars.count, !"#{[-|>".contains(chars[start]) else { return nil }
        if chars[start] == "\"" || chars[start] == "'" {
            guard let close = chars[(start + 1)...].firstIndex(of: chars[start]) else { return nil }
            return endsKey(chars, at: close + 1) ? start..<(close + 1) : nil
        }
        var end = start
        while end < chars.count {
            if endsKey(chars, at: end) { return start..<end }
            if chars[end] == "#", chars[end - 1].isWhitespace { return nil }
            end += 1
        }
        return nil
    }

    /// Whether a `:` at `index` is followed by blank space or the line's end.
    private static func endsKey(_ chars: [Character], at index: Int) -> Bool {
        guard index < chars.count, chars[index] == ":" else { return false }
        return index + 1 == chars.count || chars[index + 1].isWhitespace
    }
}
