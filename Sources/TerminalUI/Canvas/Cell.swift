/// One terminal cell: a single grapheme (or blank, or the right half of a wide grapheme) and its role.
struct Cell: Equatable, Sendable {
    /// One grapheme cluster; `" "` for a blank cell, `""` for the right half of a wide grapheme.
    var text: String
    /// Semantic style of the cell.
    var role: StyleRole
    /// Columns the cell's text occupies: 1 normally, 2 for the left half of a wide
    /// grapheme, 0 for its right half (a continuation cell a backend must skip).
    var width: Int

    /// Creates a cell; `width` defaults to 1 (a narrow grapheme).
    init(text: String, role: StyleRole, width: Int = 1) {
        self.text = text
        self.role = role
        self.width = width
    }

    /// A blank (space) cell with the given role.
    static func blank(_ role: StyleRole = .normal) -> Cell {
        Cell(text: " ", role: role, width: 1)
    }

    /// The right half of a wide grapheme.
    static func continuation(_ role: StyleRole) -> Cell {
        Cell(text: "", role: role, width: 0)
    }

    /// True for the right half of a wide grapheme.
    var isContinuation: Bool {
        width == 0
    }
}
