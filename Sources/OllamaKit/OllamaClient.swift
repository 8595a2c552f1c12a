import AsyncHTTPClient
import NIOCore
import NIOHTTP1

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// How an `OllamaClient` connects: where, with which credentials, and how long it waits.
public struct OllamaClientConfiguration: Sendable {
    public var host: OllamaHost
    /// Sent as `Authorization: Bearer …` for servers behind authentication.
    public var apiKey: String?
    /// Longest wait for the next byte of an answer. Loading a model can take a minute, so generous.
    public var idleTimeout: Double
    public var connectTimeout: Double
    /// How long text may wait to be handed over with the text after it (0: hand over what each
    /// socket read brought at once). A consumer that draws frames sets its frame interval: it
    /// then wakes once a frame instead of once a token, and the socket is read about twice per
    /// interval instead of once per token. `done` and `failed` are never held.
    public var coalescingInterval: Double
    /// Hand over `.tokens` counts of the streamed lines: at most every quarter second, and before
    /// the answer's end.
    public var reportsTokens: Bool

    public init(
        host: OllamaHost = .default, apiKey: String? = nil, idleTimeout: Double = 300,
        connectTimeout: Double = 10, coalescingInterval: Double = 0, reportsTokens: Bool = false
    ) {
        self.host = host
        self.apiKey = apiKey
        self.idleTimeout = idleTimeout
        self.connectTimeout = connectTimeout
        self.coalescingInterval = coalescingInterval
        self.reportsTokens = reportsTokens
    }
}

/// The Ollama HTTP API: version, models, model details, streamed chat, downloads and removals.
public final class OllamaClient: Sendable {
    public let configuration: OllamaClientConfiguration
    let http: HTTPClient
    /// Every chat runs on this loop, its connection and its decoding both: a read is decoded on
    /// the thread that made it, and the next chat reuses the kept-alive connection.
    private let chatLoop: any EventLoop
    private static let userAgent = "ollama-tui/\(AppVersion.current)"
    private static let maxBodyBytes = 16 << 20

