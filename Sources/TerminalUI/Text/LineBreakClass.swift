/// The few line-breaking classes of UAX #14 the wrapper needs between two graphemes that have
/// no space between them: ideographs, kana and hangul (ID) may break on either side; closing
/// punctuation (CL, CP, EX, IS, NS) stays with the grapheme before it; opening brackets (OP)
/// stay with the grapheme after them. East Asian and ASCII punctuation differ in one way: a
/// break may follow an East Asian closer, so `。` ends a segment, while `,` or `)` before a
/// letter never does (`e.g.,x` and `f(x)` stay whole, as in UAX #14's LB29 and LB30).
enum LineBreakClass: Sendable, Equatable {
    case ideographic
    case eastAsianOpening, asciiOpening
    case eastAsianClosing, asciiClosing
    /// Everything else (letters, digits, symbols): no break between two of them.
    case other

    /// The class of a grapheme, by its first scalar.
    static func of(_ grapheme: Character) -> Self {
        guard let scalar = grapheme.unicodeScalars.first else {
            return .other
        }
        let value = scalar.value
        if value < 0x80 {
            return ascii(UInt8(value))
        }
        if value < table[0].lower {
            return .other
        }
        // Binary search over the sorted, disjoint ranges.
        var low = 0
        var high = table.count
        while low < high {
            let middle = (low + high) / 2
            let entry = table[middle]
            if value < entry.lower {
                high = middle
            } else if value > entry.upper {
                low = middle + 1
            } else {
                return entry.breakClass
            }
        }
        return .other
    }

    /// Whether a row may end between a grapheme of class `before` and one of class `after`.
    static func allowsBreak(between before: Self, and after: Self) -> Bool {
        switch (before, after) {
        case (_, .eastAsianClosing), (_, .asciiClosing): false
        case (.eastAsianOpening, _), (.asciiOpening, _): false
        case (.ideographic, _), (.eastAsianClosing, _), (_, .ideographic), (_, .eastAsianOpening): true
        case (.asciiClosing, .asciiOpening): true  // `f(x)(y)`: between `)` and `(`
        default: false
        }
    }

