/// Modifier keys decoded from an xterm-style modifier parameter (value = 1 + bitmask).
struct KeyModifiers: OptionSet, Sendable {
    let rawValue: Int

    static let shift = KeyModifiers(rawValue: 1)
    static let alt = KeyModifiers(rawValue: 2)
    static let control = KeyModifiers(rawValue: 4)
    static let superKey = KeyModifiers(rawValue: 8)
    static let hyper = KeyModifiers(rawValue: 16)
    static let meta = KeyModifiers(rawValue: 32)

    init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// Decodes a CSI modifier parameter; a missing value or 1 means no modifiers.
    /// Lock-key bits reported by kitty (Caps Lock 64, Num Lock 128) are ignored.
    init(parameter: Int?) {
        guard let parameter, parameter > 1 else {
            self.init(rawValue: 0)
            return
        }
        self.init(rawValue: (parameter - 1) & 0x3F)
    }

    /// Alt or Meta held (both are treated as "Alt" by the app).
    var hasAlt: Bool {
        !isDisjoint(with: [.alt, .meta])
    }

    /// Ctrl, Alt or Meta held: turns Left/Right into word motion.
    var hasWordModifier: Bool {
        !isDisjoint(with: [.alt, .control, .meta])
    }
}
