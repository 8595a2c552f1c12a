/// Translates a complete CSI sequence (the bytes after `ESC [`, final byte included) into a decoder action.
enum CSIMapper {
    /// What the decoder should do with a finished CSI sequence.
    enum Action: Equatable, Sendable {
        case event(KeyEvent)
        /// Recognised but irrelevant (non-wheel mouse report, stray paste-end marker).
        case ignore
        case unknown
        case beginPaste
    }

    static func action(for body: ArraySlice<UInt8>) -> Action {
        guard let final = body.last else { return .unknown }
        let content = body.dropLast()
        let parameterEnd = content.firstIndex { !(0x30...0x3F).contains($0) } ?? content.endIndex
        // No input sequence we care about uses intermediate bytes.
        guard parameterEnd == content.endIndex else { return .unknown }
        let params = CSIParameters(content)
        guard params.isValid else { return .unknown }
        switch params.privateMarker {
        case nil: break
        case 0x3C: return sgrMouse(params, final: final)
        default: return .unknown
        }
        let modifiers = KeyModifiers(parameter: params.value(at: 1))
        if let arrow = arrow(final, modifiers: modifiers) {
            return .event(arrow)
        }
        let event: KeyEvent?
        switch final {
        case 0x48: event = .home  // H
        case 0x46: event = .end  // F
        case 0x50...0x53: event = .function(Int(final) - 0x4F)  // P Q R S → F1–F4
        case 0x5A: event = .backTab  // Z
        case 0x61: event = .shiftUp  // a (rxvt)
        case 0x62: event = .shiftDown  // b (rxvt)
        case 0x63: event = .right  // c (rxvt shift-right)
        case 0x64: event = .left  // d (rxvt shift-left)
        case 0x7E, 0x5E, 0x40, 0x24: return tilde(params)  // ~, rxvt ^ @ $
        case 0x75:  // u (kitty)
            event = KittyKeyMapper.event(
                code: params.value(at: 0),
                shiftedCode: params.subvalue(at: 0, 1),
                modifierParameter: params.value(at: 1)
            )
        case 0x4D where params.count == 3:  // urxvt 1015 mouse
            return wheel(MouseDecoder.wheelEvent(offsetButton: params.value(at: 0) ?? 0))
        default: event = nil
        }
        return event.map(Action.event) ?? .unknown
    }

    /// Arrow keys (final `A`–`D`) with xterm modifiers; nil for any other final byte.
    static func arrow(_ final: UInt8, modifiers: KeyModifiers) -> KeyEvent? {
        switch final {
        case 0x41: modifiers.contains(.shift) ? .shiftUp : .up
        case 0x42: modifiers.contains(.shift) ? .shiftDown : .down
        case 0x43: modifiers.hasWordModifier ? .ctrlRight : .right
        case 0x44: modifiers.hasWordModifier ? .ctrlLeft : .left
        default: nil
        }
    }

    /// `CSI number [; modifiers] ~` keys (modifiers are dropped except for modifyOtherKeys).
    private static func tilde(_ params: CSIParameters) -> Action {
        guard let number = params.value(at: 0) else { return .unknown }
        let event: KeyEvent?
        switch number {
        case 1, 7: event = .home
        case 2: event = .insert
        case 3: event = .delete
        case 4, 8: event = .end
        case 5: event = .pageUp
        case 6: event = .pageDown
        case 11...15: event = .function(number - 10)
        case 17...21: event = .function(number - 11)
        case 23...26: event = .function(number - 12)
        case 28, 29: event = .function(number - 13)
        case 31...34: event = .function(number - 14)
        case 27:
            event = KittyKeyMapper.event(
                code: params.value(at: 2),
                shiftedCode: nil,
                modifierParameter: params.value(at: 1)
            )
        case 200: return .beginPaste
        case 201: return .ignore
        default: event = nil
        }
        return event.map(Action.event) ?? .unknown
    }

    /// SGR mouse report `CSI < button ; x ; y M/m`: wheel presses become events, the rest is ignored.
    private static func sgrMouse(_ params: CSIParameters, final: UInt8) -> Action {
        guard final == 0x4D || final == 0x6D else { return .unknown }
        guard final == 0x4D, let button = params.value(at: 0) else { return .ignore }
        return wheel(MouseDecoder.wheelEvent(button: button))
    }

    private static func wheel(_ event: KeyEvent?) -> Action {
        event.map(Action.event) ?? .ignore
    }
}
