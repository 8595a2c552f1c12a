import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A clipboard program of this machine (`wl-copy`, `xclip`, `xsel`, `pbcopy`), found on `PATH`
/// for the display the environment names, and run with the text on its stdin.
struct ClipboardTool: Equatable, Sendable {
    /// How a run went.
    enum Outcome: Equatable, Sendable {
        case copied
        /// It exited with a status other than 0, or was killed by a signal.
        case failed(ChildProcess.Exit)
        /// It had not finished (or not read the text) when the time was up; it was killed.
        case timedOut
        case couldNotStart(SystemError)
    }

    /// The program's name, for the status bar ("xclip").
    let name: String
    /// Its absolute path, as found on `PATH`.
    let path: String
    let arguments: [String]

    /// How long a run may take. The tools that keep the selection fork, and the parent exits
    /// once it has read the text.
    static let timeout = Duration.seconds(2)

    /// The first tool that fits the environment: `wl-copy` under Wayland (`WAYLAND_DISPLAY`),
    /// `xclip` or `xsel` under X (`DISPLAY`), else `pbcopy` (first on macOS) wherever it is.
    static func find(environment: [String: String]) -> ClipboardTool? {
        let has = { (name: String) in !(environment[name] ?? "").isEmpty }
        var candidates: [(name: String, arguments: [String])] = []
        #if canImport(Darwin)
            candidates.append(("pbcopy", []))
        #endif
        if has("WAYLAND_DISPLAY") { candidates.append(("wl-copy", [])) }
        if has("DISPLAY") {
            candidates.append(("xclip", ["-selection", "clipboard"]))
            candidates.append(("xsel", ["--clipboard", "--input"]))
        }
        #if !canImport(Darwin)
            candidates.append(("pbcopy", []))
        #endif
        let directories = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for candidate in candidates {
            for directory in directories where directory.hasPrefix("/") {
                let path = directory + "/" + candidate.name
                if isExecutableFile(path) {
                    return ClipboardTool(name: candidate.name, path: path, arguments: candidate.arguments)
                }
            }
        }
        return nil
    }

    /// Where copies run, one at a time: no pipe of one is open unguarded while another spawns.
    private static let queue = DispatchQueue(label: "clipboard-tool", qos: .userInitiated)

    /// Runs the tool on a background thread and returns how it went; the caller's thread (the
    /// UI's) is not held.
    func copy(_ text: String, environment: [String: String], timeout: Duration = Self.timeout) async -> Outcome {
        await withCheckedContinuation { continuation in
            Self.queue.async {
                continuation.resume(returning: copyNow(text, environment: environment, timeout: timeout))
            }
        }
    }

    /// Runs the tool and waits for it here: at most `timeout`, writing included.
    func copyNow(_ text: String, environment: [String: String], timeout: Duration = Self.timeout) -> Outcome {
        let deadline = ContinuousClock.now + timeout
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return .couldNotStart(.current) }
        // Close-on-exec: inherited by no program (the child's stdin is a copy the spawn makes).
        // Glibc's module has no pipe2: a program started elsewhere in this instant could keep
        // the pipe open, and this copy would time out. Copies themselves run one at a time.
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        _ = fcntl(writeEnd, F_SETFL, fcntl(writeEnd, F_GETFL) | O_NONBLOCK)
        // A group of its own: keys typed at the terminal never signal it, and a kill on timeout
        // takes what it forked too.
        let spawned = ChildProcess.spawn(
            path: path, arguments: arguments, environment: environment, input: readEnd, silent: true, ownGroup: true)
        close(readEnd)
        let child: ChildProcess
        switch spawned {
        case .success(let started): child = started
        case .failure(let error):
            close(writeEnd)
            return .couldNotStart(error)
        }
        let wrote = PipeWriter.send(Array(text.utf8), to: writeEnd, deadline: deadline)
        close(writeEnd)
        guard wrote else {
            kill(-child.pid, SIGKILL)
            _ = child.wait()
            return .timedOut
        }
        guard let exit = child.wait(timeout: deadline - ContinuousClock.now) else { return .timedOut }
        return exit == .exited(status: 0) ? .copied : .failed(exit)
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        return access(path, X_OK) == 0
    }
}
