/// Maps kitty `CSI code;mods u` and xterm modifyOtherKeys `CSI 27;mods;code ~` reports to key events.
enum KittyKeyMapper {
    /// Event for a key code (Unicode code point) with optional shifted code and modifier parameter;
    /// nil when the combination has no meaning for the app.
    static func event(code: Int?, shiftedCode: Int?, modifierParameter: Int?) -> KeyEvent? {
        guard let code else { return nil }
        let modifiers = KeyModifiers(parameter: modifierParameter)
        guard modifiers.isDisjoint(with: [.superKey, .hyper]) else { return nil }
        let control = modifiers.contains(.control)
        switch code {
        case 13: return modifiers.isEmpty ? .enter : .newline
        case 9: return modifiers.contains(.shift) ? .backTab : .tab
        case 27: return .escape
        case 8, 127: return modifiers.hasWordModifier ? .altBackspace : .backspace
        default: break
        }
        guard let scalar = printableScalar(code) else { return nil }
        if control {
            guard !modifiers.hasAlt, let byte = ControlByte.byte(forControlPlus: scalar) else { return nil }
            // Same meaning as the legacy byte, so Ctrl-M is Enter and Ctrl-I is Tab on every terminal.
            return ControlByte.event(for: byte)
        }
        var character = Character(scalar)
        if modifiers.contains(.shift) {
            if let shiftedCode, let shifted = printableScalar(shiftedCode) {
                character = Character(shifted)
            } else if (0x61...0x7A).contains(scalar.value), let upper = Unicode.Scalar(scalar.value - 0x20) {
                character = Character(upper)
            }
        }
        return modifiers.hasAlt ? .alt(character) : .character(character)
    }

    /// The scalar for `code` if it is printable text (not C0/C1/DEL, not kitty's private-use key codes).
    private static func printableScalar(_ code: Int) -> Unicode.Scalar? {
        guard code >= 0x20, code != 0x7F, !(0x80...0x9F).contains(code), !(0xE000...0xF8FF).contains(code),
            let value = UInt32(exactly: code)
        else { return nil }
        return Unicode.Scalar(value)
    }
}
