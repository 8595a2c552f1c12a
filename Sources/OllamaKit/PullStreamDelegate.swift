import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// Receives `/api/pull` on the connection's event loop and hands each progress line to the
/// stream as it arrives. A pull can last minutes: the client's read timeout bounds the wait
/// for the next bytes, never the whole download.
///
/// Every callback runs on the request's event loop, which confines the mutable state.
final class PullStreamDelegate: HTTPClientResponseDelegate, @unchecked Sendable {
    typealias Response = Void

    private let continuation: AsyncStream<PullEvent>.Continuation
    private let configuration: OllamaClientConfiguration
    private var status: HTTPResponseStatus = .ok
    private var receivedHead = false
    private var framer = NDJSONFramer()
    private var errorBody: [UInt8] = []
    /// A `.finished` or `.failed` event was sent: nothing after it counts.
    private var ended = false
    private static let maxErrorBody = 64 << 10

    init(continuation: AsyncStream<PullEvent>.Continuation, configuration: OllamaClientConfiguration) {
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
                send(PullLineDecoder.decode(line))
            }
        } catch {
            send(.failed(.malformedLine(excerpt: "\(error)")))
        }
        if ended { task.cancel() }
        return task.eventLoop.makeSucceededVoidFuture()
    }

    func didFinishRequest(task: HTTPClient.Task<Void>) throws {
        if status != .ok {
            send(
                .failed(
                    StatusError.make(
                        code: Int(status.code), reason: status.reasonPhrase, body: errorBody,
                        url: configuration.host.url(for: "/api/pull"), keySent: configuration.sendsAPIKey)))
        } else if !ended, let last = framer.finish() {
            send(PullLineDecoder.decode(last))
        }
        send(.failed(.connectionLost(host: configuration.host.baseURL)))
        continuation.finish()
    }

    func didReceiveError(task: HTTPClient.Task<Void>, _ error: Error) {
        send(.failed(TransportErrorMapper.map(error, configuration: configuration, receiving: receivedHead)))
        continuation.finish()
    }

    private func send(_ event: PullEvent) {
        guard !ended else { return }
        switch event {
        case .finished, .failed: ended = true
        case .progress: break
        }
        continuation.yield(event)
    }
}
