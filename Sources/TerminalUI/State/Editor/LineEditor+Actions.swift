/// The key table's editing actions on a one-line field (a path, a chat's title).
extension LineEditor {
    /// Does `action` when it edits or moves in a line; false for any other action.
    mutating func performLineEdit(_ action: UIAction) -> Bool {
        switch action {
        case .left: moveLeft()
        case .right: moveRight()
        case .wordLeft: moveWordLeft()
        case .wordRight: moveWordRight()
        case .lineStart, .home: moveToLineStart()
        case .lineEnd, .end: moveToLineEnd()
        case .backspace: backspace()
        case .deleteForward: deleteForward()
        case .deleteWordBackward: deleteWordBackward()
        case .deleteWordForward: deleteWordForward()
        case .killToLineStart: killToLineStart()
        case .killToLineEnd: killToLineEnd()
        case .yank: yank()
        default: return false
        }
        return true
    }
}
