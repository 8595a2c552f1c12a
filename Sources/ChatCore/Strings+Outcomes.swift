/// The words for servers that answer but cannot be used, and for answers that end unusually.
extension Strings {
    /// Something answers at the host, but the conversation broke (reset, TLS, closed).
    public var cannotConnect: String {
        pick("❌ Cannot connect to Ollama", "❌ Не удаётся подключиться к Ollama")
    }

    /// A plain-text 404, or a model list that is not Ollama's.
    public var notOllamaAPI: String {
        pick(
            "❌ This URL does not look like an Ollama API: check OLLAMA_HOST and its path prefix",
            "❌ Этот адрес не похож на API Ollama: проверьте OLLAMA_HOST и путь в нём")
    }

    /// HTTP 401 without a key.
    public var apiKeyNeeded: String {
        pick(
            "🔒 The server wants an API key: set OLLAMA_API_KEY (it is sent as Authorization: Bearer)",
            "🔒 Серверу нужен ключ API: задайте OLLAMA_API_KEY (он передаётся как Authorization: Bearer)")
    }

    /// HTTP 401 although a key was sent.
    public var apiKeyRefused: String {
        pick(
            "🔒 The server refused the API key: check OLLAMA_API_KEY",
            "🔒 Сервер не принял ключ API: проверьте OLLAMA_API_KEY")
    }

    /// The mark after an answer that ended at the token limit (`done_reason: "length"`).
    public var cutOffAtLimit: String {
        pick("⋯ cut off at the token limit (num_predict)", "⋯ обрезано на пределе токенов (num_predict)")
    }

    /// A headless run ended by SIGTERM or SIGHUP (Ctrl-C says `stopped`).
    public func endedBySignal(_ name: String) -> String {
        pick("⏹ ended by \(name)", "⏹ завершено сигналом \(name)")
    }
}
