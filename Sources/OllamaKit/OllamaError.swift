/// Everything that can go wrong talking to Ollama, with what the user needs to fix it.
public enum OllamaError: Error, Sendable, Equatable, Codable {
    /// No connection could be made to `host`.
    case notReachable(host: String, reason: ConnectionFailure)
    /// The server answered with an HTTP error status; `message` is its `error` field or plain-text body.
    case httpStatus(code: Int, message: String)
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

    /// True for the 404 Ollama returns for a model it does not have.
    public var isModelNotFound: Bool {
        if case .httpStatus(404, let message) = self { return message.contains("not found") }
        return false
    }
}

/// Why a connection could not be made.
public enum ConnectionFailure: Sendable, Equatable, Codable, CustomStringConvertible {
    case refused
    case unreachable
    case nameResolution
    case connectTimeout
    case other(String)

    public var description: String {
        switch self {
        case .refused: "connection refused"
        case .unreachable: "host unreachable"
        case .nameResolution: "host name not found"
        case .connectTimeout: "connection timed out"
        case .other(let text): text
        }
    }
}
