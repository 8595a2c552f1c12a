import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// Receives `/api/chat` on the connection's event loop and decodes it there, so a token costs
/// no thread hop before it is decoded. The chunks decoded from one socket read are handed to the
/// stream together, consecutive text pieces as one.
///
/// With a coalescing interval, text is handed over at most once per interval, and the socket is
/// read at most about twice per interval however fast the server sends: once text has been
/// handed over, the next part to arrive is held (its future stays pending, so AsyncHTTPClient
/// asks the socket for nothing more) until the interval has passed. What arrives meanwhile
/// waits in the kernel and comes in one read. At a model's pace every token is otherwise its
/// own read and its own thread wake-up, which costs far more than decoding it. `done` and
/// `failed` are never held.
///
/// Every callback runs on the request's event loop, which confines the mutable state.
final class ChatStreamDelegate: HTTPClientResponseDelegate, @unchecked Sendable {
    typealias Response = Void

    private let continuation: AsyncStream<ChatChunk>.Continuation
    private let configuration: OllamaClientConfiguration
    private var response = NDJSONResponse()
    private var pending: [ChatChunk] = []
    /// Streamed lines with text not yet reported (each line is one token).
    private var pendingTokens = 0
    /// When tokens were last reported: a count is a stream element of its own, and one per
    /// handover would wake the consumer twice per handover.
    private var lastTokenReport = NIODeadline.uptimeNanoseconds(0)
    static let tokenReportInterval = TimeAmount.milliseconds(250)
    private var flushScheduled = false
    /// Text may be handed over from this moment on; before it, parts are held.
    private var windowOpens = NIODeadline.uptimeNanoseconds(0)
    /// The acknowledgement of a part that arrived before the window opened.
    private var held: EventLoopPromise<Void>?
    private var reopen: Scheduled<Void>?
    /// Hands text over later: when the window opens (text that was not held), or shortly after
    /// the reopening if no read follows it.
    private var flushTimer: Scheduled<Void>?
    /// Body bytes since the last handover.
    private var received = 0
    /// The last handover carried `floodBytes` or more: nothing is held until one carries less.
    private var flooding = false
    /// This much in one interval (some 25 tokens) means the server sends far faster than a model
    /// generates. Reads are then few and large, and holding them back would only slow the answer.
    private static let floodBytes = 4 << 10
    /// A `.done` or `.failed` chunk was decoded: nothing after it counts.
    private var ended = false

    init(continuation: AsyncStream<ChatChunk>.Continuation, configuration: OllamaClientConfiguration) {
        self.continuation = continuation
        self.configuration = configuration
    }

    func didReceiveHead(task: HTTPClient.Task<Void>, _ head: HTTPResponseHead) -> EventLoopFuture<Void> {
        response.head(head)
        return task.eventLoop.makeSucceededVoidFuture()
    }

    func didReceiveBodyPart(task: HTTPClient.Task<Void>, _ buffer: ByteBuffer) -> EventLoopFuture<Void> {
        guard !ended else { return task.eventLoop.makeSucceededVoidFuture() }
        guard response.take(buffer) else { return task.eventLoop.makeSucceededVoidFuture() }
        received += buffer.readableBytes
        do {
            while !ended, let line = try response.framer.nextLine() {
                add(ChatLineDecoder.decode(line))
            }
        } catch {
            add([.failed(.malformedLine(excerpt: "\(error)"))])
        }
        if ended {
            // The answer is over (an error line, a bad line): close the connection.
            flush()
            task.cancel()
            return task.eventLoop.makeSucceededVoidFuture()
        }
        guard configuration.coalescingInterval > 0 else {
            flushAtEndOfTick(on: task.eventLoop)
            return task.eventLoop.makeSucceededVoidFuture()
        }
        if NIODeadline.now() >= windowOpens {
            flushAtEndOfTick(on: task.eventLoop)
            return task.eventLoop.makeSucceededVoidFuture()
        }
        if flooding || received >= Self.floodBytes {
            if flushTimer == nil {
                flushTimer = task.eventLoop.scheduleTask(deadline: windowOpens) { self.flush() }
            }
            return task.eventLoop.makeSucceededVoidFuture()
        }
        let promise = task.eventLoop.makePromise(of: Void.self)
        held = promise
        reopen = task.eventLoop.scheduleTask(deadline: windowOpens) { self.reopenWindow(on: task.eventLoop) }
        return promise.futureResult
    }

