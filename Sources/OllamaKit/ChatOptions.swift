/// Model parameters sent as `options` (absent ones are left to the model's defaults), named as
/// Ollama's `api.Options` names them.
public struct ChatOptions: Sendable, Equatable, Encodable {
    public var temperature: Double?
    public var topP: Double?
    public var topK: Int?
    public var minP: Double?
    public var seed: Int?
    public var numCtx: Int?
    public var numPredict: Int?
    public var repeatPenalty: Double?
    public var stop: [String]?

    public init(
        temperature: Double? = nil, topP: Double? = nil, topK: Int? = nil, minP: Double? = nil, seed: Int? = nil,
        numCtx: Int? = nil, numPredict: Int? = nil, repeatPenalty: Double? = nil, stop: [String]? = nil
    ) {
        self.temperature = temperature
        self.topP = topP
        self.topK = topK
        self.minP = minP
        self.seed = seed
        self.numCtx = numCtx
        self.numPredict = numPredict
        self.repeatPenalty = repeatPenalty
        self.stop = stop
    }

    public var isEmpty: Bool { self == ChatOptions() }

    enum CodingKeys: String, CodingKey {
        case temperature
        case topP = "top_p"
        case topK = "top_k"
        case minP = "min_p"
        case seed
        case numCtx = "num_ctx"
        case numPredict = "num_predict"
        case repeatPenalty = "repeat_penalty"
        case stop
    }
}

/// The request's `think` field: off and on are `false` and `true`; the levels are the strings
/// models such as gpt-oss take.
public enum ThinkMode: String, Sendable, Equatable, CaseIterable, Encodable {
    case off, on, low, medium, high

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .off: try container.encode(false)
        case .on: try container.encode(true)
        case .low, .medium, .high: try container.encode(rawValue)
        }
    }
}

/// How long the server keeps the model loaded after a request (`keep_alive`): a number of
/// seconds (negative: for ever, 0: unload at once) or a Go duration such as `5m` or `1h30m`.
public enum KeepAlive: Sendable, Equatable, Encodable {
    case seconds(Double)
    case duration(String)

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .seconds(let seconds): try container.encode(seconds)
        case .duration(let text): try container.encode(text)
        }
    }
}

/// Everything of a chat request besides the model and the messages.
public struct ChatRequestSettings: Sendable, Equatable {
    public var options: ChatOptions
    public var think: ThinkMode?
    public var keepAlive: KeepAlive?

    public init(options: ChatOptions = ChatOptions(), think: ThinkMode? = nil, keepAlive: KeepAlive? = nil) {
        self.options = options
        self.think = think
        self.keepAlive = keepAlive
    }
}

/// The body of `POST /api/chat`.
struct ChatRequestBody: Encodable {
    var model: String
    var messages: [ChatMessage]
    var stream = true
    var options: ChatOptions?
    var think: ThinkMode?
    var keepAlive: KeepAlive?

    init(model: String, messages: [ChatMessage], settings: ChatRequestSettings) {
        self.model = model
        self.messages = messages
        options = settings.options.isEmpty ? nil : settings.options
        think = settings.think
        keepAlive = settings.keepAlive
    }

    enum CodingKeys: String, CodingKey {
        case model, messages, stream, options, think
        case keepAlive = "keep_alive"
    }
}
