import Foundation

/// The built `ollama-tui` running in its own tmux server, seen as a person sees it.
final class TmuxSession {
    let socket = "ollama-tui-test-\(UUID().uuidString.prefix(8))"

    /// Starts `ollama-tui arguments` in a `columns`×`rows` terminal with a clean environment.
    /// When it exits, the pane prints `__EXITED__ <status>` and the terminal's `icanon` mode.
    /// `startDelay` seconds pass before it starts (time to `recordOutput` from its first byte).
    init(
        arguments: [String] = [], environment: [String: String], columns: Int = 100, rows: Int = 30,
        startDelay: Double = 0
    ) throws {
        var variables = ProcessRunner.environment(["TERM": "tmux-256color"])
        variables.merge(environment) { _, new in new }
        let assignments = variables.map { "\($0.key)=\(Self.quote($0.value))" }.sorted().joined(separator: " ")
        let command =
            (startDelay > 0 ? "sleep \(startDelay); " : "")
            + "env -i \(assignments) \(Self.quote(ProcessRunner.binary.path)) \(arguments.map(Self.quote).joined(separator: " ")); "
            + "echo __EXITED__ $?; stty -a | grep -o -- '-\\?icanon'; sleep 600"
        // The first call starts the tmux server, which would hold an output pipe open forever.
        try tmux(
            ["new-session", "-d", "-s", "main", "-x", String(columns), "-y", String(rows), command], output: false)
    }

    /// An interactive shell (with job control) that runs `command`.
    init(shell command: String, columns: Int = 100, rows: Int = 30) throws {
        let variables = ProcessRunner.environment(["TERM": "tmux-256color", "PS1": "$ "])
        let assignments = variables.map { "\($0.key)=\(Self.quote($0.value))" }.sorted().joined(separator: " ")
        try tmux(
            [
                "new-session", "-d", "-s", "main", "-x", String(columns), "-y", String(rows),
                "env -i \(assignments) bash --norc --noprofile -i",
            ], output: false)
        press("Enter")
        type(command)
        press("Enter")
    }

    deinit {
        _ = try? tmux(["kill-server"], output: false)
    }

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
            || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    private static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs the tmux client with posix_spawn and waitpid: Foundation's `Process` waits for a
    /// descriptor the daemonized tmux server keeps open, and would never see the client exit.
    @discardableResult
    private func tmux(_ arguments: [String], output wanted: Bool = true) throws -> String {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw SpawnError(what: "pipe") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if wanted {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        // Nothing else may reach the tmux server, which outlives the call: an inherited client
        // socket would keep a connection open after this process closes it.
        guard SpawnCloseFrom.add(&actions, from: 3) else {
            throw SpawnError(what: "posix_spawn_file_actions_addclosefrom_np is missing")
        }
        // The test runner's threads block every signal, and a spawned process inherits the mask:
        // a tmux server that never sees SIGCHLD never finishes `kill-server`, and outlives the
        // test with its panes and their apps.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = (["tmux", "-L", socket, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ)
        close(fds[1])
        defer { close(fds[0]) }
        guard spawned == 0 else { throw SpawnError(what: "tmux: \(spawned)") }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while wanted {
            let count = buffer.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
            if count <= 0 { break }
            output += buffer[0..<count]
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return String(decoding: output, as: UTF8.self)
    }

    struct SpawnError: Error {
        let what: String
    }

    /// tmux key names: `Down`, `Enter`, `Escape`, `F2`, `C-c`.
    func press(_ keys: String...) {
        _ = try? tmux(["send-keys", "-t", "main"] + keys)
    }

    func type(_ text: String) {
        _ = try? tmux(["send-keys", "-t", "main", "-l", text])
    }

    /// The screen, one string a row.
    func screen() -> [String] {
        ((try? tmux(["capture-pane", "-p", "-t", "main"])) ?? "").components(separatedBy: "\n")
    }

    var text: String { screen().joined(separator: "\n") }

    /// The screen with its colours and attributes as SGR sequences (`capture-pane -e`), a string a row.
    func styledScreen() -> [String] {
        ((try? tmux(["capture-pane", "-p", "-e", "-t", "main"])) ?? "").components(separatedBy: "\n")
    }

    func resize(columns: Int, rows: Int) {
        _ = try? tmux(["resize-window", "-t", "main", "-x", String(columns), "-y", String(rows)])
    }

    func value(_ format: String) -> String {
        ((try? tmux(["display-message", "-p", "-t", "main", format])) ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    /// From now on, every byte the pane's program writes is appended to the file at `path`.
    func recordOutput(to path: String) {
        _ = try? tmux(["pipe-pane", "-t", "main", "-O", "cat >> \(Self.quote(path))"])
    }

    var alternateScreenOn: Bool { value("#{alternate_on}") == "1" }

    /// The pid of `ollama-tui` (the pane's shell runs it as a child).
    var appPID: Int32? {
        let shell = value("#{pane_pid}")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pgrep")
        process.arguments = ["-P", shell, "-f", "ollama-tui"]
        let output = Pipe()
        process.standardOutput = output
        try? process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Int32(String(decoding: data, as: UTF8.self).split(separator: "\n").first ?? "")
    }

    /// Waits until the screen satisfies `condition`; false after `timeout`.
    func waitFor(timeout: Duration = .seconds(20), _ condition: (String) -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition(text) { return true }
            try? await Task.sleep(for: .milliseconds(25))
        }
        let screen = text
        if !condition(screen) { print("--- screen when the wait gave up ---\n\(screen)\n---") }
        return condition(screen)
    }

    func waitFor(_ fragment: String, timeout: Duration = .seconds(20)) async -> Bool {
        await waitFor(timeout: timeout) { $0.contains(fragment) }
    }
}

/// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34+), which Swift's Glibc module does
/// not declare: the child closes every descriptor from `from` up.
enum SpawnCloseFrom {
    private typealias Function = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private static let function: Function? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
        else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
    }()

    static func add(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, from fd: Int32) -> Bool {
        function.map { $0(actions, fd) == 0 } ?? false
    }
}
