/// Terminal column widths of grapheme clusters and strings, independent of the C locale.
///
/// Rules (a cluster's width is decided by its base scalar plus its modifiers):
/// - 0: control characters (they are sanitized earlier), clusters made only of
///   zero-width scalars (combining marks Mn/Me, format characters Cf such as
///   ZWJ U+200D / ZWSP U+200B / soft hyphen, lone variation selectors).
/// - 2: East Asian Wide/Fullwidth base (see `EastAsianWideTable`), emoji with
///   default emoji presentation, an emoji base followed by VS16 (U+FE0F), an
///   emoji modifier (skin tone) or a ZWJ, and regional-indicator flag pairs.
/// - 1: everything else, including East Asian Ambiguous characters and a lone
///   regional indicator (East_Asian_Width N, as glibc's wcwidth does).
enum CellWidth {
    /// Column width of one grapheme cluster (0, 1 or 2).
    static func of(_ g: Character) -> Int {
        let utf8 = g.utf8
        if utf8.count == 1, let byte = utf8.first {
            return (0x20...0x7E).contains(byte) ? 1 : 0
        }
        return clusterWidth(g.unicodeScalars)
    }

    /// Total column width of a string (sum of its grapheme clusters).
    static func of(_ s: String) -> Int {
        width(of: s)
    }

    /// Total column width of a substring (sum of its grapheme clusters).
    static func of(_ s: Substring) -> Int {
        width(of: s)
    }

    private static func width<S: StringProtocol>(of s: S) -> Int {
        var asciiPrintable = true
        for byte in s.utf8 where byte < 0x20 || byte > 0x7E {
            asciiPrintable = false
            break
        }
        if asciiPrintable {
            return s.utf8.count
        }
        var total = 0
        forEachPiece(of: s) { piece in
            switch piece {
            case .narrow: total += 1
            case .clusters(let run): for g in run { total += of(g) }
            }
            return true
        }
        return total
    }

    /// Width of a cluster given its scalars (slow path, non-ASCII or multi-scalar).
    private static func clusterWidth(_ scalars: Character.UnicodeScalarView) -> Int {
        // Find the base: the first scalar that is not zero-width (normally the
        // first scalar; prepended format characters such as U+0600 are skipped).
        var iterator = scalars.makeIterator()
        var baseScalar: Unicode.Scalar?
        while let scalar = iterator.next() {
            if scalar.properties.generalCategory == .control {
                return 0
            }
            if !isZeroWidth(scalar) {
                baseScalar = scalar
                break
            }
        }
        guard let base = baseScalar else {
            return 0
        }
        let value = base.value

        if isRegionalIndicator(value) {
            if let next = iterator.next(), isRegionalIndicator(next.value) {
                return 2
            }
            return 1
        }
        if value < 0x1100 && !base.properties.isEmoji {
            // Nothing below U+1100 is wide or an emoji base except ASCII digits,
            // '#', '*', ©, ® (all covered by the isEmoji check above).
            return 1
        }
        if EastAsianWideTable.contains(value) || base.properties.isEmojiPresentation {
            return 2
        }
        if base.properties.isEmoji {
            while let scalar = iterator.next() {
                switch scalar.value {
                case 0xFE0F:
                    return 2
                case 0x200D where !base.isASCII:
                    return 2
                default:
                    if scalar.properties.isEmojiModifier && !base.isASCII {
                        return 2
                    }
                }
            }
        }
        return 1
    }

    /// True for a scalar that is one column wide and, in a run made only of such scalars, a
    /// grapheme cluster of its own (no mark, joiner, selector, emoji, control or wide character):
    /// Latin, Greek and Cyrillic letters, punctuation, box drawing, blocks, shapes, braille. Such a
    /// run is measured and drawn a scalar at a time, without grapheme breaking.
    static func isNarrowAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xA8, 0xAA...0xAC, 0xAF...0x2FF, 0x370...0x3FF, 0x400...0x482, 0x48A...0x52F,
            0x2010...0x2027, 0x2030...0x203B, 0x2500...0x25A9, 0x25AC...0x25B5, 0x25B7...0x25BF, 0x25C1...0x25FA,
            0x2800...0x28FF:
            true
        default:
            false
        }
    }

    /// True for scalars that never occupy a column on their own.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return true
        default:
            return false
        }
    }

    private static func isRegionalIndicator(_ value: UInt32) -> Bool {
        (0x1F1E6...0x1F1FF).contains(value)
    }
}

extension CellWidth {
    /// `text` cut to at most `width` columns with `…` at the cut (whole grapheme clusters), or
    /// `text` itself when it fits.
    static func truncated(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        guard of(text) > width else { return text }
        var result = ""
        var used = 0
        for grapheme in text {
            let cells = of(grapheme)
            if used + cells > width - 1 { break }
            result.append(grapheme)
            used += cells
        }
        return result + "…"
    }
}
