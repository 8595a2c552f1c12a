/// The error for an HTTP status other than 200. Ollama's own errors are JSON
/// `{"error": "..."}`; a plain-text 404 (Go's `404 page not found`) comes from a path Ollama
/// does not serve, so the URL is not an Ollama API (a wrong path prefix, another server).
enum StatusError {
    static func make(code: Int, reason: String, body: [UInt8], url: String, keySent: Bool) -> OllamaError {
        if code == 401 { return .unauthorized(url: url, keySent: keySent) }
        if let json = try? JSONValue.parse(body), let message = json["error"]?.stringValue {
            if code == 400, let model = thinkingUnsupportedModel(message) { return .thinkingUnsupported(model: model) }
            return .httpStatus(code: code, message: message)
        }
        if code == 404 {
            let text = excerpt(body)
            return .notOllama(url: url, status: code, excerpt: text.isEmpty ? reason : text)
        }
        let text = excerpt(body, limit: 200)
        return .httpStatus(code: code, message: text.isEmpty ? reason : text)
    }

    /// The model of Ollama's `"gemma3:270m" does not support thinking` (Go's `%q` of the name).
    static func thinkingUnsupportedModel(_ message: String) -> String? {
        let suffix = "\" does not support thinking"
        guard message.hasPrefix("\""), message.hasSuffix(suffix), message.count > suffix.count else { return nil }
        let quoted = message.dropFirst().dropLast(suffix.count)
        var model = ""
        var escaped = false
        for character in quoted {
            if escaped || character != "\\" {
                model.append(character)
                escaped = false
            } else {
                escaped = true
            }
        }
        return model.isEmpty ? nil : model
    }

    /// The start of a body on one line, short enough for a detail line: control characters
    /// (line breaks among them) become spaces.
    static func excerpt(_ body: [UInt8], limit: Int = 60) -> String {
        let text = ChatLineDecoder.excerpt(of: body[...], limit: limit)
        let scalars = text.unicodeScalars.map { scalar -> Unicode.Scalar in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? " " : scalar
        }
        var line = String(String.UnicodeScalarView(scalars))
        while line.contains("  ") { line = line.replacing("  ", with: " ") }
        return line.trimmingBlanks()
    }
}
