/// Maps mouse button codes (SGR, urxvt and X10 reports) to wheel events; other mouse activity is dropped.
enum MouseDecoder {
    /// Wheel event for a raw button code (modifier bits Shift 4, Meta 8, Ctrl 16 are ignored).
    static func wheelEvent(button: Int) -> KeyEvent? {
        switch button & ~(4 | 8 | 16) {
        case 64: .mouseWheelUp
        case 65: .mouseWheelDown
        default: nil
        }
    }

    /// Wheel event for an X10/urxvt report, whose button value is offset by 32.
    static func wheelEvent(offsetButton: Int) -> KeyEvent? {
        wheelEvent(button: offsetButton - 32)
    }
}
