import Foundation

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

/// The captures of `shared/ollama-wire`, shipped as this module's resources.
public enum CaptureLibrary {
    /// The folder the captures are read from.
    public static var directory: URL? {
        Bundle.module.url(forResource: "Captures", withExtension: nil)
    }

    public static func load(_ name: String) -> Capture? {
        guard let directory,
            let headerData = FileManager.default.contents(
                atPath: directory.appendingPathComponent("\(name).headers").path),
            let body = FileManager.default.contents(atPath: directory.appendingPathComponent("\(name).body").path)
        else { return nil }
        let raw = FileManager.default.contents(atPath: directory.appendingPathComponent("\(name).raw").path)
        // Split on the bytes: as a Swift String, "\r\n" is one Character and never equals "\n".
        let lines = Array(headerData).split(separator: 0x0A)
            .map { String(decoding: $0.filter { $0 != 0x0D }, as: UTF8.self) }
            .filter { !$0.isEmpty }
        guard let statusLine = lines.first else { return nil }
        let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = String(line[..<colon])
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            return name == "Date" ? nil : (name, value)
        }
        return Capture(
            name: name, statusLine: statusLine, headers: headers, body: Array(body), raw: raw.map(Array.init))
    }
}
