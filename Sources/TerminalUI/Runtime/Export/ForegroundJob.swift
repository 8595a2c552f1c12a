#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a program in the terminal's foreground, as a shell runs a job: in a process group of
/// its own that the terminal signals, so Ctrl-C and Ctrl-\ reach it and not the app. When it is
/// stopped (Ctrl-Z), the app stops too, so the shell sees the job stop; on `fg` the program
/// gets the terminal back and is continued.
enum ForegroundJob {
    /// Starts the program, waits until it ends and takes the terminal back. When the app is not
    /// the terminal's foreground (no terminal, as in tests), the program runs in the app's group.
    static func run(
        path: String, arguments: [String], environment: [String: String]
    ) -> Result<ChildProcess.Exit, SystemError> {
        let terminal = STDIN_FILENO
        let ours = getpgrp()
        let foreground = isatty(terminal) == 1 && tcgetpgrp(terminal) == ours
        let modes = BlockingModes.set()
        defer { modes.restore() }
        let child: ChildProcess
        switch ChildProcess.spawn(path: path, arguments: arguments, environment: environment, ownGroup: foreground) {
        case .success(let started): child = started
        case .failure(let error): return .failure(error)
        }
        guard foreground else {
            while true {
                if case .ended(let exit) = child.wait() { return .success(exit) }
            }
        }
        give(terminal, to: child.pid)
        defer { give(terminal, to: ours) }
        while true {
            switch child.wait(reportingStops: true) {
            case .ended(let exit):
                return .success(exit)
            case .stopped(let signal) where signal == SIGTTIN || signal == SIGTTOU:
                // It touched the terminal before it was given it.
                give(terminal, to: child.pid)
                kill(-child.pid, SIGCONT)
            case .stopped:
                // Suspended by the user: stop the app as well (as Ctrl-Z does), then go on.
                give(terminal, to: ours)
                pthread_kill(pthread_self(), SIGSTOP)
                give(terminal, to: child.pid)
                kill(-child.pid, SIGCONT)
            }
        }
    }

    /// Makes `group` the terminal's foreground. SIGTTOU, which the kernel sends to a background
    /// group that does this, is blocked meanwhile.
    private static func give(_ terminal: Int32, to group: pid_t) {
        var stopSignal = sigset_t()
        sigemptyset(&stopSignal)
        sigaddset(&stopSignal, SIGTTOU)
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &stopSignal, &previous)
        while tcsetpgrp(terminal, group) != 0 && errno == EINTR {}
        pthread_sigmask(SIG_SETMASK, &previous, nil)
    }
}

/// The standard streams in blocking mode while another program shares them (the app may
/// read its input without blocking), and their flags put back after.
private struct BlockingModes {
    private let flags: [(descriptor: Int32, flags: Int32)]

    static func set() -> BlockingModes {
        var saved: [(descriptor: Int32, flags: Int32)] = []
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
            let flags = fcntl(descriptor, F_GETFL)
            guard flags >= 0, flags & O_NONBLOCK != 0 else { continue }
            _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK)
            saved.append((descriptor, flags))
        }
        return BlockingModes(flags: saved)
    }

    func restore() {
        for entry in flags { _ = fcntl(entry.descriptor, F_SETFL, entry.flags) }
    }
}
