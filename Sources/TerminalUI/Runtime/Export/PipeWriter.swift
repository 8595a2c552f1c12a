#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes to a non-blocking pipe until a deadline, without SIGPIPE when the reader has gone.
enum PipeWriter {
    /// Whether the writing ended before the deadline: all written, or the reader closed its
    /// end (the reader's exit status then tells how it went). False means time ran out.
    static func send(_ bytes: [UInt8], to descriptor: Int32, deadline: ContinuousClock.Instant) -> Bool {
        // SIGPIPE is blocked on this thread while it writes, and one raised here is taken
        // before the mask is put back, so EPIPE is all a closed reader causes.
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        defer {
            var pending = sigset_t()
            sigpending(&pending)
            if sigismember(&pending, SIGPIPE) == 1 && sigismember(&previous, SIGPIPE) == 0 {
                var taken: Int32 = 0
                sigwait(&pipeSignal, &taken)
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        var offset = 0
        return bytes.withUnsafeBytes { buffer in
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                    continue
                }
                if written < 0 && errno == EINTR { continue }
                guard written < 0 && errno == EAGAIN else { return true }
                let left = deadline - ContinuousClock.now
                guard left > .zero else { return false }
                let milliseconds = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000
                var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&ready, 1, Int32(max(1, milliseconds)))
            }
            return true
        }
    }
}
