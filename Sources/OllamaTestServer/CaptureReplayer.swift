import NIOCore

/// Replays a captured streamed answer at its captured pace, on its connection's event loop: the
/// capture's status line and headers, then each chunk of its body as captured (or one chunk a
/// line where only the body was kept), sent when its line's `created_at` comes (counted from the
/// first line's), the last one with the final empty chunk.
final class CaptureReplayer {
    private let context: ChannelHandlerContext
    private let capture: Capture
    private let onFinish: @Sendable () -> Void
    /// Chunks sent so far.
    private(set) var linesSent = 0
    private(set) var isFinished = false
    private var stopped = false

    init(context: ChannelHandlerContext, capture: Capture, onFinish: @escaping @Sendable () -> Void) {
        self.context = context
        self.capture = capture
        self.onFinish = onFinish
    }

    func start() {
        let pieces = Self.pieces(of: capture)
        let times = pieces.map { Self.createdAt(in: $0.data) }
        let first = times.compactMap { $0 }.first ?? 0
        var previous: Int64 = 0
        let offsets = times.map { time -> Int64 in
            // A piece without a time (or with an earlier one) goes with the piece before it.
            let offset = max(previous, time.map { Int64(($0 - first) * 1e9) } ?? previous)
            previous = offset
            return offset
        }
        context.writeAndFlush(
            NIOAny(context.channel.allocator.buffer(bytes: capture.headBytes(date: HTTPWire.date()))), promise: nil)
        let loop = context.eventLoop.assumeIsolated()
        for (index, piece) in pieces.enumerated() {
            let isLast = index == pieces.count - 1
            loop.scheduleTask(in: .nanoseconds(offsets[index])) { self.send(piece.wire, isLast: isLast) }
        }
        if pieces.isEmpty { send(HTTPWire.lastChunk, isLast: true) }
    }

    /// The body's pieces as sent: the captured chunks (the last one with the final empty chunk)
    /// where the capture kept its framing, else one chunk a line.
    static func pieces(of capture: Capture) -> [(data: ArraySlice<UInt8>, wire: [UInt8])] {
        guard let raw = capture.raw else {
            let lines = capture.body.split(separator: 0x0A)
            return lines.enumerated().map { index, line in
                let wire = HTTPWire.chunk(Array(line) + [0x0A])
                return (line, index == lines.count - 1 ? wire + HTTPWire.lastChunk : wire)
            }
        }
        var pieces: [(data: ArraySlice<UInt8>, wire: [UInt8])] = []
        var start = raw.startIndex
        while start < raw.endIndex, let lineEnd = raw[start...].firstIndex(of: 0x0D) {
            let size = Int(String(decoding: raw[start..<lineEnd], as: UTF8.self), radix: 16) ?? 0
            let dataStart = min(lineEnd + 2, raw.endIndex)
            let dataEnd = min(dataStart + size, raw.endIndex)
            let end = min(dataEnd + 2, raw.endIndex)
            if size == 0 {
                // The final chunk (and anything after it) goes out with the last piece.
                if pieces.isEmpty { pieces.append((raw[start..<start], [])) }
                pieces[pieces.count - 1].wire += raw[start...]
                break
            }
            pieces.append((raw[dataStart..<dataEnd], Array(raw[start..<end])))
            start = end
        }
        return pieces
    }

    func stop() {
        stopped = true
    }

    private func send(_ wire: [UInt8], isLast: Bool) {
        guard !stopped, !isFinished, context.channel.isActive else { return }
        linesSent += 1
        isFinished = isLast
        context.writeAndFlush(NIOAny(context.channel.allocator.buffer(bytes: wire)), promise: nil)
        if isLast { onFinish() }
    }

    /// Seconds since midnight of a line's `"created_at":"2026-11-24T22:09:53.537692079Z"`.
    static func createdAt(in line: ArraySlice<UInt8>) -> Double? {
        let text = String(decoding: line, as: UTF8.self)
        guard let key = text.firstRange(of: "\"created_at\":\""),
            let tee = text[key.upperBound...].firstIndex(of: "T")
        else { return nil }
        let clock = text[text.index(after: tee)...].prefix { $0 != "Z" && $0 != "\"" && $0 != "+" }
        let parts = clock.split(separator: ":")
        guard parts.count == 3, let hours = Double(parts[0]), let minutes = Double(parts[1]),
            let seconds = Double(parts[2])
        else { return nil }
        return hours * 3600 + minutes * 60 + seconds
    }
}
