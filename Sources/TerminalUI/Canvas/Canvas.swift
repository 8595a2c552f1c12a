/// In-memory screen of styled cells that views draw into, tests read and a backend flushes.
///
/// Every operation is total: coordinates outside the canvas are clipped or
/// ignored, sizes are clamped (negative → 0, above `maxDimension` → `maxDimension`),
/// and no arithmetic can overflow. Invariant: a cell of width 2 is always
/// followed by a continuation cell (width 0, text `""`) and a continuation
/// cell is always preceded by a width-2 cell.
struct Canvas: Equatable, Sendable {
    /// Largest number of rows or columns a canvas can have.
    static let maxDimension = 4096

    /// Number of rows (0...maxDimension).
    let rows: Int
    /// Number of columns (0...maxDimension).
    let columns: Int
    /// Row-major cells, `rows * columns` of them.
    private var cells: [PackedCell]
    /// The text of each cell holding a grapheme too long to be packed, by cell index.
    private var longText: [Int: String] = [:]
    /// Where writes land (the whole canvas unless a view draws `clipped(to:)` its rect).
    private(set) var clip: Rect

    /// Creates a canvas of blank cells with `role`.
    init(rows: Int, columns: Int, role: StyleRole = .normal) {
        self.rows = min(max(rows, 0), Self.maxDimension)
        self.columns = min(max(columns, 0), Self.maxDimension)
        self.cells = Array(repeating: PackedCell.blank(role), count: self.rows * self.columns)
        self.clip = Rect(top: 0, left: 0, height: self.rows, width: self.columns)
    }

    /// The cell at (`row`, `column`); a blank `.normal` cell when out of range.
    subscript(row: Int, column: Int) -> Cell {
        guard contains(row: row, column: column) else {
            return Cell.blank()
        }
        let index = row * columns + column
        let packed = cells[index]
        let text = packed.isLong ? longText[index] ?? "" : packed.inlineText
        return Cell(text: text, role: packed.role, width: Int(packed.width))
    }

    /// The cell at an in-range (`row`, `column`) as stored, for the backend.
    func packed(row: Int, column: Int) -> PackedCell {
        cells[row * columns + column]
    }

    /// The cells of one row (empty when out of range).
    func cells(row: Int) -> [Cell] {
        guard row >= 0 && row < rows else {
            return []
        }
        return (0..<columns).map { self[row, $0] }
    }

    /// Blanks every cell with `role`.
    mutating func clear(role: StyleRole = .normal) {
        let blank = PackedCell.blank(role)
        cells.withUnsafeMutableBufferPointer { $0.update(repeating: blank) }
        longText.removeAll(keepingCapacity: true)
    }

    /// Writes `text` on one row starting at `column`, one grapheme per cell (two
    /// cells for wide graphemes). Clips at the canvas edges, the clip rect and
    /// `column + maxWidth`; a wide grapheme that would be cut by an edge is
    /// replaced by a blank in its visible column. Zero-width graphemes and
    /// controls (including `\n`) are skipped. Returns the number of canvas
    /// columns written (pads included, clipped parts excluded).
    @discardableResult
    mutating func put(_ text: String, row: Int, column: Int, role: StyleRole, maxWidth: Int? = nil) -> Int {
        let limit = limit(column: column, maxWidth: maxWidth)
        let end = draw(text, row: row, column: column, role: role, limit: limit)
        return max(0, min(end, limit) - max(column, clip.left))
    }

    /// Writes styled spans one after another on one row, as `put` writes one text; returns the
    /// columns written.
    @discardableResult
    mutating func put(_ spans: [StyledSpan], row: Int, column: Int, maxWidth: Int? = nil) -> Int {
        let limit = limit(column: column, maxWidth: maxWidth)
        var x = column
        for span in spans {
            guard x < limit else { break }
            x = draw(span.text, row: row, column: x, role: span.role, limit: limit)
        }
        return max(0, min(x, limit) - max(column, clip.left))
    }

    /// Runs `body` with writes clipped to `rect` (within the current clip): a view given a rect
    /// cannot draw outside it.
    @discardableResult
    mutating func clipped<Result>(to rect: Rect, _ body: (inout Canvas) -> Result) -> Result {
        let saved = clip
        clip = saved.intersection(rect)
        defer { clip = saved }
        return body(&self)
    }

    private func limit(column: Int, maxWidth: Int?) -> Int {
        guard let maxWidth else { return clip.right }
        return min(clip.right, Self.saturatingAdd(column, maxWidth))
    }

