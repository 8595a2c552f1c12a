/// When to draw, as a value with the clock passed in (nanoseconds of a monotonic clock), so the
/// rules have unit tests: at most one frame per `frameInterval` however many events arrive;
/// chunks need only `chunkSpacing` since the last frame (the client already hands text over at
/// most once per frame interval on its own clock, and a key or spinner frame in between must not
/// put every later handover behind a timer); the answer's last chunk is drawn at once; a spinner
/// tick while text flows waits for the next chunk's frame.
struct FramePacer: Sendable {
    /// What asks for a frame.
    enum Request: Sendable {
        case event, chunk, lastChunk, tick
        /// A change only the status bar's figures show (a token count): like a tick, it waits
        /// for the next chunk's frame while text flows, so it never costs a frame of its own.
        case figures
    }

    /// What the runtime must do: draw once the queue has handled what is on it, set a timer for a
    /// deadline, or nothing (a frame is already on its way, or the next chunk's frame will show it).
    enum Decision: Sendable, Equatable {
        case drawSoon
        case drawAt(UInt64)
        case none
    }

    static let frameInterval: UInt64 = 16_000_000
    static let chunkSpacing: UInt64 = 8_000_000
    static let tickInterval: UInt64 = 100_000_000

    /// The state changed since the last frame.
    private(set) var isDirty = false
    private var drawQueued = false
    private var timerQueued = false
    private var lastFrame: UInt64 = 0
    /// When text last came (nil: not yet).
    private var lastChunk: UInt64?

    /// Text came within the last tick interval: its frames show the spinner's steps and the
    /// figures, so ticks need no frame of their own (and the ticker may wait).
    func textFlows(now: UInt64) -> Bool {
        lastChunk.map { $0 &+ Self.tickInterval > now } ?? false
    }

    mutating func request(_ request: Request, now: UInt64) -> Decision {
        switch request {
        case .tick where textFlows(now: now), .figures where textFlows(now: now):
            isDirty = true
            return .none
        case .chunk:
            lastChunk = now
            return schedule(spacing: Self.chunkSpacing, now: now)
        case .lastChunk:
            return schedule(spacing: 0, now: now)
        case .event, .tick, .figures:
            return schedule(spacing: Self.frameInterval, now: now)
        }
    }

    /// A `drawSoon` came due: true when there is something to draw.
    mutating func soonArrived() -> Bool {
        drawQueued = false
        return isDirty
    }

    /// A `drawAt` timer fired: true when there is something to draw (another frame may have
    /// drawn the state meanwhile).
    mutating func timerFired() -> Bool {
        timerQueued = false
        return isDirty
    }

    /// A frame was drawn at `now`.
    mutating func drew(now: UInt64) {
        isDirty = false
        lastFrame = now
    }

    private mutating func schedule(spacing: UInt64, now: UInt64) -> Decision {
        isDirty = true
        let due = lastFrame &+ spacing
        if due <= now {
            guard !drawQueued else { return .none }
            drawQueued = true
            return .drawSoon
        }
        guard !timerQueued else { return .none }
        timerQueued = true
        return .drawAt(due)
    }
}
