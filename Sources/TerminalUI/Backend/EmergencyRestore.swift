#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Restores the terminal when the process ends without a clean stop: `exit` from anywhere, or
/// a crash signal. Only async-signal-safe calls in the handler (write, tcsetattr, signal, raise).
enum EmergencyRestore {
    nonisolated(unsafe) private static var savedModes = termios()
    nonisolated(unsafe) private static var haveSavedModes = false
    nonisolated(unsafe) private static var armed = false
    nonisolated(unsafe) private static var sequence: UnsafeMutableBufferPointer<UInt8>?
    private static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// Saves the terminal's modes and arms the handlers: called before curses takes the terminal,
    /// so that nothing between `newterm` and the first frame can leave it raw.
    static func arm() {
        haveSavedModes = tcgetattr(STDIN_FILENO, &savedModes) == 0
        setSequence(leaveScreen: nil)
        armed = true
        atexit { EmergencyRestore.restore() }
        for crashSignal in crashSignals {
            signal(crashSignal) { received in
                EmergencyRestore.restore()
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    /// Adds the terminal's `rmcup` (leave the alternate screen), known once curses has loaded
    /// the terminal's description, to what a restore writes.
    static func setLeaveScreen(_ leaveScreen: UnsafeMutablePointer<CChar>?) {
        setSequence(leaveScreen: leaveScreen)
    }

    /// The bytes a restore writes. The old buffer is left allocated: a handler may be reading it.
    private static func setSequence(leaveScreen: UnsafeMutablePointer<CChar>?) {
        var bytes = Array(Terminal.disableModes.utf8)
        if let leaveScreen, Int(bitPattern: leaveScreen) > 0 {
            bytes += Array(String(cString: leaveScreen).utf8)
        }
        bytes += Array("\u{1B}[?25h\u{1B}[0m".utf8)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes)
        sequence = buffer
    }

    static func disarm() {
        armed = false
    }

    private static func restore() {
        guard armed else { return }
        armed = false
        if let sequence { _ = write(STDOUT_FILENO, sequence.baseAddress, sequence.count) }
        if haveSavedModes { tcsetattr(STDIN_FILENO, TCSANOW, &savedModes) }
    }
}
