import Foundation

/// Runs the built `ollama-tui` binary as a user would, with its own environment and directory.
final class ProcessRunner: @unchecked Sendable {
    /// The folder holding the built products (`swift build` must have run first).
    static let productsDirectory: URL = {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        while !directory.path.isEmpty && directory.path != "/" {
            if FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("ollama-tui").path) {
                return directory
            }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug")
    }()

    static var binary: URL { productsDirectory.appendingPathComponent("ollama-tui") }

    /// Where runs that name no data folder keep their chats: this test process's own folder, so
    /// no test writes to a shared one.
    static let dataHome = NSTemporaryDirectory() + "ollama-tui-e2e-\(getpid())"

    /// A clean environment: no settings of the developer's leak into a test.
    static func environment(_ extra: [String: String]) -> [String: String] {
        var environment = [
            "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory(),
            "XDG_DATA_HOME": dataHome, "XDG_CONFIG_HOME": dataHome + "/config",
        ]
        environment.merge(extra) { _, new in new }
        return environment
    }

    private let process = Process()
    private let lock = NSLock()
    private var stdoutData = Data()
    private var stderrData = Data()

    init(_ arguments: [String], environment: [String: String], directory: URL? = nil, stdin: String? = nil) throws {
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = Self.environment(environment)
        process.currentDirectoryURL = directory ?? URL(fileURLWithPath: NSTemporaryDirectory())
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        out.fileHandleForReading.readabilityHandler = { [weak self] handle in
            self?.append(handle.availableData, toError: false)
        }
        err.fileHandleForReading.readabilityHandler = { [weak self] handle in
            self?.append(handle.availableData, toError: true)
        }
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
    }

    private func append(_ data: Data, toError: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if toError { stderrData.append(data) } else { stdoutData.append(data) }
    }

    var stdout: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: stdoutData, as: UTF8.self)
    }

    var stderr: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: stderrData, as: UTF8.self)
    }

    /// The running binary's process id.
    var pid: Int32 { process.processIdentifier }

    func interrupt() {
        process.interrupt()
    }

    /// Sends `signal` (SIGTERM, SIGHUP, ...) to the process.
    func send(signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits for the exit (at most `timeout`, then kills it) and returns its status.
    func wait(timeout: Duration = .seconds(30)) async -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(10))
        }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        // Let the pipes drain what the process wrote last.
        try? await Task.sleep(for: .milliseconds(50))
        return process.terminationStatus
    }

    /// Waits until `condition` holds for the output so far.
    func waitFor(timeout: Duration = .seconds(15), _ condition: (String) -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition(stdout) { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return false
    }

    /// Runs to completion: status, stdout, stderr.
    static func run(_ arguments: [String], environment: [String: String], directory: URL? = nil, stdin: String? = nil)
        async throws -> (status: Int32, stdout: String, stderr: String)
    {
        let runner = try ProcessRunner(arguments, environment: environment, directory: directory, stdin: stdin)
        let status = await runner.wait()
        return (status, runner.stdout, runner.stderr)
    }
}