    public init(configuration: OllamaClientConfiguration) {
        self.configuration = configuration
        var config = HTTPClient.Configuration()
        config.timeout = .init(
            connect: .nanoseconds(Int64(configuration.connectTimeout * 1e9)),
            read: .nanoseconds(Int64(configuration.idleTimeout * 1e9))
        )
        // Without this a refused connection is retried until the connect timeout: "not running"
        // must be reported in milliseconds.
        config.connectionPool.retryConnectionEstablishment = false
        config.decompression = .disabled
        http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: config)
        chatLoop = http.eventLoopGroup.next()
    }

    /// Closes the connection pool; call once before the client is released.
    public func shutdown() async {
        try? await http.shutdown()
    }

    /// `GET /api/version`.
    public func version() async throws(OllamaError) -> String {
        let body = try await requestBody(.GET, "/api/version")
        guard let version = (try? JSONValue.parse(body))?["version"]?.stringValue else {
            throw .malformedLine(excerpt: ChatLineDecoder.excerpt(of: body[...]))
        }
        return version
    }

    /// `GET /api/tags`: the installed models, in the server's order.
    /// An answer that is not Ollama's `{"models":[...]}` means the URL is not an Ollama API.
    public func listModels() async throws(OllamaError) -> [ModelSummary] {
        let body = try await requestBody(.GET, "/api/tags")
        guard let json = try? JSONValue.parse(body), let models = json["models"]?.arrayValue else {
            throw .notOllama(
                url: configuration.host.url(for: "/api/tags"), status: 200, excerpt: StatusError.excerpt(body))
        }
        return models.compactMap(ModelSummary.init(json:))
    }

    /// `POST /api/show`: details of one model, the context length among them.
    public func showModel(_ name: String) async throws(OllamaError) -> ModelDetails {
        struct Body: Encodable { var model: String }
        let json = try await requestJSON(.POST, "/api/show", body: Body(model: name))
        return ModelDetails(json: json)
    }

    /// `POST /api/chat` with `stream: true`. The stream's last element is `.done` or `.failed`;
    /// ending the consuming task (or dropping the stream) closes the connection, so the server
    /// stops generating.
    public func chat(messages: [ChatMessage], model: String, settings: ChatRequestSettings = ChatRequestSettings())
        -> AsyncStream<ChatChunk>
    {
        let (stream, continuation) = AsyncStream<ChatChunk>.makeStream()
        let body = ChatRequestBody(model: model, messages: messages, settings: settings)
        guard let request = streamingRequest("/api/chat", body: body) else {
            continuation.yield(.failed(unmadeRequest))
            continuation.finish()
            return stream
        }
        let delegate = ChatStreamDelegate(continuation: continuation, configuration: configuration)
        let task = http.execute(request: request, delegate: delegate, eventLoop: .delegateAndChannel(on: chatLoop))
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    func requestJSON(_ method: HTTPMethod, _ path: String, body: (some Encodable)? = nil as String?)
        async throws(OllamaError) -> JSONValue
    {
        let bytes = try await requestBody(method, path, body: body)
        do {
            return try JSONValue.parse(bytes)
        } catch {
            throw .malformedLine(excerpt: ChatLineDecoder.excerpt(of: bytes[...]))
        }
    }

    /// The body of a 200 answer; any other status is its error.
    func requestBody(_ method: HTTPMethod, _ path: String, body: (some Encodable)? = nil as String?)
        async throws(OllamaError) -> [UInt8]
    {
        let response = try await execute(method, path, body: body, accept: "application/json")
        guard response.status == .ok else { throw await statusError(response, path: path) }
        return Array(try await collect(response).readableBytesView)
    }

    private func execute(_ method: HTTPMethod, _ path: String, body: (some Encodable)?, accept: String)
        async throws(OllamaError) -> HTTPClientResponse
    {
        var request = HTTPClientRequest(url: configuration.host.url(for: path))
        request.method = method
        request.headers = headers(accept: accept, hasBody: body != nil)
        if let body {
            guard let data = try? Self.encode(body) else { throw .malformedLine(excerpt: "request body") }
            request.body = .bytes(ByteBuffer(bytes: data))
        }
        do {
            return try await http.execute(request, deadline: .distantFuture)
        } catch {
            throw TransportErrorMapper.map(error, configuration: configuration, receiving: false)
        }
    }

    /// A `POST` of `body` to `path` answered in NDJSON lines; nil when it cannot be made (the
    /// body does not encode).
    func streamingRequest(_ path: String, body: some Encodable) -> HTTPClient.Request? {
        try? HTTPClient.Request(
            url: configuration.host.url(for: path), method: .POST,
            headers: headers(accept: "application/x-ndjson", hasBody: true), body: .bytes(try Self.encode(body)))
    }

    /// What a streamed call reports when its request could not be made.
    var unmadeRequest: OllamaError {
        .notReachable(host: configuration.host.baseURL, reason: .other("the request could not be made"))
    }

    func headers(accept: String, hasBody: Bool) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.add(name: "User-Agent", value: Self.userAgent)
        headers.add(name: "Accept", value: accept)
        if hasBody { headers.add(name: "Content-Type", value: "application/json") }
        if configuration.sendsAPIKey, let apiKey = configuration.apiKey {
            headers.add(name: "Authorization", value: "Bearer \(apiKey)")
        }
        return headers
    }

    static func encode(_ body: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return try encoder.encode(body)
    }

    private func collect(_ response: HTTPClientResponse) async throws(OllamaError) -> ByteBuffer {
        do {
            return try await response.body.collect(upTo: Self.maxBodyBytes)
        } catch {
            throw TransportErrorMapper.map(error, configuration: configuration, receiving: true)
        }
    }

    /// The error for a non-200 answer.
    private func statusError(_ response: HTTPClientResponse, path: String) async -> OllamaError {
        let body = (try? await collect(response)).map { Array($0.readableBytesView) } ?? []
        return StatusError.make(
            code: Int(response.status.code), reason: response.status.reasonPhrase, body: body,
            url: configuration.host.url(for: path), keySent: configuration.sendsAPIKey
        )
    }
}

extension OllamaClientConfiguration {
    /// Whether requests carry `Authorization: Bearer …`.
    var sendsAPIKey: Bool { !(apiKey ?? "").isEmpty }
}

/// The product's one version number: `--version` prints it and the client's User-Agent carries it.
public enum AppVersion {
    public static let current = "0.1.0"
}