    private static func ascii(_ byte: UInt8) -> Self {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): .asciiOpening
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"),
            UInt8(ascii: "!"), UInt8(ascii: "?"),
            UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ";"):
            .asciiClosing
        default: .other
        }
    }

    /// Sorted, disjoint scalar ranges and their class; scalars not listed are `.other`.
    static let table: [(lower: UInt32, upper: UInt32, breakClass: Self)] = [
        (0x1100, 0x115F, .ideographic),  // Hangul Jamo, leading consonants
        (0x2E80, 0x2FFF, .ideographic),  // CJK radicals, Kangxi radicals, description characters
        (0x3000, 0x3000, .ideographic),  // ideographic space
        (0x3001, 0x3002, .eastAsianClosing),  // 、。
        (0x3003, 0x3004, .ideographic),
        (0x3005, 0x3005, .eastAsianClosing),  // 々 (NS)
        (0x3006, 0x3007, .ideographic),
        (0x3008, 0x3008, .eastAsianOpening), (0x3009, 0x3009, .eastAsianClosing),  // 〈〉
        (0x300A, 0x300A, .eastAsianOpening), (0x300B, 0x300B, .eastAsianClosing),  // 《》
        (0x300C, 0x300C, .eastAsianOpening), (0x300D, 0x300D, .eastAsianClosing),  // 「」
        (0x300E, 0x300E, .eastAsianOpening), (0x300F, 0x300F, .eastAsianClosing),  // 『』
        (0x3010, 0x3010, .eastAsianOpening), (0x3011, 0x3011, .eastAsianClosing),  // 【】
        (0x3012, 0x3013, .ideographic),
        (0x3014, 0x3014, .eastAsianOpening), (0x3015, 0x3015, .eastAsianClosing),  // 〔〕
        (0x3016, 0x3016, .eastAsianOpening), (0x3017, 0x3017, .eastAsianClosing),  // 〖〗
        (0x3018, 0x3018, .eastAsianOpening), (0x3019, 0x3019, .eastAsianClosing),  // 〘〙
        (0x301A, 0x301A, .eastAsianOpening), (0x301B, 0x301B, .eastAsianClosing),  // 〚〛
        (0x301C, 0x301C, .eastAsianClosing),  // 〜 (NS)
        (0x301D, 0x301D, .eastAsianOpening), (0x301E, 0x301F, .eastAsianClosing),  // 〝〞〟
        (0x3020, 0x303A, .ideographic),
        (0x303B, 0x303C, .eastAsianClosing),  // NS
        (0x303D, 0x303F, .ideographic),
        (0x3041, 0x309A, .ideographic),  // Hiragana (small kana break as in CSS `line-break: normal`)
        (0x309B, 0x309E, .eastAsianClosing),  // ゛゜ゝゞ (NS)
        (0x309F, 0x309F, .ideographic),
        (0x30A0, 0x30A0, .eastAsianClosing),  // ゠ (NS)
        (0x30A1, 0x30FA, .ideographic),  // Katakana
        (0x30FB, 0x30FB, .eastAsianClosing),  // ・ (NS)
        (0x30FC, 0x30FC, .ideographic),  // ー
        (0x30FD, 0x30FE, .eastAsianClosing),  // ヽヾ (NS)
        (0x30FF, 0x30FF, .ideographic),
        (0x3105, 0x318F, .ideographic),  // Bopomofo, Hangul compatibility Jamo
        (0x3190, 0x33FF, .ideographic),  // Kanbun … CJK compatibility
        (0x3400, 0x4DBF, .ideographic),  // CJK extension A
        (0x4E00, 0x9FFF, .ideographic),  // CJK unified ideographs
        (0xA000, 0xA4CF, .ideographic),  // Yi
        (0xAC00, 0xD7A3, .ideographic),  // Hangul syllables
        (0xF900, 0xFAFF, .ideographic),  // CJK compatibility ideographs
        // ﹐﹑﹒
        (0xFE50, 0xFE50, .eastAsianClosing), (0xFE51, 0xFE51, .ideographic), (0xFE52, 0xFE52, .eastAsianClosing),
        (0xFE54, 0xFE57, .eastAsianClosing),  // ﹔﹕﹖﹗
        (0xFE59, 0xFE59, .eastAsianOpening), (0xFE5A, 0xFE5A, .eastAsianClosing),
        (0xFE5B, 0xFE5B, .eastAsianOpening), (0xFE5C, 0xFE5C, .eastAsianClosing),
        (0xFE5D, 0xFE5D, .eastAsianOpening), (0xFE5E, 0xFE5E, .eastAsianClosing),
        (0xFF01, 0xFF01, .eastAsianClosing),  // ！
        (0xFF02, 0xFF07, .ideographic),
        (0xFF08, 0xFF08, .eastAsianOpening), (0xFF09, 0xFF09, .eastAsianClosing),  // （）
        (0xFF0A, 0xFF0B, .ideographic),
        (0xFF0C, 0xFF0C, .eastAsianClosing),  // ，
        (0xFF0D, 0xFF0D, .ideographic),
        (0xFF0E, 0xFF0E, .eastAsianClosing),  // ．
        (0xFF0F, 0xFF19, .ideographic),  // ／ and fullwidth digits
        (0xFF1A, 0xFF1B, .eastAsianClosing),  // ：；
        (0xFF1C, 0xFF1E, .ideographic),
        (0xFF1F, 0xFF1F, .eastAsianClosing),  // ？
        (0xFF20, 0xFF3A, .ideographic),  // ＠ and fullwidth capitals
        // ［＼］
        (0xFF3B, 0xFF3B, .eastAsianOpening), (0xFF3C, 0xFF3C, .ideographic), (0xFF3D, 0xFF3D, .eastAsianClosing),
        (0xFF3E, 0xFF5A, .ideographic),  // fullwidth small letters
        // ｛｜｝
        (0xFF5B, 0xFF5B, .eastAsianOpening), (0xFF5C, 0xFF5C, .ideographic), (0xFF5D, 0xFF5D, .eastAsianClosing),
        (0xFF5E, 0xFF5E, .ideographic),
        (0xFF5F, 0xFF5F, .eastAsianOpening), (0xFF60, 0xFF61, .eastAsianClosing),  // ｟｠｡
        (0xFF62, 0xFF62, .eastAsianOpening), (0xFF63, 0xFF64, .eastAsianClosing),  // ｢｣､
        (0xFF65, 0xFF65, .eastAsianClosing),  // ･ (NS)
        (0xFF66, 0xFF9D, .ideographic),  // halfwidth Katakana
        (0xFF9E, 0xFF9F, .eastAsianClosing),  // ﾞﾟ (NS)
        (0xFFA0, 0xFFDC, .ideographic),  // halfwidth Hangul
        (0x1B000, 0x1B16F, .ideographic),  // Kana supplement and extensions
        (0x20000, 0x2FFFD, .ideographic),  // CJK extensions B–F, compatibility supplement
        (0x30000, 0x3FFFD, .ideographic),  // CJK extensions G–H
    ]
}
