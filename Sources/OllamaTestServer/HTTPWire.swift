#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// HTTP/1.1 bytes as Ollama's Go server writes them: header order, Date format, chunk framing.
enum HTTPWire {
    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        default: "Status \(status)"
        }
    }

    /// Status line and headers; `contentLength` nil means a chunked body.
    static func head(status: Int, contentType: String, contentLength: Int?) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(reason(status))\r\nContent-Type: \(contentType)\r\nDate: \(date())\r\n"
        if let contentLength {
            text += "Content-Length: \(contentLength)\r\n"
        } else {
            text += "Transfer-Encoding: chunked\r\n"
        }
        return Array((text + "\r\n").utf8)
    }

    /// A complete response with a fixed-length body.
    static func response(status: Int, contentType: String, body: [UInt8]) -> [UInt8] {
        head(status: status, contentType: contentType, contentLength: body.count) + body
    }

    /// One chunk of a chunked body: size in lowercase hex, CRLF, data, CRLF.
    static func chunk(_ data: some Collection<UInt8>) -> [UInt8] {
        Array(String(data.count, radix: 16).utf8) + [0x0D, 0x0A] + data + [0x0D, 0x0A]
    }

    static let lastChunk: [UInt8] = Array("0\r\n\r\n".utf8)

    /// What Go's `net/http` server writes for a request it cannot parse, before it closes.
    static let badRequest: [UInt8] = Array(
        "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n400 Bad Request"
            .utf8)

    /// A body of NDJSON lines framed one chunk a line, as Ollama flushes them, with the last chunk.
    static func chunkedLines(_ body: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        for line in body.split(separator: 0x0A, omittingEmptySubsequences: false) where !line.isEmpty {
            out += chunk(Array(line) + [0x0A])
        }
        return out + lastChunk
    }

    /// `Tue, 24 Nov 2026 22:09:55 GMT` (RFC 7231 IMF-fixdate).
    static func date(_ now: time_t = time(nil)) -> String {
        var seconds = now
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int = 2) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let day = days[Int(parts.tm_wday) % 7]
        let month = months[Int(parts.tm_mon) % 12]
        return
            "\(day), \(pad(parts.tm_mday)) \(month) \(pad(parts.tm_year + 1900, 4)) \(pad(parts.tm_hour)):\(pad(parts.tm_min)):\(pad(parts.tm_sec)) GMT"
    }
}
