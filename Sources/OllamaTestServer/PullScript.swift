/// How `POST /api/pull` answers: the layers it pretends to download, its pace and its fault.
public struct PullScript: Sendable, Equatable {
    public var layers: [PullLayer] = PullLayer.gemma3
    /// Progress lines per layer after its first (which has no `completed`, as Go omits a zero).
    public var updatesPerLayer = 3
    /// Seconds between two lines: short for tests, longer to watch a progress bar.
    public var interval = 0.005
    public var fault: PullFault?
    /// What `/api/tags` lists for a pulled model (its size is the layers' total).
    public var parameterSize = "268.10M"
    public var quantization = "Q4_K_M"
    public var family = "gemma3"

    public init(interval: Double = 0.005, fault: PullFault? = nil) {
        self.interval = interval
        self.fault = fault
    }
}

/// One blob of a pulled model.
public struct PullLayer: Sendable, Equatable {
    /// `sha256:` and 64 hex digits; the status line shows 12 of them.
    public var digest: String
    public var size: Int64

    public init(digest: String, size: Int64) {
        self.digest = digest
        self.size = size
    }

    /// The captured model's weights blob (its real digest) and three small blobs (made-up
    /// digests), 253114013 bytes in all as `/api/tags` reports for it.
    public static let gemma3 = [
        PullLayer(digest: "sha256:a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818", size: 253_113_088),
        PullLayer(digest: "sha256:532cb91f86468acc3e60d482496b0de800bd4121aeb339c0a5fabd0771b5e953", size: 358),
        PullLayer(digest: "sha256:f2ffd0847358b5d8b1bc330b1f9b3e09151da7d8da8514770e680b4249751d0f", size: 77),
        PullLayer(digest: "sha256:b4c3d0aa3b8cf65ec1c3a8310e26c79c6d282177eacca192aed7940b35d799dc", size: 490),
    ]
}

/// A pull that goes wrong.
public enum PullFault: Sendable, Equatable {
    /// No route to the registry: the `pull-unreachable` capture, byte for byte.
    case unreachable
    /// The registry has no such model: `pulling manifest`, then Ollama's error line.
    case unknownModel
    /// The connection closes without ending the chunked body after this many lines.
    case drop(afterLines: Int)

    /// Ollama's line when the registry answers 404 for the manifest (`os.ErrNotExist`).
    static let unknownModelMessage = "pull model manifest: file does not exist"
}

/// A model `/api/ps` lists as loaded.
public struct LoadedModel: Sendable, Equatable {
    public var name: String
    /// The context window it was loaded with, in tokens.
    public var contextLength: Int

    public init(name: String, contextLength: Int = 4096) {
        self.name = name
        self.contextLength = contextLength
    }
}
