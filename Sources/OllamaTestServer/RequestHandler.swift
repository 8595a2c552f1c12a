import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Routes each request to the answer Ollama would give, writing raw bytes.
final class RequestHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = ByteBuffer

    let state: NIOLockedValueBox<ServerState>
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []
    private var streamer: ChatStreamer?
    private var replayer: CaptureReplayer?
    var puller: PullStreamer?

    init(state: NIOLockedValueBox<ServerState>) {
        self.state = state
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let requestHead):
            head = requestHead
            body = []
        case .body(let buffer):
            body.append(contentsOf: buffer.readableBytesView)
        case .end:
            guard let requestHead = head else { return }
            head = nil
            respond(to: requestHead, context: context)
        }
    }

    /// Bytes that are not HTTP (a TLS hello sent to this plain-HTTP server, say) get the answer
    /// Go's server gives them, and the connection is closed.
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard error is HTTPParserError else {
            context.fireErrorCaught(error)
            return
        }
        context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(bytes: HTTPWire.badRequest)))
            .assumeIsolated().whenComplete { _ in
                context.close(promise: nil)
            }
    }

    func channelInactive(context: ChannelHandlerContext) {
        if let streamer, !streamer.isFinished {
            let sent = streamer.tokensSent
            state.withLockedValue {
                $0.streams.closedByClient += 1
                $0.streams.tokensSentBeforeClose.append(sent)
            }
            streamer.stop()
        }
        if let puller, !puller.isFinished {
            let sent = puller.linesSent
            state.withLockedValue {
                $0.pulls.closedByClient += 1
                $0.pulls.tokensSentBeforeClose.append(sent)
            }
            puller.stop()
        }
        if let replayer, !replayer.isFinished {
            let sent = replayer.linesSent
            state.withLockedValue {
                $0.streams.closedByClient += 1
                $0.streams.tokensSentBeforeClose.append(sent)
            }
            replayer.stop()
        }
        context.fireChannelInactive()
    }

    private func respond(to head: HTTPRequestHead, context: ChannelHandlerContext) {
        let path = String(head.uri.split(separator: "?", maxSplits: 1).first ?? "")
        let recorded = RecordedRequest(
            method: head.method.rawValue, path: path, headers: head.headers.map { ($0.name, $0.value) }, body: body,
            receivedAt: .now)
        let script = state.withLockedValue { state -> ServerScript in
            state.requests.append(recorded)
            return state.script
        }
        switch (head.method, path) {
        case (.GET, "/"), (.HEAD, "/"):
            send(capture: "root", context: context)
        case (.GET, "/api/version"):
            let bodyText = "{\"version\":\(GoJSON.quote(script.version))}"
            send(HTTPWire.response(status: 200, contentType: Self.json, body: Array(bodyText.utf8)), context: context)
        case (.GET, "/api/tags"):
            sendTags(script.models, context: context)
        case (.GET, "/api/ps"):
            runningModels(script: script, context: context)
        case (.POST, "/api/show"):
            show(script: script, model: Self.requestObject(body)?.model ?? "", context: context)
        case (.POST, "/api/pull"):
            pull(script: script, request: Self.requestObject(body), context: context)
        case (.DELETE, "/api/delete"):
            delete(request: Self.requestObject(body), context: context)
        case (.POST, "/api/chat"):
            chat(script: script, context: context)
        default:
            send(capture: "notfound", context: context)
        }
    }

    private func chat(script: ServerScript, context: ChannelHandlerContext) {
        guard let request = Self.requestObject(body) else {
            sendError(400, "unexpected EOF", context: context)
            return
        }
        guard let model = request.model, !model.isEmpty else {
            sendError(400, "model is required", context: context)
            return
        }
        let name = ModelCatalog.normalized(model)
        guard ModelCatalog.names(script.models).contains(name) else {
            sendError(404, "model '\(name)' not found", context: context)
            return
        }
        if request.thinks, let capabilities = script.scriptedCapabilities(of: name), !capabilities.contains("thinking")
        {
            sendError(400, "\(GoJSON.quote(model)) does not support thinking", context: context)
            return
        }
        let messages = request.messages
        if messages.isEmpty {
            let line =
                "{\"model\":\(GoJSON.quote(model)),\"created_at\":\"\(GoJSON.timestamp())\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,\"done_reason\":\"load\"}"
            send(HTTPWire.response(status: 200, contentType: Self.json, body: Array(line.utf8)), context: context)
            return
        }
        switch script.reply(for: name) {
        case .capture(let captureName):
            send(capture: captureName, context: context)
        case .paced(let captureName):
            guard let capture = CaptureLibrary.load(captureName) else {
                send(capture: captureName, context: context)  // the "no capture" answer
                return
            }
            let replayer = CaptureReplayer(context: context, capture: capture) { [state] in
                state.withLockedValue {
                    $0.streams.finished += 1
                    $0.streams.lastFinishedAt = .now
                }
            }
            self.replayer = replayer
            state.withLockedValue { $0.streams.started += 1 }
            replayer.start()
        case .status(let status, let errorBody, let contentType):
            send(
                HTTPWire.response(status: status, contentType: contentType, body: Array(errorBody.utf8)),
                context: context)
        case .reset:
            reset(context: context)
        case .scripted(let chatScript):
            let promptCharacters = messages.reduce(0) { $0 + ($1.content?.count ?? 0) }
            let streaming = request.stream ?? true
            let streamer = ChatStreamer(
                context: context, script: chatScript, model: model,
                promptTokens: max(1, promptCharacters / 4), streaming: streaming
            ) { [state] in
                state.withLockedValue {
                    $0.streams.finished += 1
                    $0.streams.lastFinishedAt = .now
                }
            }
            self.streamer = streamer
            state.withLockedValue { $0.streams.started += 1 }
            streamer.start()
        }
    }

    private func sendTags(_ models: ModelList, context: ChannelHandlerContext) {
        switch models {
        case .captured:
            send(capture: "tags", context: context)
        case .empty:
            send(capture: "tags-empty", context: context)
        case .custom(let list):
            send(
                HTTPWire.response(status: 200, contentType: Self.json, body: Array(ModelCatalog.tagsBody(list).utf8)),
                context: context)
        case .failure(let status, let errorBody):
            send(
                HTTPWire.response(status: status, contentType: Self.json, body: Array(errorBody.utf8)), context: context
            )
        case .reset:
            reset(context: context)
        }
    }

    /// Closes with SO_LINGER 0, so the kernel sends a TCP RST instead of a FIN.
    private func reset(context: ChannelHandlerContext) {
        guard let provider = context.channel as? any SocketOptionProvider else {
            context.close(promise: nil)
            return
        }
        provider.setSoLinger(linger(l_onoff: 1, l_linger: 0)).assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }

    func sendError(_ status: Int, _ message: String, context: ChannelHandlerContext) {
        send(
            HTTPWire.response(status: status, contentType: Self.json, body: Array(GoJSON.errorBody(message).utf8)),
            context: context)
    }

    func send(capture name: String, context: ChannelHandlerContext) {
        guard let capture = CaptureLibrary.load(name) else {
            send(
                HTTPWire.response(status: 500, contentType: "text/plain", body: Array("no capture \(name)".utf8)),
                context: context)
            return
        }
        send(capture.responseBytes(date: HTTPWire.date()), context: context)
    }

    func send(_ bytes: [UInt8], context: ChannelHandlerContext) {
        context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(bytes: bytes)), promise: nil)
    }

    static let json = "application/json; charset=utf-8"

    static func requestObject(_ body: [UInt8]) -> RequestBody? {
        guard !body.isEmpty else { return nil }
        return try? JSONDecoder().decode(RequestBody.self, from: Data(body))
    }
}
