import NIOCore
import NIOHTTP1

/// What a streamed NDJSON answer's delegate keeps of the response as it arrives: its status, whether
/// a head came, the lines of a `200`, and the body of any other status (up to 64 KiB) for the
/// error it becomes. Shared by the chat and the pull.
struct NDJSONResponse {
    private(set) var status: HTTPResponseStatus = .ok
    private(set) var receivedHead = false
    var framer = NDJSONFramer()
    private var errorBody: [UInt8] = []
    private static let maxErrorBody = 64 << 10

    mutating func head(_ head: HTTPResponseHead) {
        status = head.status
        receivedHead = true
    }

    /// True when `buffer` carries lines (they are now in `framer`); false when it is kept as the
    /// body of an error status.
    mutating func take(_ buffer: ByteBuffer) -> Bool {
        guard status == .ok else {
            errorBody.append(contentsOf: buffer.readableBytesView.prefix(Self.maxErrorBody - errorBody.count))
            return false
        }
        framer.append(buffer.readableBytesView)
        return true
    }

    /// The error an answer with a status other than `200` is, nil for a `200`.
    func statusFailure(path: String, configuration: OllamaClientConfiguration) -> OllamaError? {
        guard status != .ok else { return nil }
        return StatusError.make(
            code: Int(status.code), reason: status.reasonPhrase, body: errorBody,
            url: configuration.host.url(for: path), keySent: configuration.sendsAPIKey)
    }
}
