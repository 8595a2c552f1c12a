import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// How an `OllamaClient` connects: where, with which credentials, and how long it waits.
public struct OllamaClientConfiguration: Sendable {
    public var host: OllamaHost
    /// Sent as `Authorization: Bearer …` for servers behind authentication.
    public var apiKey: String?
    /// Longest wait for the next byte of an answer. Loading a model can take a minute, so generous.
    public var idleTimeout: Double
    public var connectTimeout: Double

    public init(host: OllamaHost = .default, apiKey: String? = nil, idleTimeout: Double = 300, connectTimeout: Double = 10) {
        self.host = host
        self.apiKey = apiKey
        self.idleTimeout = idleTimeout
        self.connectTimeout = connectTimeout
    }
}

/// The Ollama HTTP API: version, models, model details and streamed chat.
public final class OllamaClient: Sendable {
    public let configuration: OllamaClientConfiguration
    private let http: HTTPClient
    private static let userAgent = "ollama-tui/\(OllamaKitVersion.current)"
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
    }

    /// Closes the connection pool; call once before the client is released.
    public func shutdown() async {
        try? await http.shutdown()
    }

    /// `GET /api/version`.
    public func version() async throws(OllamaError) -> String {
        let json = try await requestJSON(.GET, "/api/version")
        guard let version = json["version"]?.stringValue else { throw .malformedLine(excerpt: "\(json)") }
        return version
    }

    /// `GET /api/tags`: the installed models, in the server's order.
    public func listModels() async throws(OllamaError) -> [ModelSummary] {
        let json = try await requestJSON(.GET, "/api/tags")
        guard let models = json["models"]?.arrayValue else { throw .malformedLine(excerpt: "\(json)") }
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
    public func chat(messages: [ChatMessage], model: String, options: ChatOptions = ChatOptions()) -> AsyncStream<ChatChunk> {
        let (stream, continuation) = AsyncStream<ChatChunk>.makeStream()
        let body = ChatRequestBody(model: model, messages: messages, options: options.isEmpty ? nil : options)
        let task = Task {
            await self.streamChat(body, into: continuation)
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    private func streamChat(_ body: ChatRequestBody, into continuation: AsyncStream<ChatChunk>.Continuation) async {
        let response: HTTPClientResponse
        do {
            response = try await execute(.POST, "/api/chat", body: body, accept: "application/x-ndjson")
        } catch {
            continuation.yield(.failed(error))
            return
        }
        guard response.status == .ok else {
            continuation.yield(.failed(await statusError(response)))
            return
        }
        var framer = NDJSONFramer()
        do {
            for try await buffer in response.body {
                framer.append(buffer.readableBytesView)
                while let line = try framer.nextLine() {
                    if yieldChunks(of: line, into: continuation) { return }
                }
            }
            if let last = framer.finish(), yieldChunks(of: last, into: continuation) { return }
            continuation.yield(.failed(.connectionLost(host: configuration.host.baseURL)))
        } catch let error as NDJSONFramingError {
            continuation.yield(.failed(.malformedLine(excerpt: "\(error)")))
        } catch {
            continuation.yield(.failed(TransportErrorMapper.map(error, configuration: configuration, receiving: true)))
        }
    }

    /// Yields what one line carries; true when the line ended the answer.
    private func yieldChunks(of line: ArraySlice<UInt8>, into continuation: AsyncStream<ChatChunk>.Continuation) -> Bool {
        for chunk in ChatLineDecoder.decode(line) {
            continuation.yield(chunk)
            switch chunk {
            case .done, .failed: return true
            case .content, .thinking: continue
            }
        }
        return false
    }

    private func requestJSON(_ method: HTTPMethod, _ path: String, body: (some Encodable)? = nil as String?) async throws(OllamaError) -> JSONValue {
        let response = try await execute(method, path, body: body, accept: "application/json")
        guard response.status == .ok else { throw await statusError(response) }
        let bytes = try await collect(response)
        do {
            return try JSONValue.parse(bytes.readableBytesView)
        } catch {
            throw .malformedLine(excerpt: ChatLineDecoder.excerpt(of: ArraySlice(bytes.readableBytesView)))
        }
    }

    private func execute(_ method: HTTPMethod, _ path: String, body: (some Encodable)?, accept: String) async throws(OllamaError) -> HTTPClientResponse {
        var request = HTTPClientRequest(url: configuration.host.url(for: path))
        request.method = method
        request.headers.add(name: "User-Agent", value: Self.userAgent)
        request.headers.add(name: "Accept", value: accept)
        if let apiKey = configuration.apiKey, !apiKey.isEmpty {
            request.headers.add(name: "Authorization", value: "Bearer \(apiKey)")
        }
        if let body {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            guard let data = try? encoder.encode(body) else { throw .malformedLine(excerpt: "request body") }
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: data))
        }
        do {
            return try await http.execute(request, deadline: .distantFuture)
        } catch {
            throw TransportErrorMapper.map(error, configuration: configuration, receiving: false)
        }
    }

    private func collect(_ response: HTTPClientResponse) async throws(OllamaError) -> ByteBuffer {
        do {
            return try await response.body.collect(upTo: Self.maxBodyBytes)
        } catch {
            throw TransportErrorMapper.map(error, configuration: configuration, receiving: true)
        }
    }

    /// The error for a non-200 answer: Ollama's `{"error": "..."}` message, or the plain-text body.
    private func statusError(_ response: HTTPClientResponse) async -> OllamaError {
        let code = Int(response.status.code)
        let body: ByteBuffer
        do {
            body = try await collect(response)
        } catch {
            return .httpStatus(code: code, message: response.status.reasonPhrase)
        }
        let bytes = ArraySlice(body.readableBytesView)
        if let json = try? JSONValue.parse(bytes), let message = json["error"]?.stringValue {
            return .httpStatus(code: code, message: message)
        }
        let text = ChatLineDecoder.excerpt(of: bytes, limit: 200).trimmingCharacters(in: .whitespacesAndNewlines)
        return .httpStatus(code: code, message: text.isEmpty ? response.status.reasonPhrase : text)
    }
}

/// The version string this client reports in its User-Agent.
public enum OllamaKitVersion {
    public static let current = "0.1.0"
}
