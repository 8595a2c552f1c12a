/// Turns untrusted text into text that can never act as terminal control data.
///
/// Rules (applied per Unicode scalar, linear time):
/// - `\n` and `\t` are kept; `\r\n` becomes `\n`.
/// - Escape sequences are dropped whole: CSI (`ESC [` ... final 0x40–0x7E, also
///   8-bit U+009B), OSC (`ESC ]` / U+009D ... BEL or ST), DCS/SOS/PM/APC
///   (`ESC P`/`X`/`^`/`_`, U+0090/0098/009E/009F ... ST), nF sequences
///   (`ESC` intermediates 0x20–0x2F then a final byte) and two-byte `ESC x`.
///   An unterminated sequence at the end of input is dropped.
/// - A sequence is abandoned (its consumed part dropped) when a byte that cannot
///   belong to it arrives; that byte is then handled as normal text. For CSI this
///   is anything outside 0x20–0x7E; for string sequences (OSC, DCS, ...) it is a
///   C0 control other than BEL/ESC (so `\n` ends a runaway OSC instead of eating
///   the rest of the answer) or a C1 control other than ST. CAN/SUB cancel any sequence silently.
/// - Other C0 controls (incl. `\r`, BEL, backspace) and DEL become their visible
///   Control Pictures (U+2400 + code, DEL → U+2421).
/// - Other C1 controls (U+0080–U+009F) become U+FFFD.
/// - Bidi embedding/override/isolate controls (U+202A–U+202E, U+2066–U+2069) are
///   dropped; LINE/PARAGRAPH SEPARATOR (U+2028/U+2029) become `\n`.
///
/// Use `sanitize(_:)` for a complete string, or an instance with `feed(_:)` /
/// `finish()` for streamed chunks, so a sequence split across chunks is still
/// removed whole.
struct TextSanitizer: Sendable {
    /// Where the state machine is inside an escape sequence.
    enum State: Sendable, Equatable {
        case normal
        case escape
        case escapeIntermediate
        case csi
        case osc
        case controlString
    }

    private(set) var state: State = .normal
    /// A `\r` was seen and not yet emitted (it may be the first half of `\r\n`).
    private(set) var pendingCarriageReturn = false

    /// Creates a sanitizer for a stream of chunks.
    init() {}

    /// Sanitizes a complete string. Text without any control data is returned unchanged.
    static func sanitize(_ s: String) -> String {
        guard needsSanitizing(s) else {
            return s
        }
        var sanitizer = TextSanitizer()
        var output = sanitizer.feed(s)
        output += sanitizer.finish()
        return output
    }

    /// Sanitizes the next chunk of a stream. Output may lag by one `\r` or by an
    /// unfinished escape sequence; call `finish()` at the end of the stream.
    mutating func feed(_ chunk: String) -> String {
        if state == .normal && !pendingCarriageReturn && !Self.needsSanitizing(chunk) {
            return chunk
        }
        var output = String.UnicodeScalarView()
        for scalar in chunk.unicodeScalars {
            process(scalar, into: &output)
        }
        return String(output)
    }

    /// Ends the stream: flushes a pending `\r` and drops any unterminated sequence.
    mutating func finish() -> String {
        var output = String.UnicodeScalarView()
        if pendingCarriageReturn {
            output.append(Self.controlPicture(0x0D))
        }
        pendingCarriageReturn = false
        state = .normal
        return String(output)
    }

