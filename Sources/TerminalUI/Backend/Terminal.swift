import CNcursesw
import ChatCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The terminal's whole life in one place: the locale, curses, raw mode, bracketed paste and
/// mouse reporting on; and everything put back on every way out (quit, signals, suspension, a
/// crash, `exit` from anywhere).
@MainActor
final class Terminal {
    /// Why the terminal could not be taken over.
    enum StartError: Error {
        case unknownTerminal(String)
        /// The terminal type is known but cannot move the cursor (`TERM=dumb`).
        case noCursorAddressing(String)
    }

    nonisolated static let enableModes = "\u{1B}[?2004h\u{1B}[?1000h\u{1B}[?1006h"
    nonisolated static let disableModes = "\u{1B}[?1006l\u{1B}[?1000l\u{1B}[?2004l"

    let palette: Palette
    private var active = true

    private init(palette: Palette) {
        self.palette = palette
    }

    /// Takes over the terminal on stdin/stdout.
    static func start() throws(StartError) -> Terminal {
        setUTF8Locale()
        // Asked of terminfo before newterm takes the screen: a refusal leaves nothing behind.
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        switch cncurses_terminal_capability(STDOUT_FILENO) {
        case 1: break
        case 0: throw .noCursorAddressing(term)
        default: throw .unknownTerminal(term)
        }
        EmergencyRestore.arm()
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
            let screen = newterm(nil, output, input)
        else {
            EmergencyRestore.disarm()
            throw .unknownTerminal(ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        set_term(screen)
        // Keys are read by the UI's own input source, not by curses: curses need not poll the
        // input before every update to see whether one has come (a system call per frame).
        typeahead(-1)
        raw()
        noecho()
        nonl()
        intrflush(cncurses_stdscr(), false)
        keypad(cncurses_stdscr(), false)
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        var useColor = false
        if !noColor && has_colors() {
            start_color()
            use_default_colors()
            useColor = true
        }
        EmergencyRestore.setLeaveScreen(tigetstr("rmcup"))
        writeToTerminal(enableModes)
        return Terminal(palette: Palette(useColor: useColor))
    }

    /// The terminal's size from the kernel (curses' idea of it may be stale after SIGWINCH).
    func querySize() -> (rows: Int, columns: Int) {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 {
            return (Int(size.ws_row), Int(size.ws_col))
        }
        return (Int(cncurses_lines()), Int(cncurses_cols()))
    }

    func resize(rows: Int, columns: Int) {
        resizeterm(Int32(rows), Int32(columns))
    }

    /// Gives the terminal back as it was.
    func stop() {
        guard active else { return }
        active = false
        Self.writeToTerminal(Self.disableModes)
        endwin()
        EmergencyRestore.disarm()
    }

    /// Ctrl-Z: gives the terminal back, stops the process, takes the terminal again on `fg`.
    func suspend() {
        // raise(SIGTSTP) would stay pending: this is a dispatch worker with every signal blocked.
        // SIGSTOP cannot be blocked, and sent to this thread it stops the process before the
        // call returns (sent to the process, another thread might take it while this one
        // redraws). The shell sees the job stop, as with ^Z.
        handOver { _ = pthread_kill(pthread_self(), SIGSTOP) }
    }

    /// Gives the terminal back as the shell left it while `body` runs (another program in the
    /// foreground, such as an editor), then takes it again. The caller redraws the whole screen
    /// after, as after Ctrl-Z.
    func handOver<T>(_ body: () -> T) -> T {
        Self.writeToTerminal(Self.disableModes)
        def_prog_mode()
        endwin()
        fflush(nil)
        let result = body()
        // Back (or continued, `fg`): the other program or the shell has put its own modes back.
        reset_prog_mode()
        refresh()
        fflush(nil)
        Self.writeToTerminal(Self.enableModes)
        return result
    }

    /// Writes bytes that curses knows nothing of and that draw nothing (an OSC 52 copy) to
    /// curses' terminal. Call between frames: each frame's refresh has already sent curses'
    /// output, so these bytes cannot land inside one of its sequences.
    func writeRaw(_ bytes: [UInt8]) {
        fflush(nil)
        Self.writeAll(bytes)
    }

    private static func writeToTerminal(_ text: String) {
        writeAll(Array(text.utf8))
    }

    private static func writeAll(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(STDOUT_FILENO, base + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written < 0 && errno == EAGAIN {
                    // The terminal's descriptor may be non-blocking: wait until it takes more.
                    var ready = pollfd(fd: STDOUT_FILENO, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&ready, 1, -1)
                    continue
                }
                guard written > 0 else { break }
                offset += written
            }
        }
    }

    /// Wide characters need a UTF-8 locale: the environment's, else C.UTF-8.
    private static func setUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET))).uppercased()
        if codeset != "UTF-8" && codeset != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}
