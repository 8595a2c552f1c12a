/// The installed models of a `ModelList`, and `/api/tags`, `/api/ps` and `/api/show` bodies in
/// the captures' shapes.
enum ModelCatalog {
    static let capturedNames = ["tiny:latest", "gemma3:270m"]
    /// The model the `show` capture describes.
    static let capturedShowName = "gemma3:270m"

    /// The captured models as `TestModel`s (the same weights under two names), for a catalog
    /// that a pull or a delete changes.
    static let capturedModels = capturedNames.map {
        TestModel(name: $0, size: 253_114_013, parameterSize: "268.10M", quantization: "Q4_K_M", family: "gemma3")
    }

    static func models(_ list: ModelList) -> [TestModel] {
        switch list {
        case .captured: capturedModels
        case .empty, .failure, .reset: []
        case .custom(let models): models
        }
    }

    static func names(_ models: ModelList) -> [String] {
        switch models {
        case .captured: capturedNames
        case .empty, .failure, .reset: []
        case .custom(let list): list.map { normalized($0.name) }
        }
    }

    /// Ollama's name rule: a name without a tag means `:latest`.
    static func normalized(_ name: String) -> String {
        name.contains(":") ? name : name + ":latest"
    }

    static func tagsBody(_ models: [TestModel]) -> String {
        let entries = models.map { model -> String in
            let family = GoJSON.quote(model.family)
            var entry =
                "{\"name\":\(GoJSON.quote(model.name)),\"model\":\(GoJSON.quote(model.name)),\"modified_at\":\"2026-11-24T21:44:32.733800032Z\",\"size\":\(model.size),\"digest\":\"d0aa0196dc4d883d785d3b08289a0276532a04be8c4a8cf381d697d3aa8c945e\",\"details\":{\"parent_model\":\"\",\"format\":\"gguf\",\"family\":\(family),\"families\":[\(family)],\"parameter_size\":\(GoJSON.quote(model.parameterSize)),\"quantization_level\":\(GoJSON.quote(model.quantization))}"
            if let capabilities = model.capabilities {
                entry += ",\"capabilities\":[\(capabilities.map(GoJSON.quote).joined(separator: ","))]"
            }
            return entry + "}"
        }
        return "{\"models\":[\(entries.joined(separator: ","))]}"
    }

    /// `/api/ps` in the capture's field order; a model not installed gets the captured model's facts.
    static func psBody(_ loaded: [LoadedModel], installed: ModelList) -> String {
        let entries = loaded.map { entry -> String in
            let name = normalized(entry.name)
            let model = models(installed).first { normalized($0.name) == name }
            let isCaptured = model == nil || capturedNames.contains(name)
            let family = GoJSON.quote(model?.family ?? "gemma3")
            // The captured model takes more memory loaded than on disk; others, their disk size.
            let size = isCaptured ? 477_798_912 : model?.size ?? 0
            return
                "{\"name\":\(GoJSON.quote(name)),\"model\":\(GoJSON.quote(name)),\"size\":\(size),\"digest\":\"d0aa0196dc4d883d785d3b08289a0276532a04be8c4a8cf381d697d3aa8c945e\",\"details\":{\"parent_model\":\"\",\"format\":\"gguf\",\"family\":\(family),\"families\":[\(family)],\"parameter_size\":\(GoJSON.quote(model?.parameterSize ?? "268.10M")),\"quantization_level\":\(GoJSON.quote(model?.quantization ?? "Q4_K_M"))},\"expires_at\":\"\(GoJSON.timestamp(after: 300))\",\"size_vram\":0,\"context_length\":\(entry.contextLength)}"
        }
        return "{\"models\":[\(entries.joined(separator: ","))]}"
    }

    /// The `show` capture's body with another model's name in its modelfile and, when given,
    /// other capabilities; nil when the capture is missing.
    static func showBody(name: String, capabilities: [String]?) -> String? {
        guard let bytes = CaptureLibrary.file("show.body") else { return nil }
        var body = String(decoding: bytes, as: UTF8.self)
        let quoted = GoJSON.quote(name)
        body = body.replacing("# FROM \(capturedShowName)", with: "# FROM " + quoted.dropFirst().dropLast())
        if let capabilities {
            body = body.replacing(
                "\"capabilities\":[\"completion\"]",
                with: "\"capabilities\":[\(capabilities.map(GoJSON.quote).joined(separator: ","))]")
        }
        return body
    }
}
