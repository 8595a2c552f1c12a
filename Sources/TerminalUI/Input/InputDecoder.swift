/// Incremental decoder turning raw terminal input bytes (raw mode, bracketed paste, SGR mouse) into `KeyEvent`s.
struct InputDecoder: Sendable {
    /// Longest pending CSI/SS3 sequence (bytes after ESC) before it is reported as `.unknown`.
    static let maxSequenceLength = 64

    /// Parser state: what the next byte continues.
    private enum State: Sendable {
        case ground
        /// Saw ESC: Esc key, Alt prefix or sequence introducer.
        case escape
        /// `ESC [` and parameter/intermediate bytes so far.
        case csi
        /// `ESC O` and parameter bytes so far.
        case ss3
        /// `ESC [ [` (Linux console F1–F5).
        case linuxFunction
        /// `ESC [ M` plus up to three raw X10 mouse bytes.
        case x10Mouse
        /// Dropping the tail of an over-long sequence until its final byte.
        case discard
        /// Inside a bracketed paste.
        case paste
    }

    private var state = State.ground
    /// Bytes after the ESC of the sequence being collected (starts with `[` or `O`).
    private var sequence: [UInt8] = []
    private var utf8 = UTF8Accumulator()
    /// ESC was followed by a UTF-8 lead byte: the decoded scalar becomes `.alt`.
    private var altPending = false
    private var paste = PasteCollector()
    private var output = EventBuffer()

    init() {}

    /// True when bytes are buffered that `flush()` would resolve (lone ESC, incomplete sequence,
    /// partial UTF-8): arm the ~25 ms timer. False inside a paste, which only its end marker ends.
    var hasPending: Bool {
        switch state {
        case .ground: utf8.isPending
        case .paste: false
        default: true
        }
    }

    /// True while inside a bracketed paste whose end marker has not arrived yet.
    var isInPaste: Bool {
        state == .paste
    }

    /// Length of the pending escape sequence buffer (for tests of the length cap).
    var pendingSequenceLength: Int {
        sequence.count
    }

    /// Decodes the next chunk of input; incomplete sequences stay buffered for the next call.
    mutating func feed(_ bytes: some Collection<UInt8>) -> [KeyEvent] {
        let input = Array(bytes)
        var index = 0
        while index < input.count {
            if state == .paste {
                let result = paste.consume(input, from: index)
                index = result.next
                if result.finished {
                    state = .ground
                    emit(.paste(paste.takeText()))
                }
            } else if handle(input[index]) {
                index += 1
            }
        }
        return takeOutput()
    }

    /// Resolves whatever is pending after the input went quiet: a lone ESC becomes `.escape`,
    /// `ESC [` / `ESC O` become `.alt("[")` / `.alt("O")`, longer incomplete sequences become
    /// `.unknown`, a partial UTF-8 character becomes U+FFFD. An open paste is left untouched.
    mutating func flush() -> [KeyEvent] {
        switch state {
        case .ground:
            if utf8.flush() {
                emitInvalidScalar()
            }
        case .paste:
            break
        default:
            abortSequence()
        }
        return takeOutput()
    }

    // MARK: - Byte handling

    /// Processes one byte; returns false if the byte was not consumed and must be handled again
    /// in the (changed) state.
    private mutating func handle(_ byte: UInt8) -> Bool {
        switch state {
        case .ground: handleGround(byte)
        case .escape: handleEscape(byte)
        case .csi: handleCSI(byte)
        case .ss3: handleSS3(byte)
        case .linuxFunction: handleLinuxFunction(byte)
        case .x10Mouse: handleX10Mouse(byte)
        case .discard: handleDiscard(byte)
        case .paste: false
        }
    }

    private mutating func handleGround(_ byte: UInt8) -> Bool {
        if utf8.isPending || byte >= 0x80 {
            switch utf8.push(byte) {
            case .needMore:
                return true
            case .scalar(let scalar):
                emitScalar(scalar)
                return true
            case .invalid:
                emitInvalidScalar()
                return true
            case .invalidReprocess:
                emitInvalidScalar()
                return false
            }
        }
        switch byte {
        case 0x1B: state = .escape
        case 0x20...0x7E: output.appendText(Unicode.Scalar(byte))
        default: emit(ControlByte.event(for: byte))
        }
        return true
    }

