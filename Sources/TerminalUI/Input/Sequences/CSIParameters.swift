/// Parsed parameter bytes of a CSI/SS3 sequence: optional private marker, `;` params, `:` sub-params.
struct CSIParameters: Sendable {
    /// Numbers are clamped here so absurd inputs cannot overflow.
    static let maxValue = 9_999_999

    /// Leading `<`, `=`, `>` or `?` byte, if present.
    let privateMarker: UInt8?
    /// Parameters, each a list of `:`-separated sub-parameters (nil = empty/default).
    let values: [[Int?]]
    /// False if a marker byte (`<=>?`) appears after the first position.
    let isValid: Bool

    init(_ bytes: ArraySlice<UInt8>) {
        var remaining = bytes
        var marker: UInt8?
        if let first = remaining.first, (0x3C...0x3F).contains(first) {
            marker = first
            remaining = remaining.dropFirst()
        }
        var params: [[Int?]] = []
        var current: [Int?] = []
        var number: Int?
        var valid = true
        if !remaining.isEmpty {
            for byte in remaining {
                switch byte {
                case 0x30...0x39:
                    number = min((number ?? 0) * 10 + Int(byte - 0x30), Self.maxValue)
                case 0x3A:
                    current.append(number)
                    number = nil
                case 0x3B:
                    current.append(number)
                    params.append(current)
                    current = []
                    number = nil
                default:
                    valid = false
                }
            }
            current.append(number)
            params.append(current)
        }
        privateMarker = marker
        values = params
        isValid = valid
    }

    /// Number of `;`-separated parameters.
    var count: Int {
        values.count
    }

    /// First sub-parameter of parameter `index`, or nil if absent or empty.
    func value(at index: Int) -> Int? {
        subvalue(at: index, 0)
    }

    /// Sub-parameter `sub` of parameter `index`, or nil if absent or empty.
    func subvalue(at index: Int, _ sub: Int) -> Int? {
        guard values.indices.contains(index), values[index].indices.contains(sub) else { return nil }
        return values[index][sub]
    }
}
