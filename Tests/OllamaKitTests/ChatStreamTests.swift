import Foundation
import OllamaTestServer
import Testing

@testable import OllamaKit

struct ChatStreamTests {
    @Test func streamsTokensThenTheCounters() async throws {
        let script = ChatScript(text: "Hello there, friend.")
        try await withServer(ServerScript(chat: .scripted(script))) { server, client in
            let chunks = await collect(client.chat(messages: hello, model: "tiny"))
            #expect(chunks.text == "Hello there, friend.")
            #expect(chunks.contentCount >= 1)
            guard case .done(let counters) = chunks.last else {
                Issue.record("no final chunk: \(chunks)")
                return
            }
            #expect(counters.doneReason == "stop")
            #expect(counters.evalCount == 3)
            #expect(counters.evalDuration != nil && counters.tokensPerSecond != nil)
            #expect(server.streams.finished == 1)
        }
    }

    @Test func sendsTheWholeHistoryAndOptions() async throws {
        try await withServer { server, client in
            let messages = [
                ChatMessage(role: .user, content: "Hi"), ChatMessage(role: .assistant, content: "Hello!"),
                ChatMessage(role: .user, content: "Привет 👋"),
            ]
            let settings = ChatRequestSettings(
                options: ChatOptions(temperature: 0.5, topK: 40, stop: ["<end>", "\n\n"]), think: .high,
                keepAlive: .duration("10m"))
            _ = await collect(client.chat(messages: messages, model: "tiny", settings: settings))
            let request = try #require(server.requests.last)
            #expect(request.path == "/api/chat")
            let body = try JSONValue.parse(request.body)
            #expect(body["model"]?.stringValue == "tiny")
            #expect(body["stream"]?.boolValue == true)
            #expect(body["options"]?["temperature"]?.doubleValue == 0.5)
            #expect(body["options"]?["top_k"]?.doubleValue == 40)
            #expect(body["options"]?["stop"]?.arrayValue?.compactMap(\.stringValue) == ["<end>", "\n\n"])
            #expect(body["options"]?["top_p"] == nil, "an option not set is left out")
            #expect(body["think"]?.stringValue == "high")
            #expect(body["keep_alive"]?.stringValue == "10m")
            #expect(body["messages"]?.arrayValue?.first?["images"] == nil, "no images: no field")
            let sent = body["messages"]?.arrayValue?.map {
                "\($0["role"]?.stringValue ?? ""):\($0["content"]?.stringValue ?? "")"
            }
            #expect(sent == ["user:Hi", "assistant:Hello!", "user:Привет 👋"])
        }
    }

