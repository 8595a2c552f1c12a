/// Hard-wraps a character buffer into display rows by terminal cell width, locating a cursor.
/// A tab reaches the next tab stop of its row (every `TextWrapper.defaultTabWidth` columns, as
/// in the transcript), or the row end if that comes first.
struct WrappedRows: Sendable {
    /// One display row: characters `start..<end` (never a "\n"); `end` is a cursor stop on
    /// this row only when `endIncluded` (otherwise that position is shown on the next row).
    struct Row: Equatable, Sendable {
        var start: Int
        var end: Int
        var endIncluded: Bool
    }

    /// Rendered in place of a character wider than the whole row (only possible at width 1).
    static let overflowPlaceholder: Character = "?"

    private(set) var rows: [Row] = []
    private(set) var cursorRow = 0
    private(set) var cursorColumn = 0
    let width: Int

    /// Wraps `chars` at `width` (clamped to >= 1) columns. `cursor` (if any) is a position in
    /// `0...chars.count`; a cursor at the exact end of a full row gets its own (phantom) row.
    init(_ chars: [Character], width: Int, cursor: Int?) {
        let width = max(1, width)
        self.width = width
        let count = chars.count
        var start = 0
        var column = 0
        var index = 0
        while index <= count {
            let atEnd = index == count
            if atEnd || chars[index] == "\n" {
                closeLine(start: start, end: index, full: column >= width, cursor: cursor, column: column)
                if atEnd { break }
                start = index + 1
                column = 0
                index += 1
                continue
            }
            var cellWidth = Self.columns(of: chars[index], at: column, width: width)
            if column > 0 && (column >= width || column + cellWidth > width) {
                rows.append(Row(start: start, end: index, endIncluded: false))
                start = index
                column = 0
                cellWidth = Self.columns(of: chars[index], at: column, width: width)
            }
            if cursor == index {
                cursorRow = rows.count
                cursorColumn = column
            }
            column += cellWidth
            index += 1
        }
    }

    /// Closes a row ended by a newline or the end of the text.
    private mutating func closeLine(start: Int, end: Int, full: Bool, cursor: Int?, column: Int) {
        if full {
            rows.append(Row(start: start, end: end, endIncluded: false))
            if cursor == end {
                cursorRow = rows.count
                cursorColumn = 0
                rows.append(Row(start: end, end: end, endIncluded: true))
            }
        } else {
            if cursor == end {
                cursorRow = rows.count
                cursorColumn = column
            }
            rows.append(Row(start: start, end: end, endIncluded: true))
        }
    }

    /// The columns `c` takes when it starts at `column` of a row `width` wide: a tab runs to the
    /// next tab stop, clamped to the row end (so it never makes a row wider than `width`).
    static func columns(of c: Character, at column: Int, width: Int) -> Int {
        guard c == "\t" else { return cell(c, width: width).width }
        let tabWidth = TextWrapper.defaultTabWidth
        return max(1, min(tabWidth - column % tabWidth, width - column))
    }

    /// The character drawn for `c` and its column width, never wider than `width`.
    /// Tabs draw as a space (`string(row:of:)` repeats it to the tab stop) and other control
    /// characters as visible symbols, so the returned rows are safe to print verbatim.
    static func cell(_ c: Character, width: Int) -> (glyph: Character, width: Int) {
        let glyph = displayGlyph(c)
        let cells = max(0, CellWidth.of(glyph))
        if cells > width { return (overflowPlaceholder, 1) }
        return (glyph, cells)
    }

    private static func displayGlyph(_ c: Character) -> Character {
        guard let first = c.unicodeScalars.first else { return c }
        if first.value == 0x09 { return " " }
        // As in the transcript: what is pasted looks the same before and after it is sent.
        return TextSanitizer.visible(control: first.value).map(Character.init) ?? c
    }

    /// The printable text of row `row` (assumed valid).
    func string(row: Int, of chars: [Character]) -> String {
        let r = rows[row]
        var s = ""
        var column = 0
        for i in r.start..<r.end {
            let c = chars[i]
            if c == "\t" {
                let spaces = Self.columns(of: c, at: column, width: width)
                s += String(repeating: " ", count: spaces)
                column += spaces
            } else {
                let cell = Self.cell(c, width: width)
                s.append(cell.glyph)
                column += cell.width
            }
        }
        return s
    }

    /// The cursor position on row `row` whose column is the largest not exceeding `goal`.
    func position(onRow row: Int, goalColumn goal: Int, of chars: [Character]) -> Int {
        let r = rows[row]
        var best = r.start
        var column = 0
        var p = r.start
        while p < r.end {
            if column > goal { return best }
            best = p
            column += Self.columns(of: chars[p], at: column, width: width)
            p += 1
        }
        if r.endIncluded && column <= goal { best = r.end }
        return best
    }
}
