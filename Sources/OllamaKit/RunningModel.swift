#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A model loaded in the server's memory, as `GET /api/ps` lists it.
public struct RunningModel: Sendable, Equatable {
    public var name: String
    /// The model it runs (the same as `name` for a local model).
    public var model: String
    /// Memory it takes, in bytes.
    public var size: Int64
    /// The part of `size` in GPU memory, in bytes (0 on a CPU).
    public var sizeVRAM: Int64
    /// When the server unloads it if it stays idle.
    public var expiresAt: Date?
    /// The context window it was loaded with, in tokens (older servers do not say).
    public var contextLength: Int?
    public var details: ModelFacts

    public init(
        name: String, model: String, size: Int64, sizeVRAM: Int64 = 0, expiresAt: Date? = nil,
        contextLength: Int? = nil, details: ModelFacts = ModelFacts()
    ) {
        self.name = name
        self.model = model
        self.size = size
        self.sizeVRAM = sizeVRAM
        self.expiresAt = expiresAt
        self.contextLength = contextLength
        self.details = details
    }

    init?(json: JSONValue) {
        guard let name = json["name"]?.stringValue ?? json["model"]?.stringValue else { return nil }
        self.init(
            name: name,
            model: json["model"]?.stringValue ?? name,
            size: json["size"]?.int64Value ?? 0,
            sizeVRAM: json["size_vram"]?.int64Value ?? 0,
            expiresAt: json["expires_at"]?.stringValue.flatMap(RFC3339.parse),
            contextLength: json["context_length"]?.intValue,
            details: ModelFacts(details: json["details"])
        )
    }
}

/// The `details` object Ollama sends with a model: family, parameter size and quantization.
public struct ModelFacts: Sendable, Equatable {
    public var family: String?
    /// E.g. `268.10M`, `2.6B`.
    public var parameterSize: String?
    /// E.g. `Q4_K_M`.
    public var quantization: String?

    public init(family: String? = nil, parameterSize: String? = nil, quantization: String? = nil) {
        self.family = family
        self.parameterSize = parameterSize
        self.quantization = quantization
    }

    /// Empty strings (Go's zero values) read as absent.
    init(details: JSONValue?) {
        func text(_ key: String) -> String? {
            details?[key]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        }
        self.init(
            family: text("family"), parameterSize: text("parameter_size"), quantization: text("quantization_level"))
    }
}