    /// Draws `text` from `column` up to `limit` (exclusive); returns the column after it (which
    /// may lie past `limit` when the text did not fit).
    private mutating func draw(_ text: String, row: Int, column: Int, role: StyleRole, limit: Int) -> Int {
        guard row >= clip.top && row < clip.bottom && column < limit else {
            return column
        }
        let left = clip.left
        var x = column
        // Printable ASCII, most of what a frame draws: one cell per byte, no grapheme breaking.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            let end = min(x + text.utf8.count, limit)
            let start = max(x, left)
            if start < end {
                let cells = prepareRun(row: row, from: start, to: end)
                let skipped = start - x
                self.cells.withUnsafeMutableBufferPointer { buffer in
                    var index = cells.lowerBound
                    for byte in text.utf8.dropFirst(skipped) {
                        guard index < cells.upperBound else { break }
                        buffer[index] = PackedCell(ascii: byte, role: role)
                        index += 1
                    }
                }
            }
            return end
        }
        // Elsewhere runs of letters, punctuation, box drawing… go a scalar a cell, and only the
        // rest is broken into grapheme clusters.
        CellWidth.forEachPiece(of: text) { piece in
            switch piece {
            case .narrow(let scalar):
                guard x < limit else { return false }
                if x >= left {
                    place(PackedCell(scalar.utf8, role: role, width: 1) ?? .blank(role), row: row, column: x)
                }
                x += 1
            case .clusters(let run):
                for g in run {
                    guard x < limit else { return false }
                    x = draw(g, row: row, column: x, role: role, limit: limit)
                }
            }
            return true
        }
        return x
    }

    /// Draws one grapheme cluster at `x` (below `limit`); returns the column after it.
    private mutating func draw(_ g: Character, row: Int, column x: Int, role: StyleRole, limit: Int) -> Int {
        let left = clip.left
        let cw = CellWidth.of(g)
        if cw == 0 {
            return x
        }
        let end = x + cw
        if end <= left {
            return end  // entirely left of the clip
        }
        if x < left || end > limit {
            // Cut by an edge: blank its visible columns instead of writing half of it.
            let padStart = max(x, left)
            let padEnd = min(end, limit)
            for padX in padStart..<max(padStart, padEnd) {
                place(.blank(role), row: row, column: padX)
            }
            return end
        }
        place(g, width: cw, role: role, row: row, column: x)
        return end
    }

    /// Fills `width` cells from (`row`, `column`) with `glyph` (one column wide) and `role`,
    /// clipped to the canvas; blanks by default.
    mutating func fill(row: Int, column: Int, width: Int, role: StyleRole, glyph: String = " ") {
        guard row >= clip.top && row < clip.bottom else {
            return
        }
        let start = max(column, clip.left)
        let end = min(Self.saturatingAdd(column, width), clip.right)
        guard start < end else {
            return
        }
        let cell = PackedCell(glyph.utf8, role: role, width: 1) ?? .blank(role)
        let cells = prepareRun(row: row, from: start, to: end)
        self.cells.withUnsafeMutableBufferPointer { buffer in
            for index in cells { buffer[index] = cell }
        }
    }

    /// Draws a single-line box (┌─┐│└┘) whose outer size is `height` × `width`,
    /// clipped to the canvas. The interior is left untouched. Boxes smaller
    /// than 2 × 2 draw nothing.
    mutating func box(top: Int, left: Int, height: Int, width: Int, role: StyleRole) {
        guard height >= 2 && width >= 2 else {
            return
        }
        let bottom = Self.saturatingAdd(top, height - 1)
        let right = Self.saturatingAdd(left, width - 1)
        fill(row: top, column: Self.saturatingAdd(left, 1), width: width - 2, role: role, glyph: "─")
        fill(row: bottom, column: Self.saturatingAdd(left, 1), width: width - 2, role: role, glyph: "─")
        let innerTop = max(Self.saturatingAdd(top, 1), 0)
        let innerBottom = min(bottom, rows)
        if innerTop < innerBottom {
            for y in innerTop..<innerBottom {
                putGlyph("│", row: y, column: left, role: role)
                putGlyph("│", row: y, column: right, role: role)
            }
        }
        putGlyph("┌", row: top, column: left, role: role)
        putGlyph("┐", row: top, column: right, role: role)
        putGlyph("└", row: bottom, column: left, role: role)
        putGlyph("┘", row: bottom, column: right, role: role)
    }

    /// A popup in `frame`: its area filled with `fill`, a box in `border` with `title` (if any) on
    /// the top edge and `footer` on the bottom one.
    mutating func popup(_ frame: Rect, fill: StyleRole, border: StyleRole, title: String, footer: String) {
        for row in frame.top..<frame.bottom { self.fill(row: row, column: frame.left, width: frame.width, role: fill) }
        box(top: frame.top, left: frame.left, height: frame.height, width: frame.width, role: border)
        if !title.isEmpty {
            put(" \(title) ", row: frame.top, column: frame.left + 2, role: border, maxWidth: frame.width - 4)
        }
        put(" \(footer) ", row: frame.bottom - 1, column: frame.left + 2, role: border, maxWidth: frame.width - 4)
    }

    /// Changed column spans per row, compared with `previous`. Spans never start
    /// on a continuation cell nor end between a wide grapheme's halves, adjacent
    /// spans are merged. If the sizes differ every row is reported in full.
    func diff(from previous: Canvas) -> [(row: Int, range: Range<Int>)] {
        guard columns > 0 else {
            return []
        }
        guard previous.rows == rows && previous.columns == columns else {
            return (0..<rows).map { (row: $0, range: 0..<columns) }
        }
        var changes: [(row: Int, range: Range<Int>)] = []
        for row in 0..<rows where !sameRow(row, as: previous) {
            let base = row * columns
            var x = 0
            while x < columns {
                if same(base + x, as: previous) {
                    x += 1
                    continue
                }
                var start = x
                if cells[base + start].isContinuation && start > 0 {
                    start -= 1
                }
                var end = x + 1
                while end < columns && !same(base + end, as: previous) {
                    end += 1
                }
                if cells[base + end - 1].width == 2 && end < columns {
                    end += 1
                }
                if let last = changes.last, last.row == row, last.range.upperBound >= start {
                    changes[changes.count - 1].range = last.range.lowerBound..<max(end, last.range.upperBound)
                } else {
                    changes.append((row: row, range: start..<end))
                }
                x = end
            }
        }
        return changes
    }

    // MARK: - Private helpers

    /// Row `row` holds what `other`'s does (a canvas of the same size), compared whole when
    /// neither canvas holds a long cluster (most frames leave most rows as they were).
    private func sameRow(_ row: Int, as other: Canvas) -> Bool {
        guard longText.isEmpty && other.longText.isEmpty else { return false }
        let range = row * columns..<(row + 1) * columns
        return cells.withUnsafeBufferPointer { new in
            other.cells.withUnsafeBufferPointer { old in new[range].elementsEqual(old[range]) }
        }
    }

    /// The cell at `index` holds what `other`'s does (a canvas of the same size).
    private func same(_ index: Int, as other: Canvas) -> Bool {
        cells[index] == other.cells[index] && (!cells[index].isLong || longText[index] == other.longText[index])
    }

    private func contains(row: Int, column: Int) -> Bool {
        row >= 0 && row < rows && column >= 0 && column < columns
    }

    /// Writes a narrow glyph if (`row`, `column`) is on the canvas.
    private mutating func putGlyph(_ glyph: String, row: Int, column: Int, role: StyleRole) {
        guard row >= clip.top && row < clip.bottom && column >= clip.left && column < clip.right else {
            return
        }
        place(PackedCell(glyph.utf8, role: role, width: 1) ?? .blank(role), row: row, column: column)
    }

    /// Stores the grapheme `g` of `width` 1 or 2 (see `place(_:row:column:)`).
    private mutating func place(_ g: Character, width: Int, role: StyleRole, row: Int, column: Int) {
        if let cell = PackedCell(g.utf8, role: role, width: width) {
            place(cell, row: row, column: column)
        } else {
            place(.long(role: role, width: width), row: row, column: column)
            longText[row * columns + column] = String(g)
        }
    }

    /// Stores a cell of width 1 or 2 at an in-range position where it fits, first blanking the
    /// other half of any wide grapheme it partly overwrites.
    private mutating func place(_ cell: PackedCell, row: Int, column: Int) {
        let width = Int(cell.width)
        let base = row * columns
        let first = base + column
        let last = first + width - 1
        if !longText.isEmpty {
            for index in first...last { longText[index] = nil }
        }
        if cells[first].isContinuation && column > 0 {
            blank(first - 1)
        }
        if cells[last].width == 2 && column + width < columns {
            blank(last + 1)
        }
        cells[first] = cell
        if width == 2 {
            cells[last] = .continuation(cell.role)
        }
    }

    /// Readies columns `start..<end` of `row` (in range, not empty) to be overwritten by narrow
    /// cells, as placing them one by one would: a wide grapheme cut at either end is blanked, and
    /// long clusters there are forgotten. Returns the cells' indices.
    private mutating func prepareRun(row: Int, from start: Int, to end: Int) -> Range<Int> {
        let base = row * columns
        if !longText.isEmpty {
            for index in base + start..<base + end { longText[index] = nil }
        }
        if cells[base + start].isContinuation && start > 0 {
            blank(base + start - 1)
        }
        if cells[base + end - 1].width == 2 && end < columns {
            blank(base + end)
        }
        return base + start..<base + end
    }

    private mutating func blank(_ index: Int) {
        if !longText.isEmpty { longText[index] = nil }
        cells[index] = .blank(cells[index].role)
    }

    /// `a + b`, clamped to `Int.min...Int.max` instead of trapping.
    static func saturatingAdd(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        guard overflow else {
            return sum
        }
        return b > 0 ? Int.max : Int.min
    }
}