    private mutating func handleEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x1B:
            emit(.escape)  // ESC ESC: the first one is the Esc key; the second stays pending.
            return true
        case 0x5B, 0x4F:
            state = byte == 0x5B ? .csi : .ss3
            sequence = [byte]
            return true
        case 0x80...:
            state = .ground
            altPending = true
            return false
        default:
            break
        }
        state = .ground
        switch byte {
        case 0x0D, 0x0A: emit(.newline)
        case 0x08, 0x7F: emit(.altBackspace)
        case 0x20...0x7E: emit(.alt(Character(Unicode.Scalar(byte))))
        default:
            emit(.escape)
            return false
        }
        return true
    }

    private mutating func handleCSI(_ byte: UInt8) -> Bool {
        if sequence.count == 1 && byte == 0x5B {
            sequence.append(byte)
            state = .linuxFunction
            return true
        }
        if sequence.count == 1 && byte == 0x4D {
            sequence.append(byte)
            state = .x10Mouse
            return true
        }
        switch byte {
        case 0x24 where isRxvtDollarKey:
            sequence.append(byte)
            finishCSI()
        case 0x20...0x3F:
            appendCapped(byte)
        case 0x40...0x7E:
            sequence.append(byte)
            finishCSI()
        default:
            abortSequence()
            return false
        }
        return true
    }

    private mutating func handleSS3(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x3B:
            appendCapped(byte)
        case 0x40...0x7E:
            sequence.append(byte)
            let raw = sequence
            resetToGround()
            emit(SS3Mapper.event(for: raw.dropFirst()) ?? .unknown(Self.rawString(raw)))
        default:
            abortSequence()
            return false
        }
        return true
    }

    private mutating func handleLinuxFunction(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x41...0x45:
            resetToGround()
            emit(.function(Int(byte) - 0x40))
        case 0x40...0x7E:
            sequence.append(byte)
            let raw = sequence
            resetToGround()
            emit(.unknown(Self.rawString(raw)))
        default:
            abortSequence()
            return false
        }
        return true
    }

    private mutating func handleX10Mouse(_ byte: UInt8) -> Bool {
        sequence.append(byte)
        // sequence = "[", "M", button, column, row
        guard sequence.count == 5 else { return true }
        let button = Int(sequence[2])
        resetToGround()
        if let event = MouseDecoder.wheelEvent(offsetButton: button) {
            emit(event)
        }
        return true
    }

    private mutating func handleDiscard(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20...0x3F:
            return true
        case 0x40...0x7E:
            state = .ground
            return true
        default:
            state = .ground
            return false
        }
    }

    // MARK: - Sequence helpers

    /// rxvt reports Shift+editing keys as `ESC [ n $`; `$` is otherwise an intermediate byte.
    private var isRxvtDollarKey: Bool {
        sequence.count > 1 && sequence.dropFirst().allSatisfy { (0x30...0x39).contains($0) }
    }

    /// Appends a parameter/intermediate byte, reporting the sequence as unknown once it is too long.
    private mutating func appendCapped(_ byte: UInt8) {
        sequence.append(byte)
        guard sequence.count >= Self.maxSequenceLength else { return }
        let raw = sequence
        sequence = []
        state = .discard
        emit(.unknown(Self.rawString(raw)))
    }

    private mutating func finishCSI() {
        let raw = sequence
        resetToGround()
        switch CSIMapper.action(for: raw.dropFirst()) {
        case .event(let event): emit(event)
        case .ignore: break
        case .unknown: emit(.unknown(Self.rawString(raw)))
        case .beginPaste: state = .paste
        }
    }

    /// Ends an incomplete sequence (timeout or unexpected byte), emitting what it stands for.
    private mutating func abortSequence() {
        let raw = sequence
        let previous = state
        resetToGround()
        switch previous {
        case .escape:
            emit(.escape)
        case .csi where raw.count == 1, .ss3 where raw.count == 1:
            emit(.alt(Character(Unicode.Scalar(raw[0]))))
        case .csi, .ss3, .linuxFunction, .x10Mouse:
            emit(.unknown(Self.rawString(raw)))
        case .ground, .discard, .paste:
            break
        }
    }

    private mutating func resetToGround() {
        sequence = []
        state = .ground
    }

    private static func rawString(_ bytesAfterEscape: [UInt8]) -> String {
        String(decoding: [0x1B] + bytesAfterEscape, as: UTF8.self)
    }

    // MARK: - Output

    private mutating func emitScalar(_ scalar: Unicode.Scalar) {
        if (0x80...0x9F).contains(scalar.value) {
            // C1 control characters are not text.
            if altPending {
                altPending = false
                emit(.escape)
            }
            emit(.unknown(String(Character(scalar))))
        } else if altPending {
            altPending = false
            emit(.alt(Character(scalar)))
        } else {
            output.appendText(scalar)
        }
    }

    private mutating func emitInvalidScalar() {
        if altPending {
            altPending = false
            emit(.escape)
        }
        output.appendText("\u{FFFD}")
    }

    private mutating func emit(_ event: KeyEvent) {
        output.append(event)
    }

    private mutating func takeOutput() -> [KeyEvent] {
        output.take()
    }
}
