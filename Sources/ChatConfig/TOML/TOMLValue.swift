/// A value of a TOML document (TOML 1.0). Dates and times are kept as written: no setting is one.
enum TOMLValue: Equatable, CustomStringConvertible {
    case string(String)
    case integer(Int64)
    case float(Double)
    case boolean(Bool)
    case dateTime(String)
    case array([TOMLValue])
    case table(TOMLTable)

    var string: String? {
        if case .string(let value) = self { value } else { nil }
    }

    var int: Int64? {
        if case .integer(let value) = self { value } else { nil }
    }

    var double: Double? {
        if case .float(let value) = self { value } else { nil }
    }

    var bool: Bool? {
        if case .boolean(let value) = self { value } else { nil }
    }

    var array: [TOMLValue]? {
        if case .array(let value) = self { value } else { nil }
    }

    var table: TOMLTable? {
        if case .table(let value) = self { value } else { nil }
    }

    /// The value as TOML would write it (for messages about a value of the wrong kind).
    var description: String {
        switch self {
        case .string(let value): "\"\(value)\""
        case .integer(let value): String(value)
        case .float(let value): String(value)
        case .boolean(let value): String(value)
        case .dateTime(let value): value
        case .array(let values): "[" + values.map(\.description).joined(separator: ", ") + "]"
        case .table(let table):
            "{" + table.keys.map { "\($0) = \(table[$0]?.description ?? "")" }.joined(separator: ", ") + "}"
        }
    }
}

/// A TOML table: its keys in the order of the file, each with its value and the line it is on.
struct TOMLTable: Equatable {
    private(set) var keys: [String] = []
    private var entries: [String: Entry] = [:]

    /// A key's value, its line, and whether a `[header]` defined it (a table may be defined once).
    struct Entry: Equatable {
        var value: TOMLValue
        var line: Int
        var isDefinedByHeader = false
    }

    subscript(_ key: String) -> TOMLValue? { entries[key]?.value }

    /// The 1-based line on which `key` was given.
    func line(of key: String) -> Int? { entries[key]?.line }

    func entry(_ key: String) -> Entry? { entries[key] }

    /// Adds or replaces `key`, keeping its first place in the order.
    mutating func set(_ key: String, _ entry: Entry) {
        if entries[key] == nil { keys.append(key) }
        entries[key] = entry
    }
}