    /// Fast check: does `s` contain anything this sanitizer would change?
    /// Scans UTF-8 bytes: C0 except `\t`/`\n`, DEL, C1 (C2 80–C2 9F),
    /// U+2028–U+202E (E2 80 A8–AE) and U+2066–U+2069 (E2 81 A6–A9).
    static func needsSanitizing(_ s: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in s.utf8 {
            if byte < 0x20 {
                if byte != 0x0A && byte != 0x09 {
                    return true
                }
            } else if byte == 0x7F {
                return true
            } else if previous == 0xC2 && byte >= 0x80 && byte <= 0x9F {
                return true
            } else if beforePrevious == 0xE2 && previous == 0x80 && byte >= 0xA8 && byte <= 0xAE {
                return true
            } else if beforePrevious == 0xE2 && previous == 0x81 && byte >= 0xA6 && byte <= 0xA9 {
                return true
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    // MARK: - State machine

    private mutating func process(_ scalar: Unicode.Scalar, into output: inout String.UnicodeScalarView) {
        let value = scalar.value
        if pendingCarriageReturn {
            pendingCarriageReturn = false
            if value == 0x0A && state == .normal {
                output.append(scalar)
                return
            }
            output.append(Self.controlPicture(0x0D))
        }
        if state != .normal && (value == 0x18 || value == 0x1A) {
            state = .normal  // CAN / SUB cancel any sequence in progress
            return
        }
        switch state {
        case .normal:
            processNormal(scalar, into: &output)
        case .escape:
            processEscape(scalar, into: &output)
        case .escapeIntermediate:
            if (0x20...0x2F).contains(value) {
                return
            }
            state = .normal
            if (0x30...0x7E).contains(value) {
                return
            }
            processNormal(scalar, into: &output)
        case .csi:
            if (0x20...0x3F).contains(value) {
                return
            }
            state = .normal
            if (0x40...0x7E).contains(value) {
                return
            }
            processNormal(scalar, into: &output)
        case .osc, .controlString:
            processString(scalar, into: &output)
        }
    }

    private mutating func processNormal(_ scalar: Unicode.Scalar, into output: inout String.UnicodeScalarView) {
        let value = scalar.value
        switch value {
        case 0x0A, 0x09:
            output.append(scalar)
        case 0x0D:
            pendingCarriageReturn = true
        case 0x1B:
            state = .escape
        case 0x9B:
            state = .csi
        case 0x9D:
            state = .osc
        case 0x90, 0x98, 0x9E, 0x9F:
            state = .controlString
        case 0x00...0x1F, 0x7F...0x9F:
            if let visible = Self.visible(control: value) { output.append(visible) }
        case 0x202A...0x202E, 0x2066...0x2069:
            break
        case 0x2028, 0x2029:
            output.append("\n")
        default:
            output.append(scalar)
        }
    }

    private mutating func processEscape(_ scalar: Unicode.Scalar, into output: inout String.UnicodeScalarView) {
        switch scalar.value {
        case 0x5B:  // [
            state = .csi
        case 0x5D:  // ]
            state = .osc
        case 0x50, 0x58, 0x5E, 0x5F:  // P X ^ _
            state = .controlString
        case 0x1B:
            state = .escape  // ESC ESC: the first one is abandoned
        case 0x20...0x2F:
            state = .escapeIntermediate
        case 0x30...0x7E:
            state = .normal  // two-byte sequence, e.g. ESC c (full reset), ESC 7
        default:
            // Not a valid sequence: drop the ESC, keep the scalar as text.
            state = .normal
            processNormal(scalar, into: &output)
        }
    }

    private mutating func processString(_ scalar: Unicode.Scalar, into output: inout String.UnicodeScalarView) {
        switch scalar.value {
        case 0x07, 0x9C:  // BEL, ST end the string
            state = .normal
        case 0x1B:
            state = .escape  // ESC \ (ST) is then consumed as a two-byte sequence
        case 0x00...0x1F, 0x80...0x9F:
            state = .normal
            processNormal(scalar, into: &output)
        default:
            break  // string content (title, clipboard payload, ...) is dropped
        }
    }

    private static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// What a control character shows as when it is not interpreted: C0 and DEL as their
    /// Control Pictures, C1 as U+FFFD; nil for anything that is not a control character.
    static func visible(control value: UInt32) -> Unicode.Scalar? {
        switch value {
        case 0x00...0x1F: controlPicture(value)
        case 0x7F: controlPicture(0x21)
        case 0x80...0x9F: replacement
        default: nil
        }
    }

    /// The visible Control Picture for a C0 code (U+2400 + code; pass 0x21 for DEL).
    private static func controlPicture(_ code: UInt32) -> Unicode.Scalar {
        Unicode.Scalar(0x2400 + code) ?? replacement
    }
}