    func didFinishRequest(task: HTTPClient.Task<Void>) throws {
        if let failure = response.statusFailure(path: "/api/chat", configuration: configuration) {
            add([.failed(failure)])
        } else if !ended, let last = response.framer.finish() {
            add(ChatLineDecoder.decode(last))
        }
        if !ended { add([.failed(.connectionLost(host: configuration.host.baseURL))]) }
        release()
        flush()
        continuation.finish()
    }

    func didReceiveError(task: HTTPClient.Task<Void>, _ error: Error) {
        if !ended {
            add([
                .failed(TransportErrorMapper.map(error, configuration: configuration, receiving: response.receivedHead))
            ])
        }
        release()
        flush()
        continuation.finish()
    }

    private func add(_ chunks: [ChatChunk]) {
        for chunk in chunks where !ended {
            if case .content = chunk { pendingTokens += 1 } else if case .thinking = chunk { pendingTokens += 1 }
            // Appends in place (the last element is taken out first, so its text is uniquely
            // owned): joining n pieces costs their length, not n copies of a growing string.
            switch (pending.last, chunk) {
            case (.content?, .content(let text)):
                if case .content(var joined) = pending.removeLast() {
                    joined += text
                    pending.append(.content(joined))
                }
            case (.thinking?, .thinking(let text)):
                if case .thinking(var joined) = pending.removeLast() {
                    joined += text
                    pending.append(.thinking(joined))
                }
            case (_, .done), (_, .failed):
                pending.append(chunk)
                ended = true
            default:
                pending.append(chunk)
            }
        }
    }

    /// Runs after the event loop has handled the rest of this read, so all its parts go together.
    private func flushAtEndOfTick(on eventLoop: any EventLoop) {
        guard !flushScheduled else { return }
        flushScheduled = true
        eventLoop.execute { self.flush() }
    }

    /// The held part is acknowledged: AsyncHTTPClient hands over the parts it buffered and asks
    /// the socket for more, and what waited there is read in the event loop's next turn, while
    /// the window is open. Its flush hands over the held text too; the fallback does if the
    /// socket had nothing.
    private func reopenWindow(on eventLoop: any EventLoop) {
        reopen = nil
        let promise = held
        held = nil
        promise?.succeed()
        guard !pending.isEmpty, !flushScheduled, flushTimer == nil else { return }
        flushTimer = eventLoop.scheduleTask(in: .milliseconds(2)) { self.flush() }
    }

    private func release() {
        reopen?.cancel()
        reopen = nil
        let promise = held
        held = nil
        promise?.succeed()
    }

    private func flush() {
        flushScheduled = false
        flushTimer?.cancel()
        flushTimer = nil
        flooding = received >= Self.floodBytes
        received = 0
        guard !pending.isEmpty else { return }
        if configuration.reportsTokens && pendingTokens > 0 {
            let now = NIODeadline.now()
            if ended || now - lastTokenReport >= Self.tokenReportInterval {
                // First in the handover: the text after it asks for the frame that shows it,
                // and an ending finds the count already in.
                pending.insert(.tokens(pendingTokens), at: 0)
                pendingTokens = 0
                lastTokenReport = now
            }
        }
        for chunk in pending { continuation.yield(chunk) }
        pending.removeAll(keepingCapacity: true)
        if configuration.coalescingInterval > 0 {
            windowOpens = .now() + .nanoseconds(Int64(configuration.coalescingInterval * 1e9))
        }
    }
}
