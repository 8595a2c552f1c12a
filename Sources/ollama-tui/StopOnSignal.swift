import ChatCore
import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The headless modes' wait: the main queue runs until the work exits the process; SIGINT,
/// SIGTERM and SIGHUP are noted in `stopRequest` (which decides the exit status) and cancel the
/// work's task.
enum StopOnSignal {
    static func wait<Success>(for task: Task<Success, Never>, stopRequest: StopRequest) -> Never {
        let queue = DispatchQueue(label: "ollama-tui.signals")
        let signals: [(Int32, StopRequest.Kind)] = [(SIGINT, .interrupt), (SIGTERM, .terminate), (SIGHUP, .hangUp)]
        let sources = signals.map { signal, kind in
            ProcessSignals.source(for: signal, on: queue) {
                stopRequest.record(kind)
                task.cancel()
            }
        }
        withExtendedLifetime(sources) { dispatchMain() }
    }
}
