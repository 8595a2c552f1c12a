/// Incremental UTF-8 decoder that survives arbitrary input splits and reports invalid input.
struct UTF8Accumulator: Sendable {
    /// Outcome of pushing one byte.
    enum Step: Equatable, Sendable {
        /// The byte was consumed; more continuation bytes are needed.
        case needMore
        /// The byte completed a scalar.
        case scalar(Unicode.Scalar)
        /// The byte was consumed as (the end of) an invalid sequence: emit one U+FFFD.
        case invalid
        /// The pending partial sequence was invalid: emit one U+FFFD, then re-process this byte.
        case invalidReprocess
    }

    private var remaining = 0
    private var value: UInt32 = 0
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xBF

    /// True while a multi-byte sequence is partially received.
    var isPending: Bool {
        remaining > 0
    }

    /// Feeds one byte (following the Unicode "maximal subpart" replacement practice).
    mutating func push(_ byte: UInt8) -> Step {
        if remaining > 0 {
            guard byte >= lower, byte <= upper else {
                reset()
                return .invalidReprocess
            }
            value = (value << 6) | UInt32(byte & 0x3F)
            remaining -= 1
            lower = 0x80
            upper = 0xBF
            guard remaining == 0 else { return .needMore }
            guard let scalar = Unicode.Scalar(value) else { return .invalid }
            return .scalar(scalar)
        }
        switch byte {
        case 0x00...0x7F: return .scalar(Unicode.Scalar(byte))
        case 0xC2...0xDF: start(remaining: 1, value: byte & 0x1F)
        case 0xE0: start(remaining: 2, value: byte & 0x0F, lower: 0xA0)
        case 0xE1...0xEC, 0xEE...0xEF: start(remaining: 2, value: byte & 0x0F)
        case 0xED: start(remaining: 2, value: byte & 0x0F, upper: 0x9F)
        case 0xF0: start(remaining: 3, value: byte & 0x07, lower: 0x90)
        case 0xF1...0xF3: start(remaining: 3, value: byte & 0x07)
        case 0xF4: start(remaining: 3, value: byte & 0x07, upper: 0x8F)
        default: return .invalid
        }
        return .needMore
    }

    /// Drops a pending partial sequence; returns true if there was one (caller emits U+FFFD).
    mutating func flush() -> Bool {
        let hadPartial = isPending
        reset()
        return hadPartial
    }

    private mutating func start(remaining: Int, value: UInt8, lower: UInt8 = 0x80, upper: UInt8 = 0xBF) {
        self.remaining = remaining
        self.value = UInt32(value)
        self.lower = lower
        self.upper = upper
    }

    private mutating func reset() {
        remaining = 0
        value = 0
        lower = 0x80
        upper = 0xBF
    }
}
