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
    private var response = NDJSONResponse()
    /// A `.finished` or `.failed` event was sent: nothing after it counts.
    private var ended = false

    init(continuation: AsyncStream<PullEvent>.Continuation, configuration: OllamaClientConfiguration) {
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
        do {
            while !ended, let line = try response.framer.nextLine() {
                send(PullLineDecoder.decode(line))
            }
        } catch {
            send(.failed(.malformedLine(excerpt: "\(error)")))
        }
        if ended { task.cancel() }
        return task.eventLoop.makeSucceededVoidFuture()
    }

    func didFinishRequest(task: HTTPClient.Task<Void>) throws {
        if let failure = response.statusFailure(path: "/api/pull", configuration: configuration) {
            send(.failed(failure))
        } else if !ended, let last = response.framer.finish() {
            send(PullLineDecoder.decode(last))
        }
        send(.failed(.connectionLost(host: configuration.host.baseURL)))
        continuation.finish()
    }

    func didReceiveError(task: HTTPClient.Task<Void>, _ error: Error) {
        send(.failed(TransportErrorMapper.map(error, configuration: configuration, receiving: response.receivedHead)))
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
