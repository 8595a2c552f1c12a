import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// Receives `/api/chat` on the connection's event loop and decodes it there, so a token costs
/// no thread hop before it is decoded. The chunks decoded from one socket read are handed to the
/// stream together, consecutive text pieces as one.
///
/// With a coalescing interval (the consumer's frame), a clock with that interval paces the reads
/// while a model writes faster than frames, so the event loop wakes about once a frame however
/// fast the tokens come. A part is held (its acknowledgement kept, so AsyncHTTPClient asks the
/// socket for nothing and what the server writes waits in the kernel) until the clock's next
/// tick. At the tick the held part is acknowledged, the rest of its read (parts AsyncHTTPClient
/// had buffered) is taken in, and the socket is read again at once, without sleeping: the first
/// part of that read hands everything over and is held in turn. Text therefore waits at most
/// about one interval, and no read is armed on an empty socket between frames. A part that comes
/// when nothing was handed over for an interval (the answer's start, a model slower than frames)
/// is not held: its whole read goes at once, as without an interval. A flood (the server writing
/// far faster than a model generates) is never held either: its reads are few and large, and it
/// is handed over once per interval. `done` and `failed` are never held.
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
    /// When text was last handed over.
    private var lastHandover = NIODeadline.uptimeNanoseconds(0)
    /// The acknowledgement of a part, kept until the clock's next tick.
    private var held: EventLoopPromise<Void>?
    /// The clock's next tick. While text flows it is never cancelled: a cancelled NIO timer still
    /// wakes the event loop when it was due. It stops at a tick that finds nothing to do.
    private var clock: Scheduled<Void>?
    /// True while the held part is acknowledged: the parts AsyncHTTPClient then hands over at once
    /// are the rest of that part's read, taken in without being held.
    private var releasing = false
    /// A tick has acknowledged a part, and no part has come since: the next is the first of the
    /// read that follows.
    private var afterTick = false
    /// Hands a flood's text over an interval after the last handover.
    private var flushTimer: Scheduled<Void>?
    /// Body bytes since the last handover.
    private var received = 0
    /// The last handover carried `floodBytes` or more (or a read after a pause `burstBytes`):
    /// nothing is held until one carries less.
    private var flooding = false
    /// This much in one handover (some 25 tokens) means the server sends far faster than a model
    /// generates. Reads are then few and large, and holding them back would only slow the answer.
    private static let floodBytes = 4 << 10
    /// This much in the one read after a pause (some 8 tokens at once) is a flood starting: a model
    /// that was quiet sends one token, not several, and holding the next read would stall it.
    private static let burstBytes = 1 << 10
    /// The text waiting is one read's after a pause.
    private var readAfterPause = false
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
        if releasing { return task.eventLoop.makeSucceededVoidFuture() }
        let now = NIODeadline.now()
        if flooding || received >= Self.floodBytes {
            if now - lastHandover >= interval {
                flushAtEndOfTick(on: task.eventLoop)
            } else if flushTimer == nil {
                flushTimer = task.eventLoop.scheduleTask(deadline: lastHandover + interval) { self.flush() }
            }
            return task.eventLoop.makeSucceededVoidFuture()
        }
        if afterTick {
            // The first part of the read after a tick: it carries what waited, at once.
            afterTick = false
            flush()
            return flooding ? task.eventLoop.makeSucceededVoidFuture() : hold(on: task.eventLoop)
        }
        if now - lastHandover >= interval, clock == nil {
            // Nothing went for an interval: the whole read goes now.
            readAfterPause = true
            flushAtEndOfTick(on: task.eventLoop)
            return task.eventLoop.makeSucceededVoidFuture()
        }
        // Faster than frames: this text goes with the next tick.
        return hold(on: task.eventLoop)
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

    /// Keeps the part's acknowledgement until the clock's next tick, starting the clock if it
    /// stands: its first tick comes an interval after the last handover.
    private func hold(on eventLoop: any EventLoop) -> EventLoopFuture<Void> {
        let promise = eventLoop.makePromise(of: Void.self)
        held = promise
        if clock == nil {
            clock = eventLoop.scheduleTask(deadline: max(.now(), lastHandover + interval)) { self.tick(on: eventLoop) }
        }
        return promise.futureResult
    }

    /// An interval has passed. What waited is handed over, and the held part is acknowledged:
    /// AsyncHTTPClient hands over the rest of its read at once (taken in, not held) and asks the
    /// socket for more, which is read in the event loop's next turn. The clock goes on unless it
    /// found nothing to do.
    private func tick(on eventLoop: any EventLoop) {
        clock = nil
        afterTick = false
        let hadText = !pending.isEmpty
        if hadText { flush() }
        let promise = held
        held = nil
        if let promise {
            releasing = true
            promise.succeed()
            releasing = false
            afterTick = true
        }
        guard !ended, promise != nil || hadText || !pending.isEmpty else { return }
        clock = eventLoop.scheduleTask(in: interval) { self.tick(on: eventLoop) }
    }

    /// The coalescing interval.
    private var interval: TimeAmount { .nanoseconds(Int64(configuration.coalescingInterval * 1e9)) }

    private func release() {
        clock?.cancel()
        clock = nil
        let promise = held
        held = nil
        promise?.succeed()
    }

    private func flush() {
        flushScheduled = false
        flushTimer?.cancel()
        flushTimer = nil
        // A flush with nothing to hand over (a timer after the text went) says nothing of the rate.
        guard !pending.isEmpty else { return }
        flooding = received >= (readAfterPause ? Self.burstBytes : Self.floodBytes)
        readAfterPause = false
        received = 0
        let now = NIODeadline.now()
        if configuration.reportsTokens && pendingTokens > 0 {
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
        lastHandover = now
    }
}
