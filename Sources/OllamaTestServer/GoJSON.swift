#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// JSON text exactly as Go's `encoding/json` writes it, for lines byte-identical to Ollama's.
enum GoJSON {
    /// A quoted string with Go's escapes: `<`, `>`, `&`, U+2028 and U+2029 as `\u` escapes.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                out += "\\u" + hex4(scalar.value)
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + hex4(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Go's `time.RFC3339Nano` in UTC, `seconds` from now: nanoseconds with trailing zeros dropped.
    static func timestamp(after offset: Int = 0) -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = time_t(now.tv_sec) + time_t(offset)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        var fraction = pad(Int32(now.tv_nsec), 9)
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let date = "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))"
        let time = "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))"
        return "\(date)T\(time)\(fraction.isEmpty ? "" : "." + fraction)Z"
    }

    /// One line of a streamed chat answer.
    static func chatLine(model: String, content: String) -> String {
        "{\"model\":\(quote(model)),\"created_at\":\"\(timestamp())\",\"message\":{\"role\":\"assistant\",\"content\":\(quote(content))},\"done\":false}\n"
    }

    /// One line of streamed reasoning, as a thinking model sends it before its answer (Ollama's
    /// `message.thinking`, the content empty).
    static func thinkingLine(model: String, thinking: String) -> String {
        "{\"model\":\(quote(model)),\"created_at\":\"\(timestamp())\",\"message\":{\"role\":\"assistant\",\"content\":\"\",\"thinking\":\(quote(thinking))},\"done\":false}\n"
    }

    /// The last line, with `done_reason` and, when given, the counters in Ollama's order.
    static func finalLine(model: String, doneReason: String, counters: [(String, Int64)]) -> String {
        var line =
            "{\"model\":\(quote(model)),\"created_at\":\"\(timestamp())\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,\"done_reason\":\(quote(doneReason))"
        for (key, value) in counters { line += ",\"\(key)\":\(value)" }
        return line + "}\n"
    }

    static func errorBody(_ message: String) -> String {
        "{\"error\":\(quote(message))}"
    }
}
