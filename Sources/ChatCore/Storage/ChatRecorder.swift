import NIOConcurrencyHelpers

/// Writes a session's chat to an archive as it happens: in the order it was told, off the
/// caller's queue (the calls only queue the write), an answer at most once per `answerInterval`
/// while it streams and always when it ends. After the first failure it writes nothing more and
/// says so once through `onFailure`; the session goes on in memory.
public final class ChatRecorder: Sendable {
    /// What became of the recording, once every queued write has run.
    public struct Outcome: Sendable, Equatable {
        /// The chat written to (nil if nothing was).
        public var chat: ChatID?
        public var failure: StorageError?
    }

    private let continuation: AsyncStream<RecordingStep>.Continuation
    private let worker: Task<Outcome, Never>
    private let throttle: NIOLockedValueBox<WriteThrottle>

    /// Records into `chat` when it is given (a reopened chat), else into a new chat made at the
    /// first prompt, titled from it.
    public init(
        archive: any ChatArchive, chat: ChatID? = nil, answerInterval: Duration = .seconds(1),
        onFailure: @escaping @Sendable (StorageError) -> Void = { _ in }
    ) {
        let (stream, continuation) = AsyncStream.makeStream(of: RecordingStep.self)
        self.continuation = continuation
        self.throttle = NIOLockedValueBox(WriteThrottle(interval: answerInterval))
        self.worker = Task {
            var writer = RecordingWriter(archive: archive, chat: chat)
            for await step in stream {
                if let failure = await writer.apply(step) { onFailure(failure) }
            }
            return Outcome(chat: writer.chat, failure: writer.failure)
        }
    }

    /// The chat's settings are now `settings`: written to the chat, or to the chat the next
    /// prompt starts.
    public func settingsChanged(_ settings: ChatSettings) {
        continuation.yield(.settings(settings))
    }

    /// The user's message was sent.
    public func promptSent(_ entry: SessionHistory.Entry) {
        throttle.withLockedValue { $0.reset() }
        continuation.yield(.prompt(entry))
    }

    /// More of the answer arrived. `answer` is asked for only when a write is due, so a caller
    /// does not copy the answer for every chunk.
    public func answerChanged(now: ContinuousClock.Instant = .now, _ answer: () -> SessionHistory.Entry?) {
        guard throttle.withLockedValue({ $0.allows(at: now) }), let entry = answer() else { return }
        continuation.yield(.answer(entry, ended: false))
    }

    /// The answer ended (completed, stopped or failed): written whole.
    public func answerEnded(_ entry: SessionHistory.Entry) {
        continuation.yield(.answer(entry, ended: true))
    }

    /// The last prompt was taken back (its answer never started): it leaves the chat.
    public func promptWithdrawn() {
        continuation.yield(.withdraw)
    }

    /// The history now ends after its first `count` entries (an answer asked for again, a turn
    /// edited): the messages after them leave the chat.
    public func historyShortened(to count: Int) {
        continuation.yield(.shorten(count))
    }

    /// What follows goes to `chat`, a stored chat opened again.
    public func continueChat(_ chat: ChatID) {
        continuation.yield(.continueChat(chat))
    }

    /// `chat` was deleted: if it is the one being written, the next prompt starts a new one.
    public func chatDeleted(_ chat: ChatID) {
        continuation.yield(.forget(chat))
    }

    /// The next prompt starts a new chat; the one before stays stored.
    public func startNewChat() {
        continuation.yield(.newChat)
    }

    /// Runs what is queued, then stops; nothing is recorded after this.
    public func finish() async -> Outcome {
        continuation.finish()
        return await worker.value
    }
}

/// One write queued by `ChatRecorder`.
enum RecordingStep: Sendable {
    case prompt(SessionHistory.Entry)
    case answer(SessionHistory.Entry, ended: Bool)
    case withdraw
    case shorten(Int)
    case continueChat(ChatID)
    case forget(ChatID)
    case newChat
    case settings(ChatSettings)
}

/// Lets a streaming answer be written at most once per interval.
struct WriteThrottle: Sendable {
    let interval: Duration
    private var lastWrite: ContinuousClock.Instant?

    init(interval: Duration) {
        self.interval = interval
    }

    /// True (and counted as a write) when the last write was at least `interval` ago.
    mutating func allows(at now: ContinuousClock.Instant) -> Bool {
        if let lastWrite, now - lastWrite < interval { return false }
        lastWrite = now
        return true
    }

    /// A new answer is written as soon as its first text arrives.
    mutating func reset() {
        lastWrite = nil
    }
}
