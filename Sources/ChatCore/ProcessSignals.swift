import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Termination signals, blocked before any thread starts so that none lands on a random thread,
/// then delivered as dispatch sources on a queue of our choosing (the UI's, or headless mode's).
public enum ProcessSignals {
    public static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGWINCH]

    /// Call first thing in main, while this is the only thread.
    public static func blockAll() {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in handled { sigaddset(&set, signal) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// Runs `handler` on `queue` for each delivery of `signal`; keep the source alive.
    public static func source(for signal: Int32, on queue: DispatchQueue, handler: @escaping @Sendable () -> Void)
        -> DispatchSourceSignal
    {
        let source = DispatchSource.makeSignalSource(signal: signal, queue: queue)
        source.setEventHandler(handler: handler)
        source.resume()
        return source
    }
}
