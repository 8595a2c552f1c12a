#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A model installed on the server, as `GET /api/tags` lists it.
public struct ModelSummary: Sendable, Equatable {
    public var name: String
    /// Size on disk in bytes.
    public var size: Int64
    /// E.g. `268.10M`, `2.6B`.
    public var parameterSize: String?
    /// E.g. `Q4_K_M`.
    public var quantization: String?
    public var family: String?
    public var modifiedAt: Date?
    /// From newer servers: `completion`, `tools`, `embedding`, ...; empty when the server does not say.
    public var capabilities: [String]

    public init(
        name: String, size: Int64, parameterSize: String? = nil, quantization: String? = nil,
        family: String? = nil, modifiedAt: Date? = nil, capabilities: [String] = []
    ) {
        self.name = name
        self.size = size
        self.parameterSize = parameterSize
        self.quantization = quantization
        self.family = family
        self.modifiedAt = modifiedAt
        self.capabilities = capabilities
    }

    /// Whether `requested` names this model by Ollama's rule: a name without a tag means `:latest`.
    public func isNamed(_ requested: String) -> Bool {
        name == Self.fullName(requested) || name == requested
    }

    /// A requested name as Ollama resolves it: without a tag, the tag is `latest`.
    public static func fullName(_ requested: String) -> String {
        requested.contains(":") ? requested : requested + ":latest"
    }

    /// False for embedding-only models, which cannot chat.
    public var canChat: Bool {
        capabilities.isEmpty || capabilities.contains("completion")
    }

    init?(json: JSONValue) {
        guard let name = json["name"]?.stringValue ?? json["model"]?.stringValue else { return nil }
        let details = json["details"]
        self.init(
            name: name,
            size: json["size"]?.int64Value ?? 0,
            parameterSize: details?["parameter_size"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 },
            quantization: details?["quantization_level"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 },
            family: details?["family"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 },
            modifiedAt: json["modified_at"]?.stringValue.flatMap(RFC3339.parse),
            capabilities: json["capabilities"]?.arrayValue?.compactMap(\.stringValue) ?? []
        )
    }
}

/// RFC 3339 timestamps as Go writes them, with up to nine fractional digits.
enum RFC3339 {
    static func parse(_ text: String) -> Date? {
        var whole = text
        var fraction = 0.0
        if let dot = text.firstIndex(of: "."),
            let zone = text[dot...].firstIndex(where: { $0 == "Z" || $0 == "+" || $0 == "-" })
        {
            fraction = Double("0" + text[dot..<zone]) ?? 0
            whole = String(text[..<dot] + text[zone...])
        }
        return (try? Date(whole, strategy: .iso8601)).map { $0.addingTimeInterval(fraction) }
    }
}
