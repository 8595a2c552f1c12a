/// Translates a complete SS3 sequence (the bytes after `ESC O`, final byte included) into a key event.
enum SS3Mapper {
    /// Application-keypad characters for finals `j`…`y`.
    private static let keypad: [Character] = Array("*+,-./0123456789")

    static func event(for body: ArraySlice<UInt8>) -> KeyEvent? {
        guard let final = body.last else { return nil }
        let params = CSIParameters(body.dropLast())
        guard params.isValid, params.privateMarker == nil else { return nil }
        // Modifiers arrive as `ESC O 1 ; 5 D` or the older `ESC O 5 D`.
        let modifierValue = params.count >= 2 ? params.value(at: 1) : params.value(at: 0)
        if let arrow = CSIMapper.arrow(final, modifiers: KeyModifiers(parameter: modifierValue)) {
            return arrow
        }
        switch final {
        case 0x48: return .home  // H
        case 0x46: return .end  // F
        case 0x50...0x53: return .function(Int(final) - 0x4F)  // P Q R S → F1–F4
        case 0x4D: return .enter  // M: keypad Enter
        case 0x61: return .up  // a: rxvt Ctrl-Up
        case 0x62: return .down  // b: rxvt Ctrl-Down
        case 0x63: return .ctrlRight  // c: rxvt Ctrl-Right
        case 0x64: return .ctrlLeft  // d: rxvt Ctrl-Left
        case 0x58 where params.count == 0: return .character("=")  // X: keypad =
        case 0x6A...0x79 where params.count == 0: return .character(keypad[Int(final) - 0x6A])
        default: return nil
        }
    }
}
