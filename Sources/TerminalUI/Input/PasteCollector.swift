/// Accumulates a bracketed-paste body in linear time until the `ESC [ 2 0 1 ~` end marker.
struct PasteCollector: Sendable {
    private static let endMarker: [UInt8] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]

    private var body: [UInt8] = []
    private var matched = 0

    /// Consumes `input` from `start` until the end marker completes or the input runs out.
    /// Returns the index after the last consumed byte and whether the paste finished.
    mutating func consume(_ input: [UInt8], from start: Int) -> (next: Int, finished: Bool) {
        var index = start
        while index < input.count {
            if matched == 0 {
                // Bulk-copy everything up to the next ESC: no per-byte work for ordinary text.
                guard let escape = input[index...].firstIndex(of: 0x1B) else {
                    body.append(contentsOf: input[index...])
                    return (input.count, false)
                }
                body.append(contentsOf: input[index..<escape])
                matched = 1
                index = escape + 1
                continue
            }
            if input[index] == Self.endMarker[matched] {
                matched += 1
                index += 1
                if matched == Self.endMarker.count {
                    matched = 0
                    return (index, true)
                }
            } else {
                // The marker has no self-overlap beyond its leading ESC, so the matched prefix is
                // plain body text; the current byte is rescanned with `matched == 0`.
                body.append(contentsOf: Self.endMarker[0..<matched])
                matched = 0
            }
        }
        return (index, false)
    }

    /// Returns the collected body as a String (CR and CRLF → LF, invalid UTF-8 → U+FFFD) and resets.
    mutating func takeText() -> String {
        var normalized: [UInt8] = []
        normalized.reserveCapacity(body.count)
        var previousWasCR = false
        for byte in body {
            if byte == 0x0D {
                normalized.append(0x0A)
                previousWasCR = true
            } else {
                if !(byte == 0x0A && previousWasCR) {
                    normalized.append(byte)
                }
                previousWasCR = false
            }
        }
        body = []
        matched = 0
        return String(decoding: normalized, as: UTF8.self)
    }
}
