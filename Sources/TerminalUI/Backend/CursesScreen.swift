import CNcursesw

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The curses backend of the canvas: pushes only the cells that changed since the last frame,
/// then lets curses send the difference to the terminal. A grapheme curses cannot hold whole is
/// written to the terminal directly (see `DirectClusters`).
struct CursesScreen {
    private var previous: Canvas?
    private let palette: Palette
    /// Curses' terminal, for the graphemes written directly.
    private let output: Int32
    private var scalars: [wchar_t] = []
    private var direct = DirectClusters()
    /// Rows with changed cells in this frame (curses may redraw only these, and the cursor's).
    private var changedRows: [Int] = []
    /// Where curses left the cursor after the last frame.
    private var lastCursor: (row: Int, column: Int)?

    init(palette: Palette, output: Int32 = STDOUT_FILENO) {
        self.palette = palette
        self.output = output
    }

    /// Forget what is on the screen (after a resize or a return from suspension): the next
    /// frame is drawn whole.
    mutating func invalidate() {
        previous = nil
    }

    /// Pushes what changed since the last frame. `canvas` is kept as that last frame, and the
    /// caller gets the frame before it back to draw the next one into: no canvas is allocated
    /// or freed per frame.
    mutating func present(_ canvas: inout Canvas, cursor: CursorPosition?) {
        var base: Canvas
        if let last = previous, last.rows == canvas.rows, last.columns == canvas.columns {
            base = last
        } else {
            erase()
            clearok(cncurses_stdscr(), true)
            base = Canvas(rows: canvas.rows, columns: canvas.columns)
            direct.removeAll()
            lastCursor = nil
        }
        previous = nil  // `base` is now the only owner of its cells: the caller's clear won't copy them
        changedRows.removeAll(keepingCapacity: true)
        for span in canvas.diff(from: base) {
            if changedRows.last != span.row { changedRows.append(span.row) }
            for column in span.range {
                draw(canvas, row: span.row, column: column)
            }
        }
        swap(&base, &canvas)
        previous = base
        if let cursor {
            curs_set(1)
            move(Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        refresh()
        writeDirectClusters()
    }

    /// Writes the graphemes curses holds only blanks for, on the rows curses may have redrawn
    /// (it can also move the cursor right by rewriting cells it believes are on screen), then
    /// puts the cursor back where curses left it.
    private mutating func writeDirectClusters() {
        let now = (row: Int(getcury(cncurses_stdscr())), column: Int(getcurx(cncurses_stdscr())))
        let before = lastCursor
        lastCursor = now
        guard !direct.isEmpty else { return }
        var rows = changedRows
        if !changedRows.isEmpty || before.map({ $0 != now }) ?? true {
            rows.append(now.row)
            if let before { rows.append(before.row) }
        }
        var bytes = DirectBytes()
        for row in Set(rows).sorted() {
            for entry in direct.entries(row: row) {
                let style = palette.style(entry.role)
                bytes.move(row: row, column: entry.column)
                bytes.attributes(style.attributes, pair: style.pair)
                bytes.text(entry.text)
            }
        }
        guard !bytes.isEmpty else { return }
        // Curses records the attributes vid_puts sets; the cursor goes back where the refresh
        // left it, which is where curses believes it is.
        bytes.attributes(cncurses_a_normal(), pair: 0)
        bytes.move(row: now.row, column: now.column)
        bytes.send(to: output)
    }

    private mutating func draw(_ canvas: Canvas, row: Int, column: Int) {
        if !direct.isEmpty { direct.remove(row: row, column: column) }
        let packed = canvas.packed(row: row, column: column)
        guard !packed.isContinuation else { return }
        if let byte = packed.asciiByte {
            // Most cells: one byte, which curses always holds.
            let style = palette.style(packed.role)
            var scalar = wchar_t(byte)
            _ = cncurses_put(Int32(row), Int32(column), &scalar, 1, style.attributes, style.pair)
            return
        }
        let cell = canvas[row, column]
        let style = palette.style(cell.role)
        scalars.removeAll(keepingCapacity: true)
        for scalar in cell.text.unicodeScalars { scalars.append(wchar_t(bitPattern: scalar.value)) }
        if scalars.isEmpty { scalars.append(wchar_t(32)) }
        let fits =
            cell.text.utf8.count == 1
            || scalars.withUnsafeBufferPointer {
                cncurses_cell_fits($0.baseAddress, Int32($0.count), Int32(cell.width))
            }
        if !fits {
            // Blanks of its width for curses; the grapheme itself is written after the refresh.
            direct.set(row: row, column: column, text: cell.text, role: cell.role)
            scalars.removeAll(keepingCapacity: true)
            scalars.append(wchar_t(32))
        }
        scalars.withUnsafeBufferPointer { buffer in
            for offset in 0..<(fits ? 1 : max(1, cell.width)) {
                _ = cncurses_put(
                    Int32(row), Int32(column + offset), buffer.baseAddress, Int32(buffer.count), style.attributes,
                    style.pair)
            }
        }
    }
}

/// Bytes written to the terminal around curses, after its refresh: cursor addressing and
/// attributes from terminfo, gathered through curses' output callbacks (curses' own putp, mvcur
/// and vid_attr always write to stdio's stdout, not to the screen's terminal). Main thread only.
private struct DirectBytes {
    /// The callbacks take no context: they append here, and `send` takes it.
    nonisolated(unsafe) private static var gathered: [UInt8] = []

    var isEmpty: Bool { Self.gathered.isEmpty }

    init() {
        Self.gathered.removeAll(keepingCapacity: true)
    }

    mutating func move(row: Int, column: Int) {
        guard let sequence = cncurses_cursor_address(Int32(row), Int32(column)) else { return }
        tputs(sequence, 1) { byte in
            DirectBytes.gathered.append(UInt8(truncatingIfNeeded: byte))
            return byte
        }
    }

    mutating func attributes(_ attributes: attr_t, pair: Int16) {
        vid_puts(attributes, pair, nil) { byte in
            DirectBytes.gathered.append(UInt8(truncatingIfNeeded: byte))
            return byte
        }
    }

    mutating func text(_ text: String) {
        Self.gathered.append(contentsOf: text.utf8)
    }

    /// Writes everything gathered to `descriptor`.
    func send(to descriptor: Int32) {
        Self.gathered.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(descriptor, base + offset, buffer.count - offset)
                guard written > 0 else { break }
                offset += written
            }
        }
        Self.gathered.removeAll(keepingCapacity: true)
    }
}
