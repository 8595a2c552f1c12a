/// Everything that can go wrong talking to Ollama, with what the user needs to fix it.
public enum OllamaError: Error, Sendable, Equatable, Codable {
    /// No connection could be made to `host`.
    case notReachable(host: String, reason: ConnectionFailure)
    /// Something answers at `url`, but not as Ollama does: a plain-text 404 (a wrong path
    /// prefix), or a body that is not Ollama's JSON. `status` is the HTTP status it gave and
    /// `excerpt` the start of what it said.
    case notOllama(url: String, status: Int, excerpt: String)
    /// The server wants credentials (HTTP 401); `keySent` says whether OLLAMA_API_KEY was sent.
    case unauthorized(url: String, keySent: Bool)
    /// The server answered with an HTTP error status; `message` is its `error` field or plain-text body.
    case httpStatus(code: Int, message: String)
    /// The model cannot think (HTTP 400 `"<model>" does not support thinking`): send the chat
    /// again with thinking off.
    case thinkingUnsupported(model: String)
    /// An `{"error": ...}` line inside a 200 stream.
    case streamError(message: String)
    /// A line or body that is not the JSON Ollama sends; `excerpt` is its start.
    case malformedLine(excerpt: String)
    /// The connection closed before the answer was complete.
    case connectionLost(host: String)
    /// No byte arrived for `seconds`.
    case timeout(seconds: Double)
    /// The request was cancelled by the caller.
    case cancelled

    /// True for the 404 Ollama returns for a model it does not have: its own JSON
    /// `{"error":"model '…' not found"}` (a plain-text 404 is `notOllama`, never this).
    public var isModelNotFound: Bool {
        if case .httpStatus(404, let message) = self {
            return message.hasPrefix("model ") && message.contains("not found")
        }
        return false
    }
}

/// Why a connection could not be made, or broke before anything was received.
public enum ConnectionFailure: Sendable, Equatable, Codable, CustomStringConvertible {
    case refused
    case unreachable
    case nameResolution
    case connectTimeout
    /// The server reset the connection (TCP RST) before it answered.
    case reset
    /// The server closed the connection before it answered.
    case closed
    /// An `https://` host whose server speaks plain HTTP.
    case tlsNotSpoken
    /// The TLS handshake failed for another reason (a certificate, a protocol version).
    case tlsFailed
    /// Anything else, as a short sentence (never a type dump or a path).
    case other(String)

    public var description: String {
        switch self {
        case .refused: "connection refused"
        case .unreachable: "host unreachable"
        case .nameResolution: "host name not found"
        case .connectTimeout: "connection timed out"
        case .reset: "the server reset the connection"
        case .closed: "the server closed the connection without answering"
        case .tlsNotSpoken: "the server does not speak TLS: try http://"
        case .tlsFailed: "the TLS handshake failed"
        case .other(let text): text
        }
    }

    /// True where nothing listens (or can be reached) at the host: "Ollama is not running".
    /// The other failures mean something is there but the conversation broke.
    public var meansNothingListens: Bool {
        switch self {
        case .refused, .unreachable, .nameResolution, .connectTimeout: true
        case .reset, .closed, .tlsNotSpoken, .tlsFailed, .other: false
        }
    }
}
