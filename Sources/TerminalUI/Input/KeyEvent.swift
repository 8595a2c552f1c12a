/// One decoded terminal input event: a key press, a bracketed paste, or a mouse-wheel step.
enum KeyEvent: Hashable, Sendable {
    /// Printable text (any Unicode grapheme, including U+FFFD for invalid UTF-8 input).
    case character(Character)
    /// Enter / Return (CR, keypad Enter).
    case enter
    /// Insert a line break without submitting: Alt-Enter (ESC CR), Ctrl-J (LF), modified Enter via CSI u.
    case newline
    /// Tab (also Ctrl-I).
    case tab
    /// Shift-Tab (`ESC [ Z`).
    case backTab
    /// Backspace (DEL 0x7F or BS 0x08, i.e. Ctrl-H).
    case backspace
    /// Forward delete (`ESC [ 3 ~`).
    case delete
    /// The Esc key on its own (reported by `flush()` after the ambiguity timeout, or ESC ESC).
    case escape
    /// Cursor keys.
    case up, down, left, right
    /// Shift-modified vertical cursor keys.
    case shiftUp, shiftDown
    /// Editing-block keys.
    case home, end, pageUp, pageDown, insert
    /// Function key F1…F20 (modifiers are dropped).
    case function(Int)
    /// Ctrl plus a key without its own meaning: lowercase `a`…`z` plus `@` (NUL), `\`, `]`, `^`, `_`.
    case control(Character)
    /// Alt (Meta) plus a printable character, sent as ESC followed by the character.
    case alt(Character)
    /// Alt-Backspace (ESC DEL / ESC BS), or Ctrl/Alt-Backspace via CSI u.
    case altBackspace
    /// Word motion: Ctrl- or Alt-modified Left/Right.
    case ctrlLeft, ctrlRight
    /// Bracketed paste body (CR and CRLF converted to LF; other control bytes kept verbatim).
    case paste(String)
    /// Mouse wheel scrolled up / down (other mouse events are dropped).
    case mouseWheelUp, mouseWheelDown
    /// An unrecognised or malformed escape sequence (raw bytes, starting with ESC); never text.
    case unknown(String)
}
