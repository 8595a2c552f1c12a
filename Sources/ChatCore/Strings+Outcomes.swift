/// The words for servers that answer but cannot be used, and for answers that end unusually.
extension Strings {
    /// Something answers at the host, but the conversation broke (reset, TLS, closed).
    public var cannotConnect: String {
        pick("❌ Cannot connect to Ollama", "❌ Не удаётся подключиться к Ollama")
    }
}
