/// The words for servers that answer but cannot be used, and for answers that end unusually.
extension Strings {
    /// Something answers at the host, but the conversation broke (reset, TLS, closed).
    public var cannotConnect: String {
        pick("❌ Cannot connect to Ollama", "❌ Не удаётся подключиться к Ollama")
    }

    /// A plain-text 404, or a model list that is not Ollama's.
    public var notOllamaAPI: String {
        pick("❌ This URL does not look like an Ollama API: check OLLAMA_HOST and its path prefix",
             "❌ Этот адрес не похож на API Ollama: проверьте OLLAMA_HOST и путь в нём")
    }
}