    @Test func thinkOnAndOffAreBooleansAndImagesAreSent() async throws {
        try await withServer { server, client in
            let image = ChatMessage(role: .user, content: "What is it?", images: ["iVBORw0KGgo="])
            _ = await collect(client.chat(messages: [image], model: "tiny", settings: ChatRequestSettings(think: .off)))
            let off = try JSONValue.parse(try #require(server.requests.last).body)
            #expect(off["think"]?.boolValue == false)
            #expect(off["options"] == nil && off["keep_alive"] == nil)
            #expect(
                off["messages"]?.arrayValue?.first?["images"]?.arrayValue?.compactMap(\.stringValue) == ["iVBORw0KGgo="]
            )
            let forever = ChatRequestSettings(think: .on, keepAlive: .seconds(-1))
            _ = await collect(client.chat(messages: [image], model: "tiny", settings: forever))
            let on = try JSONValue.parse(try #require(server.requests.last).body)
            #expect(on["think"]?.boolValue == true)
            #expect(on["keep_alive"]?.doubleValue == -1)
        }
    }

    @Test func anUnknownModelIsA404() async throws {
        try await withServer { _, client in
            let chunks = await collect(client.chat(messages: hello, model: "nope"))
            #expect(chunks == [.failed(.httpStatus(code: 404, message: "model 'nope:latest' not found"))])
            #expect(chunks.first.map { if case .failed(let e) = $0 { e.isModelNotFound } else { false } } == true)
        }
    }

    @Test(arguments: [
        (
            ChatReply.status(400, body: "{\"error\":\"\\\"gemma3:270m\\\" does not support thinking\"}"),
            OllamaError.thinkingUnsupported(model: "gemma3:270m")
        ),
        (
            ChatReply.status(500, body: "{\"error\":\"llama runner process has terminated\"}"),
            OllamaError.httpStatus(code: 500, message: "llama runner process has terminated")
        ),
        (
            ChatReply.status(502, body: "<html>Bad gateway</html>\n", contentType: "text/html"),
            OllamaError.httpStatus(code: 502, message: "<html>Bad gateway</html>")
        ),
        (
            ChatReply.status(503, body: "", contentType: "text/plain"),
            OllamaError.httpStatus(code: 503, message: "Service Unavailable")
        ),
    ])
    func httpErrorsCarryTheServersMessage(_ reply: ChatReply, _ expected: OllamaError) async throws {
        try await withServer(ServerScript(chat: reply)) { _, client in
            #expect(await collect(client.chat(messages: hello, model: "tiny")) == [.failed(expected)])
        }
    }

    @Test func anErrorLineEndsTheStreamAfterTheTextDelivered() async throws {
        let script = ChatScript(text: "one two three four", fault: .errorLine(afterTokens: 2, message: "out of memory"))
        try await withServer(ServerScript(chat: .scripted(script))) { _, client in
            let chunks = await collect(client.chat(messages: hello, model: "tiny"))
            #expect(chunks.text == "one two")
            #expect(chunks.last == .failed(.streamError(message: "out of memory")))
        }
    }

    @Test func aDroppedConnectionKeepsWhatArrived() async throws {
        let script = ChatScript(text: "one two three four", fault: .drop(afterTokens: 3))
        try await withServer(ServerScript(chat: .scripted(script))) { server, client in
            let chunks = await collect(client.chat(messages: hello, model: "tiny"))
            #expect(chunks.text == "one two three")
            #expect(chunks.last == .failed(.connectionLost(host: "http://\(server.hostValue)")))
        }
    }

    @Test func aStalledServerTimesOut() async throws {
        let script = ChatScript(text: "one two three", fault: .stall(afterTokens: 1))
        // Long enough that a loaded machine (the whole suite runs in parallel) still delivers the
        // first token before the timeout: 0.5 s failed one full run in four.
        try await withServer(ServerScript(chat: .scripted(script)), idleTimeout: 2) { _, client in
            let chunks = await collect(client.chat(messages: hello, model: "tiny"))
            #expect(chunks == [.content("one"), .failed(.timeout(seconds: 2))])
        }
    }

    @Test func aMalformedLineEndsTheAnswerWithAnExcerpt() async throws {
        let script = ChatScript(text: "one two", fault: .malformedLine(afterTokens: 1))
        try await withServer(ServerScript(chat: .scripted(script))) { _, client in
            let chunks = await collect(client.chat(messages: hello, model: "tiny"))
            #expect(chunks.first == .content("one"))
            guard case .failed(.malformedLine(let excerpt)) = chunks.last else {
                Issue.record("expected a malformed-line failure, got \(chunks)")
                return
            }
            #expect(excerpt.hasPrefix("{\"model\":\"broken\""))
            #expect(chunks.text == "one")
        }
    }

    @Test func charactersSplitAcrossChunksArriveWhole() async throws {
        var script = ChatScript(text: "Привет, 世界! 👍🏽 émoji ❤️ done")
        script.splitInsideCharacters = true
        try await withServer(ServerScript(chat: .scripted(script))) { _, client in
            let chunks = await collect(client.chat(messages: hello, model: "tiny"))
            #expect(chunks.text == "Привет, 世界! 👍🏽 émoji ❤️ done")
            #expect(!chunks.text.contains("\u{FFFD}"))
        }
    }

    @Test func aLineOfSeveralMebibytes() async throws {
        let big = String(repeating: "é", count: 2 << 20)
        try await withServer(ServerScript(chat: .scripted(ChatScript(tokens: ["start ", big, " end"])))) { _, client in
            let chunks = await collect(client.chat(messages: hello, model: "tiny"))
            #expect(chunks.text == "start " + big + " end")
        }
    }

    @Test func aHundredThousandTokenAnswer() async throws {
        try await withServer(ServerScript(chat: .scripted(.counting(100_000)))) { _, client in
            var text = ""
            var last: ChatChunk?
            for await chunk in client.chat(messages: hello, model: "tiny") {
                if case .content(let piece) = chunk { text += piece }
                last = chunk
            }
            #expect(text == (1...100_000).map { " w\($0)" }.joined())
            guard case .done(let counters) = last else {
                Issue.record("no final chunk")
                return
            }
            #expect(counters.evalCount == 100_000)
        }
    }

    @Test func textThatArrivesTogetherIsOneChunk() async throws {
        let server = try await OllamaTestServer.start(script: ServerScript(chat: .capture("chat-stream")))
        let client = OllamaClient(
            configuration: OllamaClientConfiguration(host: try OllamaHost.parse(server.hostValue)))
        let chunks = await collect(client.chat(messages: hello, model: "tiny"))
        // The capture is replayed in one write: its 24 tokens reach the client in one or a few reads.
        #expect(chunks.contentCount < 24)
        #expect(chunks.contentCount >= 1)
        await client.shutdown()
        try await server.shutdown()
    }

    @Test func aCoalescingIntervalJoinsTextThatArrivesWithinIt() async throws {
        let server = try await OllamaTestServer.start(
            script: ServerScript(chat: .scripted(.counting(40, tokensPerSecond: 200))))
        let host = try OllamaHost.parse(server.hostValue)
        let client = OllamaClient(configuration: OllamaClientConfiguration(host: host, coalescingInterval: 0.05))
        let start = ContinuousClock.now
        let chunks = await collect(client.chat(messages: hello, model: "tiny"))
        let elapsed = ContinuousClock.now - start
        #expect(chunks.text == (1...40).map { " w\($0)" }.joined())
        // Handed over at most every 50 ms: 40 tokens over 0.2 s come in a handful of chunks, not
        // 40. The bound follows the time the answer took, which a loaded machine stretches.
        let span = elapsed / .milliseconds(50)
        #expect(Double(chunks.contentCount) <= span + 2)
        #expect(chunks.last.map { if case .done = $0 { true } else { false } } == true)
        await client.shutdown()
        try await server.shutdown()
    }

    @Test func heldTextIsHandedOverWhenTheIntervalEndsThoughTheServerGoesQuiet() async throws {
        // Two tokens 5 ms apart, then silence: the second arrives within the first handover's
        // interval and is held; it must still come when the interval ends, though no read
        // follows to carry it.
        var script = ChatScript.counting(2, tokensPerSecond: 200)
        script.fault = .stall(afterTokens: 2)
        let server = try await OllamaTestServer.start(script: ServerScript(chat: .scripted(script)))
        let host = try OllamaHost.parse(server.hostValue)
        let client = OllamaClient(configuration: OllamaClientConfiguration(host: host, coalescingInterval: 0.05))
        let consumer = Task {
            var text = ""
            for await chunk in client.chat(messages: hello, model: "tiny") {
                if case .content(let piece) = chunk { text += piece }
                if text == " w1 w2" { break }
            }
            return text
        }
        let watchdog = Task {
            try await Task.sleep(for: .seconds(10))
            consumer.cancel()
        }
        let text = await consumer.value
        watchdog.cancel()
        #expect(text == " w1 w2")
        await client.shutdown()
        try await server.shutdown()
    }

    @Test func aFloodIsNotHeldBack() async throws {
        // As fast as the socket takes it. Holding every read back for the interval would hand
        // over a couple of KiB per interval (minutes for this answer); the client sees the flood
        // and reads freely, handing over once per interval.
        let tokens = 20_000
        let server = try await OllamaTestServer.start(script: ServerScript(chat: .scripted(.counting(tokens))))
        let host = try OllamaHost.parse(server.hostValue)
        let client = OllamaClient(configuration: OllamaClientConfiguration(host: host, coalescingInterval: 0.1))
        let start = ContinuousClock.now
        let consumer = Task { await collect(client.chat(messages: hello, model: "tiny")) }
        let watchdog = Task {
            try await Task.sleep(for: .seconds(20))
            consumer.cancel()
        }
        let chunks = await consumer.value
        watchdog.cancel()
        let complete = chunks.text == (1...tokens).map { " w\($0)" }.joined()
        #expect(complete)
        // About one handover per interval, as long as the answer took (a loaded machine stretches
        // it); held back, it would be one per couple of KiB, thousands.
        let intervals = (ContinuousClock.now - start) / .milliseconds(100)
        #expect(Double(chunks.contentCount) <= intervals + 3)
        await client.shutdown()
        try await server.shutdown()
    }

    @Test func cancellingTheConsumerClosesTheConnection() async throws {
        let script = ChatScript.counting(1000, tokensPerSecond: 50)
        try await withServer(ServerScript(chat: .scripted(script))) { server, client in
            let consumer = Task {
                var received = 0
                for await chunk in client.chat(messages: hello, model: "tiny") {
                    if case .content = chunk { received += 1 }
                    if received == 3 { break }
                }
                return received
            }
            #expect(await consumer.value == 3)
            let deadline = ContinuousClock.now + .seconds(10)
            while server.streams.closedByClient == 0 && ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(server.streams.closedByClient == 1)
            #expect(server.streams.finished == 0)
            #expect((server.streams.tokensSentBeforeClose.first ?? 1000) < 100)
        }
    }

    @Test func cancellingTheTaskEndsTheStream() async throws {
        let script = ChatScript.counting(1000, tokensPerSecond: 50)
        try await withServer(ServerScript(chat: .scripted(script))) { server, client in
            let stream = client.chat(messages: hello, model: "tiny")
            let consumer = Task { await collect(stream) }
            // Cancel once the answer is flowing (before that, no stream would exist to close).
            let started = ContinuousClock.now + .seconds(10)
            while server.streams.started == 0 && ContinuousClock.now < started {
                try await Task.sleep(for: .milliseconds(10))
            }
            try await Task.sleep(for: .milliseconds(100))
            consumer.cancel()
            let chunks = await consumer.value
            // Uncancelled, the answer would run 20 s to its end; a loaded machine may deliver a
            // few seconds' worth before the cancellation lands, never the end.
            #expect(chunks.count < 500)
            #expect(!chunks.contains { if case .done = $0 { true } else { false } })
            let deadline = ContinuousClock.now + .seconds(10)
            while server.streams.closedByClient == 0 && ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(server.streams.closedByClient == 1)
        }
    }
}
