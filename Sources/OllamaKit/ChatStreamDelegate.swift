import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// Receives `/api/chat` on the connection's event loop and decodes it there, so a token costs
/// no thread hop before it is decoded. The chunks decoded from one socket read (or within the
/// configured coalescing interval) are handed to the stream together, consecutive text pieces as
/// one: the consumer wakes once per read or interval, not per token, however fast the server sends.
///
/// Every callback runs on the request's event loop, which confines the mutable state.
final class ChatStreamDelegate: HTTPClientResponseDelegate, @unchecked Sendable {
    typealias Response = Void

    private let continuation: AsyncStream<ChatChunk>.Continuation
    private let configuration: OllamaClientConfiguration
    private var status: HTTPResponseStatus = .ok
    private var receivedHead = false
    private var framer = NDJSONFramer()
    private var errorBody: [UInt8] = []
    private var pending: [ChatChunk] = []
    private var flushScheduled = false
    /// A `.done` or `.failed` chunk was decoded: nothing after it counts.
    private var ended = false
    private static let maxErrorBody = 64 << 10

    init(continuation: AsyncStream<ChatChunk>.Continuation, configuration: OllamaClientConfiguration) {
        self.continuation = continuation
        self.configuration = configuration
    }

    func didReceiveHead(task: HTTPClient.Task<Void>, _ head: HTTPResponseHead) -> EventLoopFuture<Void> {
        status = head.status
        receivedHead = true
        return task.eventLoop.makeSucceededVoidFuture()
    }

    func didReceiveBodyPart(task: HTTPClient.Task<Void>, _ buffer: ByteBuffer) -> EventLoopFuture<Void> {
        guard !ended else { return task.eventLoop.makeSucceededVoidFuture() }
        guard status == .ok else {
            errorBody.append(contentsOf: buffer.readableBytesView.prefix(Self.maxErrorBody - errorBody.count))
            return task.eventLoop.makeSucceededVoidFuture()
        }
        framer.append(buffer.readableBytesView)
        do {
            while !ended, let line = try framer.nextLine() {
                add(ChatLineDecoder.decode(line))
            }
        } catch {
            add([.failed(.malformedLine(excerpt: "\(error)"))])
        }
        if ended {
            // The answer is over (an error line, a bad line): close the connection.
            flush()
            task.cancel()
        } else if !flushScheduled {
            flushScheduled = true
            if configuration.coalescingInterval > 0 {
                task.eventLoop.scheduleTask(in: .nanoseconds(Int64(configuration.coalescingInterval * 1e9))) { self.flush() }
            } else {
                // Runs after the event loop has handled the rest of this read.
                task.eventLoop.execute { self.flush() }
            }
        }
        return task.eventLoop.makeSucceededVoidFuture()
    }

    func didFinishRequest(task: HTTPClient.Task<Void>) throws {
        if status != .ok {
            add([.failed(StatusError.make(code: Int(status.code), reason: status.reasonPhrase, body: errorBody))])
        } else if !ended, let last = framer.finish() {
            add(ChatLineDecoder.decode(last))
        }
        if !ended { add([.failed(.connectionLost(host: configuration.host.baseURL))]) }
        flush()
        continuation.finish()
    }

    func didReceiveError(task: HTTPClient.Task<Void>, _ error: Error) {
        if !ended {
            add([.failed(TransportErrorMapper.map(error, configuration: configuration, receiving: receivedHead))])
        }
        flush()
        continuation.finish()
    }

    private func add(_ chunks: [ChatChunk]) {
        for chunk in chunks where !ended {
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

    private func flush() {
        flushScheduled = false
        for chunk in pending { continuation.yield(chunk) }
        pending.removeAll(keepingCapacity: true)
    }
}
