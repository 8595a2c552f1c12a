/// One element of a model download (`POST /api/pull`). The stream never throws: its last
/// element is `.finished` or `.failed`; a stream that ends without either was cancelled.
public enum PullEvent: Sendable, Equatable {
    /// A progress line: `pulling manifest`, `pulling <digest>` with byte counts, `verifying
    /// sha256 digest`, `writing manifest`.
    case progress(PullProgress)
    /// The server said `success`: the model is installed.
    case finished
    /// The download ended early: an `{"error": ...}` line, an HTTP status, a broken connection.
    case failed(OllamaError)
}

/// Ollama's `ProgressResponse`: what the download is doing, and for a layer how far it is.
public struct PullProgress: Sendable, Equatable {
    public var status: String
    /// The layer being downloaded (`sha256:…`), absent for the other steps.
    public var digest: String?
    /// The layer's size in bytes.
    public var total: Int64?
    /// Bytes of the layer downloaded so far.
    public var completed: Int64?

    public init(status: String, digest: String? = nil, total: Int64? = nil, completed: Int64? = nil) {
        self.status = status
        self.digest = digest
        self.total = total
        self.completed = completed
    }

    /// `completed / total` between 0 and 1, when both are known.
    public var fraction: Double? {
        guard let total, let completed, total > 0 else { return nil }
        return min(1, max(0, Double(completed) / Double(total)))
    }
}

/// Turns one NDJSON line of `/api/pull` into an event.
enum PullLineDecoder {
    static func decode(_ line: ArraySlice<UInt8>) -> PullEvent {
        guard let object = try? JSONValue.parse(line), case .object = object else {
            return .failed(.malformedLine(excerpt: ChatLineDecoder.excerpt(of: line)))
        }
        if let message = object["error"] {
            return .failed(.streamError(message: message.stringValue ?? "\(message)"))
        }
        guard let status = object["status"]?.stringValue else {
            return .failed(.malformedLine(excerpt: ChatLineDecoder.excerpt(of: line)))
        }
        if status == "success" { return .finished }
        return .progress(
            PullProgress(
                status: status, digest: object["digest"]?.stringValue, total: object["total"]?.int64Value,
                completed: object["completed"]?.int64Value))
    }
}
