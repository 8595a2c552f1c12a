/// A cell as the canvas stores it: plain data, so a frame clears, writes, compares and copies
/// cells without reference counting. The grapheme's UTF-8 bytes are held inline when there are
/// at most 15 of them (every single scalar and most clusters); a longer cluster is marked as
/// such and its text is kept beside the cells by the canvas.
struct PackedCell: Equatable, Sendable {
    /// Bytes 0–7 of the grapheme, the first in the lowest byte.
    private var low: UInt64
    /// Bytes 8–14 of the grapheme, and in the top byte their count (`longMark` for a long cluster).
    private var high: UInt64
    var role: StyleRole
    /// 1 normally, 2 for the left half of a wide grapheme, 0 for its right half.
    var width: UInt8

    /// The count byte of a cluster longer than 15 bytes.
    private static let longMark: UInt64 = 0xFF
    private static let inlineCapacity = 15

    private init(low: UInt64, high: UInt64, role: StyleRole, width: UInt8) {
        self.low = low
        self.high = high
        self.role = role
        self.width = width
    }

    /// A one-byte grapheme (printable ASCII).
    init(ascii byte: UInt8, role: StyleRole) {
        self.init(low: UInt64(byte), high: 1 << 56, role: role, width: 1)
    }

    /// A grapheme of `width` columns, or nil when it is longer than 15 bytes.
    init?(_ utf8: some Collection<UInt8>, role: StyleRole, width: Int) {
        guard utf8.count <= Self.inlineCapacity else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for (offset, byte) in utf8.enumerated() {
            if offset < 8 {
                low |= UInt64(byte) << (8 * offset)
            } else {
                high |= UInt64(byte) << (8 * (offset - 8))
            }
        }
        self.init(low: low, high: high | UInt64(utf8.count) << 56, role: role, width: UInt8(width))
    }

    /// The marker of a grapheme longer than 15 bytes, whose text the canvas keeps.
    static func long(role: StyleRole, width: Int) -> PackedCell {
        PackedCell(low: 0, high: longMark << 56, role: role, width: UInt8(width))
    }

    static func blank(_ role: StyleRole) -> PackedCell {
        PackedCell(ascii: 0x20, role: role)
    }

    static func continuation(_ role: StyleRole) -> PackedCell {
        PackedCell(low: 0, high: 0, role: role, width: 0)
    }

    var isContinuation: Bool { width == 0 }

    /// True when the grapheme's text is kept by the canvas, not here.
    var isLong: Bool { high >> 56 == Self.longMark }

    /// The grapheme's one byte when it is ASCII.
    var asciiByte: UInt8? {
        high >> 56 == 1 && low < 0x80 ? UInt8(truncatingIfNeeded: low) : nil
    }

    /// The grapheme held inline (empty for a continuation, and for a long cluster).
    var inlineText: String {
        guard !isLong else { return "" }
        let count = Int(high >> 56)
        var bytes = (low.littleEndian, (high & 0x00FF_FFFF_FFFF_FFFF).littleEndian)
        return withUnsafeBytes(of: &bytes) { raw in
            String(decoding: UnsafeRawBufferPointer(rebasing: raw.prefix(count)), as: UTF8.self)
        }
    }
}
