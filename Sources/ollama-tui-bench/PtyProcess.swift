import Foundation

/// A process on a pseudo-terminal, as a terminal emulator would run it: the benchmark reads
/// what it draws, with the time each byte arrived.
final class PtyProcess: @unchecked Sendable {
    let pid: pid_t
    private let master: Int32
    private let lock = NSLock()
    private var output: [UInt8] = []
    /// When each read arrived, by the output's length after it: what a byte's arrival time is.
    private var arrivals: [(end: Int, at: ContinuousClock.Instant)] = []
    private var reader: Thread?

    init(executable: String, arguments: [String], environment: [String: String], rows: Int = 40, columns: Int = 120)
        throws
    {
        // posix_openpt/grantpt/unlockpt/ptsname, as Linux implements them: Swift's Glibc module
        // does not declare them. TIOCSPTLCK and TIOCGPTN are the asm-generic values.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw BenchmarkFailure(what: "no pseudo-terminal")
        }
        let slavePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, slavePath, O_RDWR, 0) }
        posix_spawn_file_actions_addclose(&actions, master)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        guard posix_spawn(&child, executable, &actions, nil, argv, envp) == 0 else {
            throw BenchmarkFailure(what: "cannot start \(executable)")
        }
        pid = child
        let thread = Thread { [self] in readLoop() }
        thread.start()
        reader = thread
    }

    private func readLoop() {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            // A signal (the SIGCHLD of the run before, stopped) interrupts the read: read again.
            // Returning then left the app blocked on a full terminal, as if it had hung.
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            let now = ContinuousClock.now
            lock.lock()
            output += buffer[0..<count]
            arrivals.append((output.count, now))
            lock.unlock()
        }
    }

    func write(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Foundation.write(master, $0.baseAddress, $0.count) }
    }

    /// Bytes received so far.
    var received: Int {
        lock.lock()
        defer { lock.unlock() }
        return output.count
    }

    /// Waits until `text` appears in what arrived after byte `offset`; returns when the read that
    /// completed it arrived (the reader thread's clock, so the polling interval does not count).
    func waitFor(_ text: String, after offset: Int = 0, timeout: Duration = .seconds(60)) throws
        -> ContinuousClock.Instant
    {
        let needle = Array(text.utf8)
        let deadline = ContinuousClock.now + timeout
        var searchFrom = offset
        while ContinuousClock.now < deadline {
            lock.lock()
            var seen: ContinuousClock.Instant?
            if output.count > searchFrom, let range = output[searchFrom...].firstRange(of: needle) {
                seen = arrival(of: range.upperBound)
            }
            searchFrom = max(searchFrom, output.count - needle.count + 1)
            lock.unlock()
            if let seen { return seen }
            usleep(1_000)
        }
        lock.lock()
        let tail = String(decoding: output.suffix(400), as: UTF8.self).unicodeScalars.map {
            $0.value < 0x20 ? "^" : String($0)
        }.joined()
        lock.unlock()
        throw BenchmarkFailure(
            what:
                "\"\(text)\" did not appear on the terminal; its last bytes: \(tail)\n  its threads: \(threadStates())")
    }

    /// Each thread's name and what it waits in (`wchan`), to tell a stuck app from a slow one.
    func threadStates() -> String {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.sorted().map { task in
            let read = { (file: String) in
                ((try? String(contentsOfFile: "/proc/\(self.pid)/task/\(task)/\(file)", encoding: .utf8)) ?? "?")
                    .trimmingCharacters(in: .whitespacesAndNewlines)
            }
            return "\(read("comm")) in \(read("wchan"))"
        }.joined(separator: ", ")
    }

    /// When the byte before `end` arrived; call with the lock held.
    private func arrival(of end: Int) -> ContinuousClock.Instant {
        var low = 0
        var high = arrivals.count - 1
        while low < high {
            let middle = (low + high) / 2
            if arrivals[middle].end >= end { high = middle } else { low = middle + 1 }
        }
        return arrivals[low].at
    }

    /// CPU time of every thread of the process so far, in microseconds (`/proc/PID/task/*/schedstat`).
    func cpuMicroseconds() -> Double {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.reduce(0) { total, task in
            let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/schedstat", encoding: .utf8)) ?? ""
            return total + (Double(text.split(separator: " ").first ?? "0") ?? 0) / 1000
        }
    }

    /// Each thread's name and the times it has gone to sleep (`voluntary_ctxt_switches`: each is
    /// a wake-up to come), by thread id.
    func threadStats() -> [String: ThreadStat] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        var stats: [String: ThreadStat] = [:]
        for task in tasks {
            let status = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/status", encoding: .utf8)) ?? ""
            let lines = status.split(separator: "\n")
            func field(_ name: String) -> String? {
                lines.first { $0.hasPrefix(name + ":") }.map {
                    $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
                }
            }
            guard let name = field("Name"), let sleeps = field("voluntary_ctxt_switches").flatMap(Double.init)
            else { continue }
            stats[task] = ThreadStat(name: name, sleeps: sleeps)
        }
        return stats
    }

    /// Peak resident memory in MiB (`VmHWM`).
    func peakMemoryMiB() -> Double {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
    }

    func stop() {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }
}

/// One thread's scheduling figures at a moment.
struct ThreadStat {
    var name: String
    var sleeps: Double
}
