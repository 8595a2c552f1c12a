/// The cells on screen whose grapheme curses cannot hold in a `cchar_t` (a ZWJ sequence, a skin
/// tone, a flag pair, many combining marks, or a width curses counts differently), by row.
/// Curses is given blanks of the grapheme's width there, and the grapheme's own bytes are written
/// to the terminal after each refresh, on every row curses may have redrawn.
struct DirectClusters {
    /// One such cell: where it is, its grapheme and its style.
    struct Entry: Equatable {
        let column: Int
        let text: String
        let role: StyleRole
    }

    /// Entries by row, each row's in no particular order; a row without any has no key.
    private var rows: [Int: [Entry]] = [:]

    var isEmpty: Bool { rows.isEmpty }

    /// Forgets every entry (the screen is drawn whole next).
    mutating func removeAll() {
        rows.removeAll(keepingCapacity: true)
    }

    /// The cell at (`row`, `column`) now holds something else.
    mutating func remove(row: Int, column: Int) {
        guard var entries = rows[row], let index = entries.firstIndex(where: { $0.column == column }) else { return }
        entries.remove(at: index)
        rows[row] = entries.isEmpty ? nil : entries
    }

    /// The cell at (`row`, `column`) holds `text`, which must be written to the terminal directly.
    mutating func set(row: Int, column: Int, text: String, role: StyleRole) {
        remove(row: row, column: column)
        rows[row, default: []].append(Entry(column: column, text: text, role: role))
    }

    /// The entries of `row`, from left to right.
    func entries(row: Int) -> [Entry] {
        (rows[row] ?? []).sorted { $0.column < $1.column }
    }
}
