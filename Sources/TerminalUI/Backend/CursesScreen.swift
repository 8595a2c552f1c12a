import CNcursesw

/// The curses backend of the canvas: pushes only the cells that changed since the last frame,
/// then lets curses send the difference to the terminal.
struct CursesScreen {
    private var previous: Canvas?
    private let palette: Palette
    private var scalars: [wchar_t] = []

    init(palette: Palette) {
        self.palette = palette
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
        }
        previous = nil  // `base` is now the only owner of its cells: the caller's clear won't copy them
        for span in canvas.diff(from: base) {
            for column in span.range {
                draw(canvas[span.row, column], row: span.row, column: column)
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
    }

    private mutating func draw(_ cell: Cell, row: Int, column: Int) {
        guard !cell.isContinuation else { return }
        let style = palette.style(cell.role)
        scalars.removeAll(keepingCapacity: true)
        for scalar in cell.text.unicodeScalars { scalars.append(wchar_t(bitPattern: scalar.value)) }
        if scalars.isEmpty { scalars.append(wchar_t(32)) }
        scalars.withUnsafeBufferPointer { buffer in
            _ = cncurses_put(Int32(row), Int32(column), buffer.baseAddress, Int32(buffer.count), style.attributes, style.pair)
        }
    }
}
