/// Splits a byte stream into NDJSON lines, whatever the chunk boundaries: lines split across
/// chunks, several lines in one chunk, `\r\n` endings, blank lines. Splitting on the `\n` byte is
/// safe inside multi-byte UTF-8, which never contains it, so a character cut between two chunks
/// is whole again in its line. Linear in the bytes received, however long a line grows.
public struct NDJSONFramer: Sendable {
    private var buffer: [UInt8] = []
    /// Start of the bytes not yet returned as a line.
    private var lineStart = 0
    /// Where the search for the next `\n` resumes, so a long line is scanned once.
    private var scanFrom = 0
    public let maxLineBytes: Int

    /// Lines longer than `maxLineBytes` are an error rather than unbounded memory.
    public init(maxLineBytes: Int = 64 << 20) {
        self.maxLineBytes = maxLineBytes
    }

    /// Adds received bytes; call `nextLine()` until it returns nil afterwards.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        if lineStart == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            lineStart = 0
            scanFrom = 0
        } else if lineStart > 4096 && lineStart > buffer.count / 2 {
            buffer.removeSubrange(0..<lineStart)
            scanFrom -= lineStart
            lineStart = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete, non-blank line without its line ending, or nil when none is complete.
    public mutating func nextLine() throws(NDJSONFramingError) -> ArraySlice<UInt8>? {
        while true {
            guard let newline = buffer[scanFrom...].firstIndex(of: 0x0A) else {
                scanFrom = buffer.count
                if buffer.count - lineStart > maxLineBytes { throw .lineTooLong(limit: maxLineBytes) }
                return nil
            }
            var end = newline
            if end > lineStart && buffer[end - 1] == 0x0D { end -= 1 }
            let line = buffer[lineStart..<end]
            lineStart = newline + 1
            scanFrom = lineStart
            if line.count > maxLineBytes { throw .lineTooLong(limit: maxLineBytes) }
            if !Self.isBlank(line) { return line }
        }
    }

    /// What is left when the stream ends: a last line that had no newline, if it is not blank.
    public mutating func finish() -> ArraySlice<UInt8>? {
        var end = buffer.count
        if end > lineStart && buffer[end - 1] == 0x0D { end -= 1 }
        let rest = buffer[lineStart..<end]
        lineStart = buffer.count
        scanFrom = buffer.count
        return Self.isBlank(rest) ? nil : rest
    }

    private static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}

/// Why the byte stream could not be split into lines.
public enum NDJSONFramingError: Error, Sendable, Equatable {
    case lineTooLong(limit: Int)
}
