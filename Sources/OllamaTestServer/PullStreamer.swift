import NIOCore

/// Streams one `/api/pull` on its connection's event loop as Ollama does: one chunk a line,
/// `pulling manifest`, each layer's `pulling <digest>` lines with growing byte counts,
/// `verifying sha256 digest`, `writing manifest`, `success`; or the script's fault.
final class PullStreamer {
    private let context: ChannelHandlerContext
    private let script: PullScript
    private let onSuccess: @Sendable () -> Void
    private let lines: [String]
    private(set) var linesSent = 0
    private(set) var isFinished = false
    private var stopped = false

    init(context: ChannelHandlerContext, script: PullScript, onSuccess: @escaping @Sendable () -> Void) {
        self.context = context
        self.script = script
        self.onSuccess = onSuccess
        lines = Self.lines(for: script)
    }

    /// The lines of a whole pull (or of one that fails at the manifest), each with its newline.
    static func lines(for script: PullScript) -> [String] {
        var statuses = [progress("pulling manifest")]
        if script.fault == .unknownModel {
            return statuses + [GoJSON.errorBody(PullFault.unknownModelMessage) + "\n"]
        }
        let updates = max(1, script.updatesPerLayer)
        for layer in script.layers {
            let status = "pulling \(layer.digest.dropFirst(7).prefix(12))"
            for step in 0...updates {
                let completed = layer.size * Int64(step) / Int64(updates)
                statuses.append(progress(status, digest: layer.digest, total: layer.size, completed: completed))
            }
        }
        return statuses + [progress("verifying sha256 digest"), progress("writing manifest"), progress("success")]
    }

    /// Go's encoding of Ollama's `ProgressResponse`: zero values of the `omitempty` fields left out.
    static func progress(_ status: String, digest: String? = nil, total: Int64 = 0, completed: Int64 = 0) -> String {
        var line = "{\"status\":\(GoJSON.quote(status))"
        if let digest { line += ",\"digest\":\(GoJSON.quote(digest))" }
        if total != 0 { line += ",\"total\":\(total)" }
        if completed != 0 { line += ",\"completed\":\(completed)" }
        return line + "}\n"
    }

    func start() {
        let head = HTTPWire.head(status: 200, contentType: "application/x-ndjson", contentLength: nil)
        context.writeAndFlush(NIOAny(context.channel.allocator.buffer(bytes: head)), promise: nil)
        step()
    }

    func stop() {
        stopped = true
    }

    private func step() {
        guard !stopped, !isFinished, context.channel.isActive else { return }
        if case .drop(let after) = script.fault, linesSent >= after {
            isFinished = true
            context.close(promise: nil)
            return
        }
        let isLast = linesSent == lines.count - 1
        var out = HTTPWire.chunk(Array(lines[linesSent].utf8))
        linesSent += 1
        if isLast { out += HTTPWire.lastChunk }
        context.writeAndFlush(NIOAny(context.channel.allocator.buffer(bytes: out)), promise: nil)
        if isLast {
            isFinished = true
            if script.fault == nil { onSuccess() }
            return
        }
        let interval = TimeAmount.nanoseconds(Int64(max(0, script.interval) * 1e9))
        context.eventLoop.assumeIsolated().scheduleTask(in: interval) { self.step() }
    }
}
