import Foundation
import OllamaTestServer
import Testing

/// The running binary maps none of Foundation's libraries beyond FoundationEssentials, and not
/// its ICU data: every module imports only FoundationEssentials, and the chat archive is on
/// SQLite's C API (Docs/decisions.md). Read from `/proc/PID/maps`.
@Suite(.serialized)
struct LoadedLibrariesTests {
    static let forbidden = [
        "libFoundation.so", "libFoundationInternationalization.so", "lib_FoundationICU.so",
        "libFoundationNetworking.so", "libFoundationXML.so",
    ]

    /// The file names of the shared libraries mapped by `pid`.
    static func mappedLibraries(_ pid: Int32) throws -> Set<String> {
        // Read to the end with read(2): a /proc file has no size, and one large read can come back short.
        let descriptor = open("/proc/\(pid)/maps", O_RDONLY)
        guard descriptor >= 0 else { throw MapsUnreadable(pid: pid) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            bytes += buffer[0..<count]
        }
        let maps = String(decoding: bytes, as: UTF8.self)
        return Set(
            maps.split(separator: "\n").compactMap { line in
                line.split(separator: " ", omittingEmptySubsequences: true).last.flatMap {
                    $0.hasPrefix("/") ? String($0.split(separator: "/").last ?? "") : nil
                }
            })
    }

    /// `/proc/PID/maps` could not be opened.
    struct MapsUnreadable: Error {
        let pid: Int32
    }

    @Test func theFullScreenUIMapsNoFoundationBeyondEssentials() async throws {
        #expect(TmuxSession.isAvailable, "tmux is needed for this test")
        let server = try await OllamaTestServer.start()
        let session = try TmuxSession(
            arguments: ["-m", "tiny"], environment: ["OLLAMA_HOST": server.hostValue], columns: 120, rows: 40)
        #expect(await session.waitFor("tiny:latest"))
        let pid = try #require(session.appPID)
        let libraries = try Self.mappedLibraries(pid)
        #expect(libraries.contains("ollama-tui") && libraries.contains("libswiftCore.so"))
        #expect(libraries.contains { $0.hasPrefix("libncursesw") } && libraries.contains { $0.hasPrefix("libsqlite3") })
        for library in Self.forbidden {
            #expect(!libraries.contains(library), "\(library) is mapped")
        }
        try await server.shutdown()
    }

    @Test func headlessModeMapsNoFoundationBeyondEssentials() async throws {
        let script = ServerScript(chat: .scripted(ChatScript(tokens: (1...100).map { " w\($0)" }, tokensPerSecond: 20)))
        let server = try await OllamaTestServer.start(script: script)
        let runner = try ProcessRunner(["-m", "tiny", "count"], environment: ["OLLAMA_HOST": server.hostValue])
        #expect(await runner.waitFor { $0.contains(" w3") })
        let libraries = try Self.mappedLibraries(runner.pid)
        #expect(libraries.contains("ollama-tui") && libraries.contains("libswiftCore.so"))
        for library in Self.forbidden {
            #expect(!libraries.contains(library), "\(library) is mapped")
        }
        runner.interrupt()
        _ = await runner.wait()
        try await server.shutdown()
    }
}
