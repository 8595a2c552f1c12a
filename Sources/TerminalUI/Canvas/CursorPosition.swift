/// Where the terminal's cursor goes after a frame (the backend shows it there).
struct CursorPosition: Equatable, Sendable {
    let row: Int
    let column: Int
}
