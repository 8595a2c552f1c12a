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

    mutating func present(_ canvas: Canvas, cursor: AppState.Cursor?) {
        let base: Canvas
        if let previous, previous.rows == canvas.rows, previous.columns == canvas.columns {
            base = previous
        } else {
            erase()
            clearok(cncurses_stdscr(), true)
            base = Canvas(rows: canvas.rows, columns: canvas.columns)
        }
        for span in canvas.diff(from: base) {
            for column in span.range {
                draw(canvas[span.row, column], row: span.row, column: column)
            }
        }
        previous = canvas
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
