#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A program started with `posix_spawn`: every signal unblocked and at its default action
/// (the app blocks the ones it handles, and a child would inherit that), optionally in a
/// process group of its own, with chosen descriptors as its standard streams.
struct ChildProcess {
    /// How a child ended.
    enum Exit: Equatable, Sendable {
        case exited(status: Int32)
        case signalled(Int32)
    }

    /// What a wait saw.
    enum WaitResult: Equatable {
        case ended(Exit)
        case stopped(signal: Int32)
    }

    let pid: pid_t
    /// Whether the child leads a process group of its own (with the group id `pid`).
    let ownGroup: Bool

    /// Signals a child gets at their default action.
    private static let defaultSignals: [Int32] = [
        SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGQUIT, SIGPIPE, SIGTSTP, SIGTTIN, SIGTTOU, SIGCHLD,
    ]

    /// Starts `path` with `arguments` (without the program's name, which is `path`'s) and
    /// exactly `environment`. `input`, when given, becomes the child's stdin (and is not kept
    /// open under another number); `silent` sends stdout and stderr to /dev/null.
    static func spawn(
        path: String, arguments: [String], environment: [String: String], input: Int32? = nil, silent: Bool = false,
        ownGroup: Bool = false
    ) -> Result<ChildProcess, SystemError> {
        #if canImport(Darwin)
            var actions: posix_spawn_file_actions_t? = nil
            var attributes: posix_spawnattr_t? = nil
        #else
            var actions = posix_spawn_file_actions_t()
            var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        if let input {
            posix_spawn_file_actions_adddup2(&actions, input, STDIN_FILENO)
            if input != STDIN_FILENO { posix_spawn_file_actions_addclose(&actions, input) }
        }
        if silent {
            posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO)
        }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in defaultSignals { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        if ownGroup {
            flags |= Int32(POSIX_SPAWN_SETPGROUP)
            posix_spawnattr_setpgroup(&attributes, 0)
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid = pid_t()
        let code = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard code == 0 else { return .failure(SystemError(code: code)) }
        return .success(ChildProcess(pid: pid, ownGroup: ownGroup))
    }

    /// Waits until the child ends, or also until it stops when `stops` is set.
    func wait(reportingStops stops: Bool = false) -> WaitResult {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, stops ? WUNTRACED : 0)
            if result == pid { return Self.decode(status) }
            // Retried on EINTR; any other error (the child is gone) ends the wait.
            if result < 0 && errno != EINTR { return .ended(.exited(status: 127)) }
        }
    }

    /// Waits at most `timeout` for the child to end; past it, kills the child (and its group,
    /// when it has one), reaps it and returns nil.
    func wait(timeout: Duration) -> Exit? {
        let deadline = ContinuousClock.now + timeout
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid, case .ended(let exit) = Self.decode(status) { return exit }
            if result < 0 && errno != EINTR { return .exited(status: 127) }
            guard ContinuousClock.now < deadline else { break }
            var pause = timespec(tv_sec: 0, tv_nsec: 5_000_000)
            nanosleep(&pause, nil)
        }
        kill(ownGroup ? -pid : pid, SIGKILL)
        _ = wait()
        return nil
    }

    /// The `wait` status word: the same layout on Linux and the BSDs.
    static func decode(_ status: Int32) -> WaitResult {
        let low = status & 0x7f
        if low == 0 { return .ended(.exited(status: (status >> 8) & 0xff)) }
        if status & 0xff == 0x7f { return .stopped(signal: (status >> 8) & 0xff) }
        return .ended(.signalled(low))
    }
}
