import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// An HTTP server on loopback that answers as Ollama does, byte for byte (see `CaptureLibrary`),
/// with scripted answers, pacing and faults. Tests and benchmarks share it.
public final class OllamaTestServer: Sendable {
    /// The port it listens on.
    public let port: Int
    private let channel: any Channel
    let state: NIOLockedValueBox<ServerState>

    private init(channel: any Channel, port: Int, state: NIOLockedValueBox<ServerState>) {
        self.channel = channel
        self.port = port
        self.state = state
    }

    /// Starts listening on `host:port` (port 0 picks a free one).
    public static func start(script: ServerScript = ServerScript(), host: String = "127.0.0.1", port: Int = 0)
        async throws -> OllamaTestServer
    {
        let state = NIOLockedValueBox(ServerState(script: script))
        let channel = try await bootstrap(state).bind(host: host, port: port).get()
        guard let boundPort = channel.localAddress?.port else {
            try await channel.close()
            throw TestServerError.noPort
        }
        return OllamaTestServer(channel: channel, port: boundPort, state: state)
    }

    /// `start` for a caller that cannot `await` (a program's synchronous top level, before it
    /// hands its main thread to a run loop). Never call it on an event loop.
    public static func startBlocking(script: ServerScript = ServerScript(), host: String = "127.0.0.1", port: Int = 0)
        throws -> OllamaTestServer
    {
        let state = NIOLockedValueBox(ServerState(script: script))
        let channel = try bootstrap(state).bind(host: host, port: port).wait()
        guard let boundPort = channel.localAddress?.port else {
            try? channel.close().wait()
            throw TestServerError.noPort
        }
        return OllamaTestServer(channel: channel, port: boundPort, state: state)
    }

    private static func bootstrap(_ state: NIOLockedValueBox<ServerState>) -> ServerBootstrap {
        ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(HTTPRequestDecoder(leftOverBytesStrategy: .dropBytes)))
                    try channel.pipeline.syncOperations.addHandler(RequestHandler(state: state))
                }
            }
    }

    /// The value of `OLLAMA_HOST` that reaches this server.
    public var hostValue: String { "127.0.0.1:\(port)" }

    /// Replaces what the server answers from now on.
    public func setScript(_ script: ServerScript) {
        state.withLockedValue { $0.script = script }
    }

    /// Every request received so far, in order.
    public var requests: [RecordedRequest] {
        state.withLockedValue { $0.requests }
    }

    /// How the streamed answers went.
    public var streams: StreamStats {
        state.withLockedValue { $0.streams }
    }

    /// How the pulls went (`tokensSentBeforeClose` counts progress lines).
    public var pulls: StreamStats {
        state.withLockedValue { $0.pulls }
    }

    /// Stops listening; open connections are closed.
    public func shutdown() async throws {
        try await channel.close()
    }

    /// A loopback port with nothing listening, so connecting to it is refused.
    public static func unusedPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TestServerError.noPort }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard bound else { throw TestServerError.noPort }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// A request as the server received it.
public struct RecordedRequest: Sendable {
    public let method: String
    public let path: String
    public let headers: [(name: String, value: String)]
    public let body: [UInt8]
    /// When the whole request had arrived.
    public let receivedAt: ContinuousClock.Instant

    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}

/// Counts of streamed answers: started, ended by the server, and closed early by the client.
public struct StreamStats: Sendable, Equatable {
    public var started = 0
    public var finished = 0
    public var closedByClient = 0
    /// Tokens written before each stream the client closed.
    public var tokensSentBeforeClose: [Int] = []
    /// When the last stream's final line was written.
    public var lastFinishedAt: ContinuousClock.Instant?
}

/// Why the test server could not start.
public enum TestServerError: Error {
    case noPort
}

/// The server's mutable state, behind a lock.
struct ServerState: Sendable {
    var script: ServerScript
    var requests: [RecordedRequest] = []
    var streams = StreamStats()
    var pulls = StreamStats()

    /// Lists a pulled model in `/api/tags` (in place of one of the same name).
    mutating func install(_ model: TestModel) {
        var list = ModelCatalog.models(script.models).filter { ModelCatalog.normalized($0.name) != model.name }
        list.append(model)
        script.models = .custom(list)
    }

    /// Takes a model out of `/api/tags`; false when there is none of that name.
    mutating func remove(_ name: String) -> Bool {
        let list = ModelCatalog.models(script.models)
        guard list.contains(where: { ModelCatalog.normalized($0.name) == name }) else { return false }
        script.models = .custom(list.filter { ModelCatalog.normalized($0.name) != name })
        return true
    }
}
