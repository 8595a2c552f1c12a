import Testing

@testable import OllamaKit
@testable import OllamaTestServer

/// `POST /api/pull` against the test server: Ollama's progress lines in order, each fault,
/// cancellation and the idle timeout.
struct PullModelTests {
    static func collect(_ stream: AsyncStream<PullEvent>) async -> [PullEvent] {
        var events: [PullEvent] = []
        for await event in stream { events.append(event) }
        return events
    }

    static func statuses(_ events: [PullEvent]) -> [String] {
        events.compactMap { if case .progress(let progress) = $0 { progress.status } else { nil } }
    }

    @Test func aPullReportsEveryStepAndInstallsTheModel() async throws {
        try await withServer { server, client in
            let events = await Self.collect(client.pullModel("gemma2:2b"))
            #expect(events.last == .finished)
            let statuses = Self.statuses(events)
            #expect(statuses.first == "pulling manifest")
            #expect(Array(statuses.suffix(2)) == ["verifying sha256 digest", "writing manifest"])
            let layers = PullLayer.gemma3
            let pulling = layers.map { "pulling \($0.digest.dropFirst(7).prefix(12))" }
            #expect(collapsingRepeats(statuses.dropFirst().dropLast(2)) == pulling)
            for layer in layers {
                let lines = events.compactMap { event -> PullProgress? in
                    if case .progress(let progress) = event, progress.digest == layer.digest { progress } else { nil }
                }
                #expect(lines.allSatisfy { $0.total == layer.size })
                let completed = lines.map { $0.completed ?? 0 }
                #expect(completed.first == 0)
                #expect(completed.last == layer.size)
                #expect(completed == completed.sorted())
                #expect(lines.last?.fraction == 1)
            }
            let names = try await client.listModels().map(\.name)
            #expect(names.contains("gemma2:2b"))
            #expect(server.pulls.finished == 1)
            let request = try #require(server.requests.last { $0.path == "/api/pull" })
            let body = try JSONValue.parse(request.body)
            #expect(body["model"]?.stringValue == "gemma2:2b")
            #expect(body["stream"]?.boolValue == true)
        }
    }

    @Test func theWireLinesAreOllamas() {
        let lines = PullStreamer.lines(for: PullScript())
        #expect(lines.first == "{\"status\":\"pulling manifest\"}\n")
        #expect(
            lines[1]
                == "{\"status\":\"pulling a5fd3b62230a\",\"digest\":\"sha256:a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818\",\"total\":253113088}\n"
        )
        #expect(lines.last == "{\"status\":\"success\"}\n")
    }

    @Test func anUnreachableRegistryFailsWithItsText() async throws {
        var script = ServerScript()
        script.pull.fault = .unreachable
        try await withServer(script) { _, client in
            let events = await Self.collect(client.pullModel("gemma2:2b"))
            let message =
                #"pull model manifest: Get "https://registry.ollama.ai/v2/library/gemma2/manifests/2b": dial tcp: lookup registry.ollama.ai on 198.51.100.53:53: no such host"#
            #expect(
                events == [
                    .progress(PullProgress(status: "pulling manifest")), .failed(.streamError(message: message)),
                ])
            let names = try await client.listModels().map(\.name)
            #expect(!names.contains("gemma2:2b"))
        }
    }

    @Test func anUnreachableRegistryIsTheCaptureByteForByte() async throws {
        var script = ServerScript()
        script.pull.fault = .unreachable
        let server = try await OllamaTestServer.start(script: script)
        let received = try await RawHTTP.exchange(
            port: server.port, request: CaptureTests.post("/api/pull", #"{"model":"gemma2:2b"}"#))
        try await server.shutdown()
        let expected = try CaptureTests.expectedBytes("pull-unreachable")
        #expect(RawHTTP.withoutDate(received) == RawHTTP.withoutDate(expected))
    }

    @Test func anUnknownModelFailsWithOllamasMessage() async throws {
        var script = ServerScript()
        script.pull.fault = .unknownModel
        try await withServer(script) { _, client in
            let events = await Self.collect(client.pullModel("nope"))
            #expect(
                events == [
                    .progress(PullProgress(status: "pulling manifest")),
                    .failed(.streamError(message: "pull model manifest: file does not exist")),
                ])
        }
    }

    @Test func aDroppedConnectionIsLost() async throws {
        var script = ServerScript()
        script.pull.fault = .drop(afterLines: 3)
        try await withServer(script) { server, client in
            let events = await Self.collect(client.pullModel("gemma2:2b"))
            #expect(Self.statuses(events).count == 3)
            #expect(events.last == .failed(.connectionLost(host: client.configuration.host.baseURL)))
            #expect(server.pulls.closedByClient == 0)
        }
    }

    @Test func aStatusIsAFailure() async throws {
        try await withServer { _, client in
            let events = await Self.collect(client.pullModel(""))
            #expect(events == [.failed(.httpStatus(code: 400, message: "model is required"))])
        }
    }

    @Test func nothingListeningFails() async throws {
        let host = try OllamaHost.parse("127.0.0.1:\(try OllamaTestServer.unusedPort())")
        let client = OllamaClient(configuration: OllamaClientConfiguration(host: host))
        let events = await Self.collect(client.pullModel("gemma2:2b"))
        await client.shutdown()
        #expect(events.count == 1)
        guard case .failed(.notReachable(_, let reason)) = events.first else {
            Issue.record("not a connection failure: \(events)")
            return
        }
        #expect(reason == .refused)
    }

    @Test func endingTheStreamClosesTheConnection() async throws {
        var script = ServerScript()
        // 408 lines at 50 ms: uncancelled, the pull would run 20 s, far longer than a loaded
        // machine takes to deliver the cancellation.
        script.pull.interval = 0.05
        script.pull.updatesPerLayer = 100
        try await withServer(script) { server, client in
            let consumer = Task {
                var received = 0
                for await _ in client.pullModel("gemma2:2b") {
                    received += 1
                    if received == 2 { break }
                }
                return received
            }
            #expect(await consumer.value == 2)
            let deadline = ContinuousClock.now + .seconds(10)
            while server.pulls.closedByClient == 0 && ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(server.pulls.closedByClient == 1)
            #expect(server.pulls.finished == 0)
            let names = try await client.listModels().map(\.name)
            #expect(!names.contains("gemma2:2b"))
        }
    }

    @Test func theIdleTimeoutAppliesBetweenLines() async throws {
        var script = ServerScript()
        script.pull.interval = 0.1
        script.pull.updatesPerLayer = 9
        // 44 lines at 100 ms: the pull takes over four seconds, twice the idle timeout, and a
        // busy machine may hold a line back a good while without reaching it.
        try await withServer(script, idleTimeout: 2) { _, client in
            let started = ContinuousClock.now
            let events = await Self.collect(client.pullModel("gemma2:2b"))
            #expect(events.last == .finished)
            #expect(ContinuousClock.now - started > .seconds(4))
        }
    }
}

/// Consecutive duplicates removed, order kept.
func collapsingRepeats(_ items: some Sequence<String>) -> [String] {
    var out: [String] = []
    for item in items where out.last != item { out.append(item) }
    return out
}
