/// A parsed JSON value. Ollama's stream is decoded with this small reader instead of `JSONDecoder`
/// because it runs once per token and must cost well under a microsecond per line.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The member `key` of an object, or nil.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var doubleValue: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The number as an integer when it is one exactly (counters, sizes, durations).
    public var int64Value: Int64? {
        guard case .number(let value) = self, value.rounded() == value,
              value >= -9.0e18, value <= 9.0e18 else { return nil }
        return Int64(value)
    }

    public var intValue: Int? { int64Value.map { Int($0) } }

    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    public var objectValue: [String: JSONValue]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// Parses one JSON document; trailing white space is allowed, anything else after it is not.
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
        let result: Result<JSONValue, JSONParseError>? = bytes.withContiguousStorageIfAvailable { buffer in
            parseBuffer(buffer)
        }
        if let result { return try result.get() }
        return try Array(bytes).withUnsafeBufferPointer { parseBuffer($0) }.get()
    }

    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    private static func parseBuffer(_ buffer: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, JSONParseError> {
        var reader = JSONReader(buffer)
        do {
            let value = try reader.readDocument()
            return .success(value)
        } catch {
            return .failure(error)
        }
    }
}

/// Where and why a JSON text could not be read.
public struct JSONParseError: Error, Sendable, Equatable {
    public let offset: Int
    public let reason: String
}
