import NIOCore

/// The model-management routes: `/api/ps`, `/api/show`, `/api/pull` and `/api/delete`.
extension RequestHandler {
    func runningModels(script: ServerScript, context: ChannelHandlerContext) {
        guard let loaded = script.loaded else {
            send(capture: "ps", context: context)
            return
        }
        let body = ModelCatalog.psBody(loaded, installed: script.models)
        send(HTTPWire.response(status: 200, contentType: Self.json, body: Array(body.utf8)), context: context)
    }

    func show(script: ServerScript, model: String, context: ChannelHandlerContext) {
        let name = ModelCatalog.normalized(model)
        guard ModelCatalog.names(script.models).contains(name) else {
            sendError(404, "model '\(model)' not found", context: context)
            return
        }
        let capabilities = script.scriptedCapabilities(of: name)
        guard name != ModelCatalog.capturedShowName || capabilities != nil,
            let body = ModelCatalog.showBody(name: name, capabilities: capabilities)
        else {
            send(capture: "show", context: context)
            return
        }
        // One chunk, as Ollama wrote the captured answer.
        let head = HTTPWire.head(status: 200, contentType: Self.json, contentLength: nil)
        send(head + HTTPWire.chunk(Array(body.utf8)) + HTTPWire.lastChunk, context: context)
    }

    func pull(script: ServerScript, request: RequestBody?, context: ChannelHandlerContext) {
        guard let request else {
            sendError(400, "missing request body", context: context)
            return
        }
        let model = request.model ?? request.name ?? ""
        guard !model.isEmpty else {
            sendError(400, "model is required", context: context)
            return
        }
        if script.pull.fault == .unreachable {
            send(capture: "pull-unreachable", context: context)
            return
        }
        let pulled = TestModel(
            name: ModelCatalog.normalized(model), size: script.pull.layers.reduce(0) { $0 + $1.size },
            parameterSize: script.pull.parameterSize, quantization: script.pull.quantization,
            family: script.pull.family)
        let puller = PullStreamer(context: context, script: script.pull) { [state] in
            state.withLockedValue {
                $0.install(pulled)
                $0.pulls.finished += 1
                $0.pulls.lastFinishedAt = .now
            }
        }
        self.puller = puller
        state.withLockedValue { $0.pulls.started += 1 }
        puller.start()
    }

    func delete(request: RequestBody?, context: ChannelHandlerContext) {
        guard let request else {
            sendError(400, "missing request body", context: context)
            return
        }
        let model = request.model ?? request.name ?? ""
        let removed = state.withLockedValue { $0.remove(ModelCatalog.normalized(model)) }
        guard removed else {
            sendError(404, "model '\(model)' not found", context: context)
            return
        }
        // Ollama writes no body: Go's server sends only the Date and a zero length.
        send(Array("HTTP/1.1 200 OK\r\nDate: \(HTTPWire.date())\r\nContent-Length: 0\r\n\r\n".utf8), context: context)
    }
}
