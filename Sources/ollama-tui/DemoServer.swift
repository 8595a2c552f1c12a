import OllamaKit
import OllamaTestServer

/// `--demo`: the project's own test server, started in this process on a free loopback port with
/// the demo script (two models, real captured answers at their captured pace).
struct DemoServer: Sendable {
    let server: OllamaTestServer
    /// Where the app finds it.
    let host: OllamaHost

    /// Starts listening; call before the UI or headless mode starts, from the main thread.
    static func start() throws -> DemoServer {
        let server = try OllamaTestServer.startBlocking(script: .demo)
        return DemoServer(server: server, host: try OllamaHost.parse(server.hostValue))
    }
}
