import AsyncHTTPClient

/// The model-management calls: what is loaded, downloads and removals.
extension OllamaClient {
    /// `GET /api/ps`: the models loaded in memory, in the server's order. An answer that is
    /// not Ollama's `{"models":[...]}` means the URL is not an Ollama API.
    public func runningModels() async throws(OllamaError) -> [RunningModel] {
        let body = try await requestBody(.GET, "/api/ps")
        guard let json = try? JSONValue.parse(body), let models = json["models"]?.arrayValue else {
            throw .notOllama(
                url: configuration.host.url(for: "/api/ps"), status: 200, excerpt: StatusError.excerpt(body))
        }
        return models.compactMap(RunningModel.init(json:))
    }

    /// `DELETE /api/delete`: removes an installed model. A model the server does not have is
    /// the 404 for which `isModelNotFound` is true.
    public func deleteModel(_ name: String) async throws(OllamaError) {
        struct Body: Encodable { var model: String }
        _ = try await requestBody(.DELETE, "/api/delete", body: Body(model: name))
    }

    /// `POST /api/pull` with `stream: true`: the server's progress lines, then `.finished` or
    /// `.failed`. Ending the consuming task (or dropping the stream) closes the connection.
    public func pullModel(_ name: String) -> AsyncStream<PullEvent> {
        struct Body: Encodable {
            var model: String
            var stream = true
        }
        let (stream, continuation) = AsyncStream<PullEvent>.makeStream()
        guard let request = streamingRequest("/api/pull", body: Body(model: name)) else {
            continuation.yield(.failed(unmadeRequest))
            continuation.finish()
            return stream
        }
        let delegate = PullStreamDelegate(continuation: continuation, configuration: configuration)
        let task = http.execute(request: request, delegate: delegate)
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }
}
