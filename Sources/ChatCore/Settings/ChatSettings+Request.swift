import OllamaKit

/// What goes to `POST /api/chat` for a chat: its messages after the system prompt, and the
/// options, think mode and keep-alive of its settings.
public struct ChatRequest: Sendable, Equatable {
    public var messages: [ChatMessage]
    public var settings: ChatRequestSettings

    /// The request for `history` (the messages as `SessionHistory.forAPI` gives them) with `settings`.
    public init(history: [ChatMessage], settings chat: ChatSettings) {
        messages = (chat.system.isEmpty ? [] : [ChatMessage(role: .system, content: chat.system)]) + history
        settings = ChatRequestSettings(options: chat.options, think: chat.think, keepAlive: chat.keepAlive)
    }
}

extension ChatSettings {
    /// The option values as the request's `options`.
    var options: ChatOptions {
        var options = ChatOptions()
        for (name, value) in values {
            switch (name, value) {
            case (.temperature, .decimal(let number)): options.temperature = number
            case (.topP, .decimal(let number)): options.topP = number
            case (.topK, .whole(let number)): options.topK = number
            case (.minP, .decimal(let number)): options.minP = number
            case (.seed, .whole(let number)): options.seed = number
            case (.numCtx, .whole(let number)): options.numCtx = number
            case (.numPredict, .whole(let number)): options.numPredict = number
            case (.repeatPenalty, .decimal(let number)): options.repeatPenalty = number
            case (.stop, .sequences(let sequences)): options.stop = sequences
            default: break
            }
        }
        return options
    }

    var keepAlive: KeepAlive? {
        if case .keepAlive(let keepAlive) = values[.keepAlive] { return keepAlive }
        return nil
    }
}

extension OllamaClient {
    /// Streams the answer to `history` in a chat with `settings`: the one way both front ends ask.
    public func chat(history: [ChatMessage], model: String, settings: ChatSettings) -> AsyncStream<ChatChunk> {
        let request = ChatRequest(history: history, settings: settings)
        return chat(messages: request.messages, model: model, settings: request.settings)
    }
}
