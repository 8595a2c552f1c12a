import NIOCore

/// Streams one scripted answer on its connection's event loop: one HTTP chunk a line, paced or
/// as fast as the socket takes it, with the script's fault injected.
final class ChatStreamer {
    private let context: ChannelHandlerContext
    private let script: ChatScript
    private let model: String
    private let promptTokens: Int
    private let streaming: Bool
    private let onFinish: @Sendable () -> Void
    private var startedAt: NIODeadline = .now()
    private var firstTokenAt: NIODeadline?
    private(set) var tokensSent = 0
    private(set) var isFinished = false
    private var stopped = false
    /// Tokens a write holds when streaming unpaced: few enough to keep memory flat.
    private static let batchSize = 64

    init(
        context: ChannelHandlerContext, script: ChatScript, model: String, promptTokens: Int, streaming: Bool,
        onFinish: @escaping @Sendable () -> Void
    ) {
        self.context = context
        self.script = script
        self.model = model
        self.promptTokens = promptTokens
        self.streaming = streaming
        self.onFinish = onFinish
    }

    func start() {
        startedAt = .now()
        guard streaming else {
            sendWhole()
            return
        }
        let head = HTTPWire.head(status: 200, contentType: "application/x-ndjson", contentLength: nil)
        context.write(NIOAny(context.channel.allocator.buffer(bytes: head)), promise: nil)
        step()
    }

    func stop() {
        stopped = true
    }

    /// Sends the next token (paced) or batch (unpaced), then schedules the rest.
    private func step() {
        guard !stopped, context.channel.isActive else { return }
        let faultAt = script.fault?.afterTokens ?? Int.max
        var out: [UInt8] = []
        let limit = script.tokensPerSecond == nil ? Self.batchSize : 1
        var count = 0
        let thinking = script.thinking.count
        let total = thinking + script.tokens.count
        while count < limit, tokensSent < total, tokensSent < faultAt {
            if firstTokenAt == nil { firstTokenAt = .now() }
            let line =
                tokensSent < thinking
                ? GoJSON.thinkingLine(model: model, thinking: script.thinking[tokensSent])
                : GoJSON.chatLine(model: model, content: script.tokens[tokensSent - thinking])
            appendLine(line, to: &out)
            tokensSent += 1
            count += 1
        }
        if tokensSent >= faultAt, let fault = script.fault {
            writeAndFlush(out)
            inject(fault)
        } else if tokensSent >= total {
            writeAndFlush(out)
            finish()
        } else if let rate = script.tokensPerSecond, rate > 0 {
            writeAndFlush(out)
            let interval = TimeAmount.nanoseconds(Int64(1e9 / rate))
            context.eventLoop.assumeIsolated().scheduleTask(in: interval) { self.step() }
        } else {
            // The next batch waits for this one to reach the socket: memory stays flat however
            // long the answer, and a slow reader slows the stream as it would a real server.
            let promise = context.eventLoop.makePromise(of: Void.self)
            promise.futureResult.assumeIsolated().whenComplete { _ in self.step() }
            context.writeAndFlush(NIOAny(context.channel.allocator.buffer(bytes: out)), promise: promise)
        }
    }

    private func inject(_ fault: ChatFault) {
        switch fault {
        case .errorLine(_, let message):
            var out: [UInt8] = []
            appendLine(GoJSON.errorBody(message) + "\n", to: &out)
            writeAndFlush(out + HTTPWire.lastChunk)
            markFinished()
        case .drop:
            context.flush()
            markFinished()
            context.close(promise: nil)
        case .stall:
            context.flush()
        case .malformedLine:
            var out: [UInt8] = []
            appendLine("{\"model\":\"broken\",\"message\":{\"content\":\"unterminated\n", to: &out)
            writeAndFlush(out)
            finish()
        }
    }

    private func finish() {
        var out: [UInt8] = []
        appendLine(GoJSON.finalLine(model: model, doneReason: script.doneReason, counters: counters()), to: &out)
        writeAndFlush(out + HTTPWire.lastChunk)
        markFinished()
    }

    private func markFinished() {
        isFinished = true
        onFinish()
    }

    private func counters() -> [(String, Int64)] {
        guard script.includeCounters else { return [] }
        // Unpaced answers take microseconds here; report them at a plausible 50 tokens a second.
        let measured = (NIODeadline.now() - (firstTokenAt ?? startedAt)).nanoseconds
        let evalDuration = script.tokensPerSecond == nil ? Int64(max(1, tokensSent)) * 20_000_000 : max(1, measured)
        let promptDuration: Int64 = 11_300_203
        let loadDuration: Int64 = 87_053_746
        return [
            ("total_duration", loadDuration + promptDuration + evalDuration),
            ("load_duration", loadDuration),
            ("prompt_eval_count", Int64(promptTokens)),
            ("prompt_eval_duration", promptDuration),
            ("eval_count", Int64(tokensSent)),
            ("eval_duration", evalDuration),
        ]
    }

    /// Frames a line as Ollama does (one chunk), or cut inside its multi-byte characters.
    private func appendLine(_ line: String, to out: inout [UInt8]) {
        let bytes = Array(line.utf8)
        guard script.splitInsideCharacters else {
            out += HTTPWire.chunk(bytes)
            return
        }
        var start = 0
        for index in bytes.indices where index > start && (bytes[index] & 0xC0) == 0x80 {
            out += HTTPWire.chunk(bytes[start..<index])
            start = index
        }
        out += HTTPWire.chunk(bytes[start...])
    }

    private func writeAndFlush(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        context.writeAndFlush(NIOAny(context.channel.allocator.buffer(bytes: bytes)), promise: nil)
    }

    /// `stream: false`: one JSON object with the whole answer and the counters.
    private func sendWhole() {
        tokensSent = script.tokens.count
        firstTokenAt = .now()
        let content = script.tokens.joined()
        var line = GoJSON.finalLine(model: model, doneReason: script.doneReason, counters: counters())
        line = line.replacing("\"content\":\"\"", with: "\"content\":\(GoJSON.quote(content))")
        line.removeLast()
        context.writeAndFlush(
            NIOAny(
                context.channel.allocator.buffer(
                    bytes: HTTPWire.response(
                        status: 200, contentType: "application/json; charset=utf-8", body: Array(line.utf8)))),
            promise: nil
        )
        markFinished()
    }
}
