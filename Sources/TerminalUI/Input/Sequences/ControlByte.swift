/// Maps single C0 control bytes and DEL to key events using the legacy terminal conventions.
enum ControlByte {
    /// The event for a byte in 0x00–0x1F or 0x7F; other bytes yield `.unknown`.
    static func event(for byte: UInt8) -> KeyEvent {
        switch byte {
        case 0x08, 0x7F: .backspace
        case 0x09: .tab
        case 0x0A: .newline
        case 0x0D: .enter
        case 0x1B: .escape
        case 0x00: .control("@")
        case 0x01...0x1A: .control(Character(Unicode.Scalar(byte + 0x60)))
        case 0x1C...0x1F: .control(Character(Unicode.Scalar(byte + 0x40)))
        default: .unknown(String(Character(Unicode.Scalar(byte))))
        }
    }

    /// The legacy control byte that Ctrl plus `scalar` produces, if any (Ctrl-A → 0x01, Ctrl-Space → 0x00).
    static func byte(forControlPlus scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x20: 0x00
        case 0x3F: 0x7F
        case 0x40...0x5F, 0x61...0x7A: UInt8(scalar.value & 0x1F)
        default: nil
        }
    }
}
