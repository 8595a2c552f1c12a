#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Details of one model from `POST /api/show`, as the model-details screen shows them.
public struct ModelDetails: Sendable, Equatable {
    /// The context window in tokens, from `model_info["<architecture>.context_length"]`.
    public var contextLength: Int?
    public var capabilities: [String]
    /// E.g. `268.10M`, from `details.parameter_size`.
    public var parameterSize: String?
    /// The exact count, from `model_info["general.parameter_count"]`.
    public var parameterCount: Int64?
    public var quantization: String?
    /// `details.family`, or the architecture where the details do not say.
    public var family: String?
    /// The license text, when the server sends one (a long text: show its first lines).
    public var license: String?
    public var modifiedAt: Date?
    /// The `parameters` text as the server formats it (`ollama show --parameters` prints it).
    public var parametersText: String?
    /// `parametersText` as name and value pairs, in order; a name such as `stop` can repeat.
    public var parameters: [ModelParameter]
    /// The system prompt the model was made with, from the `system` field or the modelfile.
    public var systemPrompt: String?

    /// A model the server told nothing more about than its capabilities and context (tests,
    /// and a server too old for `/api/show`'s newer fields).
    public init(capabilities: [String] = [], contextLength: Int? = nil) {
        self.capabilities = capabilities
        self.contextLength = contextLength
        parameters = []
    }

    init(json: JSONValue) {
        let info = json["model_info"]?.objectValue ?? [:]
        let architecture = info["general.architecture"]?.stringValue
        let key = architecture.map { "\($0).context_length" }
        contextLength =
            key.flatMap { info[$0]?.intValue }
            ?? info.first { $0.key.hasSuffix(".context_length") }?.value.intValue
        capabilities = json["capabilities"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let facts = ModelFacts(details: json["details"])
        parameterSize = facts.parameterSize
        parameterCount = info["general.parameter_count"]?.int64Value
        quantization = facts.quantization
        family = facts.family ?? architecture
        license = json["license"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        modifiedAt = json["modified_at"]?.stringValue.flatMap(RFC3339.parse)
        parametersText = json["parameters"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        parameters = parametersText.map(ModelParameter.parse) ?? []
        systemPrompt =
            json["system"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
            ?? json["modelfile"]?.stringValue.flatMap(Modelfile.system)
    }
}

/// One line of a model's `parameters`: `temperature 1`, `stop "<end_of_turn>"`.
public struct ModelParameter: Sendable, Equatable {
    public var name: String
    /// The value without the quotes Ollama puts around strings.
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// Ollama writes each parameter on a line, the name padded with spaces to a column.
    static func parse(_ text: String) -> [ModelParameter] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard let gap = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
                return trimmed.isEmpty ? nil : ModelParameter(name: String(trimmed), value: "")
            }
            let name = String(trimmed[..<gap])
            var value = String(trimmed[gap...]).trimmingBlanks()
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            return ModelParameter(name: name, value: value)
        }
    }
}

/// Reads instructions out of a modelfile as `ollama show --modelfile` prints it.
enum Modelfile {
    /// The text of the `SYSTEM` instruction: `SYSTEM """…"""` over several lines, or one line.
    static func system(_ modelfile: String) -> String? {
        var rest = modelfile[...]
        while let range = rest.firstRange(of: "SYSTEM ") {
            let atLineStart = range.lowerBound == modelfile.startIndex || rest[..<range.lowerBound].last == "\n"
            let after = rest[range.upperBound...]
            rest = after
            guard atLineStart else { continue }
            if after.hasPrefix("\"\"\"") {
                let body = after.dropFirst(3)
                guard let end = body.firstRange(of: "\"\"\"") else { return nil }
                let text = String(body[..<end.lowerBound])
                return text.isEmpty ? nil : text
            }
            var line = String(after.prefix { $0 != "\n" }).trimmingBlanks()
            if line.count >= 2, line.hasPrefix("\""), line.hasSuffix("\"") {
                line = String(line.dropFirst().dropLast())
            }
            return line.isEmpty ? nil : line
        }
        return nil
    }
}
