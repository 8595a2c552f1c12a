/// A real Ollama HTTP answer, as captured: status line, headers and body (with chunk framing
/// where the server chunked).
public struct Capture: Sendable {
    public let name: String
    public let statusLine: String
    /// Header lines in the captured order, without `Date` (which is written anew).
    public let headers: [(name: String, value: String)]
    /// The body after HTTP decoding.
    public let body: [UInt8]
    /// The body as sent, with chunked framing, where the server chunked.
    public let raw: [UInt8]?

    /// The bytes a server sends for this capture, with `date` as the Date header.
    public func responseBytes(date: String) -> [UInt8] {
        let head = headBytes(date: date)
        if raw == nil && headers.contains(where: { $0.name == "Transfer-Encoding" }) {
            return head + HTTPWire.chunkedLines(body)
        }
        return head + (raw ?? body)
    }

    /// The status line and headers as captured, with `date` as the Date header.
    public func headBytes(date: String) -> [UInt8] {
        var head = statusLine + "\r\n"
        var wroteDate = false
        for header in headers {
            head += "\(header.name): \(header.value)\r\n"
            if header.name == "Content-Type" && !wroteDate {
                head += "Date: \(date)\r\n"
                wroteDate = true
            }
        }
        if !wroteDate { head += "Date: \(date)\r\n" }
        head += "\r\n"
        return Array(head.utf8)
    }
}

/// The captures of `shared/ollama-wire`, compiled into this module (`CaptureFiles`).
public enum CaptureLibrary {
    /// The bytes of one capture file (`chat-stream.body`), nil when there is none.
    public static func file(_ fileName: String) -> [UInt8]? {
        CaptureFiles.contents[fileName].map { Array($0.utf8) }
    }

    /// The names of the capture files compiled in.
    public static var fileNames: [String] { CaptureFiles.contents.keys.sorted() }

    public static func load(_ name: String) -> Capture? {
        guard let headerData = file("\(name).headers"), let body = file("\(name).body") else { return nil }
        let raw = file("\(name).raw")
        // Split on the bytes: as a Swift String, "\r\n" is one Character and never equals "\n".
        let lines = headerData.split(separator: 0x0A)
            .map { String(decoding: $0.filter { $0 != 0x0D }, as: UTF8.self) }
            .filter { !$0.isEmpty }
        guard let statusLine = lines.first else { return nil }
        let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = String(line[..<colon])
            let value = String(line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" })
            return name == "Date" ? nil : (name, value)
        }
        return Capture(name: name, statusLine: statusLine, headers: headers, body: body, raw: raw)
    }
}
