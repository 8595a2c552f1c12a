import OllamaKit

/// What the full-screen UI says when a slash command has run.
extension Strings {
    public var systemPromptSet: String { pick("System prompt set for this chat", "Системный запрос задан для чата") }
    public var systemPromptCleared: String { pick("System prompt removed", "Системный запрос убран") }

    public func parameterSet(_ name: OptionField.Name, _ value: OptionValue) -> String {
        pick("\(name.rawValue) set to \(value.text) for this chat", "\(name.rawValue) = \(value.text) для этого чата")
    }

    public func thinkSet(_ mode: ThinkMode) -> String {
        pick("Thinking: \(mode.rawValue) for this chat", "Размышления: \(mode.rawValue) для этого чата")
    }

    /// `/show parameters`: the heading over the chat's own options.
    public var chatOptionsHeading: String { pick("This chat's options:", "Параметры этого чата:") }

    /// `/show parameters`: the model's own values, under the chat's.
    public func modelParameterLines(_ details: ModelDetails) -> [String] {
        guard !details.parameters.isEmpty else { return [] }
        return [pick("The model's own:", "Значения модели:")]
            + details.parameters.map { "  \($0.name) \($0.value)" }
    }

    /// `/show system`: the system prompt the model was made with.
    public func modelSystemPromptLines(_ details: ModelDetails) -> [String] {
        guard let system = details.systemPrompt else { return [] }
        return [pick("The model's own system prompt:", "Системный запрос модели:")]
            + system.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
    }

    /// An image waits for the next message.
    public func imageAttached(_ image: ImageAttachment) -> String {
        pick(
            "Attached \(imageLabel(image)): it goes with the next message",
            "Прикреплено \(imageLabel(image)): уйдёт со следующим сообщением")
    }

    /// The separator's word on images attached with `/image`, not sent yet (F2 drops them).
    public func imagesWaiting(_ images: [ImageAttachment]) -> String {
        images.map(imageLabel).joined(separator: " ")
            + pick(" goes with the next message", " уйдёт со следующим сообщением")
    }

    /// The help overlay's heading over the slash commands.
    public var commandsHeading: String { pick("Commands in the input line", "Команды в строке ввода") }

    /// The completion popup's hint.
    public var completionHint: String { pick("Tab completes", "Tab дополняет") }
}
