/// What the test server answers: its models and how `/api/chat` replies, faults included.
public struct ServerScript: Sendable {
    public var version = "0.24.0"
    public var models: ModelList = .captured
    public var chat: ChatReply = .scripted(ChatScript(text: "Hello! How can I help you today?"))
    /// Replies for particular models (by name, `:latest` implied), in place of `chat`.
    public var replies: [String: ChatReply] = [:]
    /// The models `/api/ps` lists as loaded; nil answers with the `ps` capture.
    public var loaded: [LoadedModel]?
    /// Capabilities of particular models (by name, `:latest` implied), for `/api/show` and for
    /// `think` in `/api/chat`; a model not named here (and without `TestModel.capabilities`)
    /// gets the capture's `completion` in `/api/show` and is not checked for thinking.
    public var capabilities: [String: [String]] = [:]
    public var pull = PullScript()

    public init(
        models: ModelList = .captured,
        chat: ChatReply = .scripted(ChatScript(text: "Hello! How can I help you today?")),
        replies: [String: ChatReply] = [:]
    ) {
        self.models = models
        self.chat = chat
        self.replies = replies
    }

    /// How a chat with `model` is answered.
    func reply(for model: String) -> ChatReply {
        replies.first { ModelCatalog.normalized($0.key) == ModelCatalog.normalized(model) }?.value ?? chat
    }

    /// The capabilities the script gives `model`, nil when it gives none.
    func scriptedCapabilities(of model: String) -> [String]? {
        let name = ModelCatalog.normalized(model)
        if let scripted = capabilities.first(where: { ModelCatalog.normalized($0.key) == name })?.value {
            return scripted
        }
        if case .custom(let list) = models {
            return list.first { ModelCatalog.normalized($0.name) == name }?.capabilities
        }
        return nil
    }
}

/// The models `GET /api/tags` lists.
public enum ModelList: Sendable {
    /// The real capture: `tiny:latest` and `gemma3:270m`, byte for byte.
    case captured
    /// `{"models":[]}`, as the real capture of a server without models.
    case empty
    /// Models of the test's choosing, written in the same shape as the capture.
    case custom([TestModel])
    /// An HTTP error instead of a list.
    case failure(status: Int, body: String)
    /// The connection is reset (TCP RST) instead of an answer.
    case reset
}

/// A model for `ModelList.custom`.
public struct TestModel: Sendable, Equatable {
    public var name: String
    public var size: Int64
    public var parameterSize: String
    public var quantization: String
    public var family: String
    /// Newer servers list capabilities; nil leaves the field out as Ollama 0.24 does.
    public var capabilities: [String]?

    public init(
        name: String, size: Int64, parameterSize: String = "2.6B", quantization: String = "Q4_0",
        family: String = "gemma2", capabilities: [String]? = nil
    ) {
        self.name = name
        self.size = size
        self.parameterSize = parameterSize
        self.quantization = quantization
        self.family = family
        self.capabilities = capabilities
    }
}

/// How `POST /api/chat` answers a request for an installed model.
public enum ChatReply: Sendable {
    /// Replays a captured answer byte for byte (`chat-stream`, `chat-multiturn`, `chat-long`, ...).
    case capture(String)
    /// Replays a captured streamed answer byte for byte at its captured pace, a line at a time
    /// as its `created_at` times say.
    case paced(String)
    /// Streams the script's tokens as Ollama does: one chunk a line, then the counters.
    case scripted(ChatScript)
    /// An HTTP error status with this body (JSON `{"error":...}` or plain text).
    case status(Int, body: String, contentType: String = "application/json; charset=utf-8")
    /// The connection is reset (TCP RST) instead of an answer.
    case reset
}

/// A scripted streamed answer.
public struct ChatScript: Sendable {
    public var tokens: [String]
    /// Reasoning streamed before the tokens, as `message.thinking`.
    public var thinking: [String] = []
    /// Pacing; nil streams as fast as the connection takes it (and reports 50 tokens a second
    /// in the counters, as a real model would).
    public var tokensPerSecond: Double?
    public var fault: ChatFault?
    public var doneReason = "stop"
    /// False leaves the counters out of the last line, as some servers do.
    public var includeCounters = true
    /// Cut every line into HTTP chunks inside its multi-byte characters.
    public var splitInsideCharacters = false

    public init(tokens: [String], tokensPerSecond: Double? = nil, fault: ChatFault? = nil) {
        self.tokens = tokens
        self.tokensPerSecond = tokensPerSecond
        self.fault = fault
    }

    /// The text cut into tokens at word starts, the way models emit them (`Hello`, ` world`).
    public init(text: String, tokensPerSecond: Double? = nil, fault: ChatFault? = nil) {
        var tokens: [String] = []
        var current = ""
        for character in text {
            if character == " " || character == "\n", !current.isEmpty, current.last != " " {
                tokens.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { tokens.append(current) }
        self.init(tokens: tokens, tokensPerSecond: tokensPerSecond, fault: fault)
    }

    /// `count` numbered tokens (` w1`, ` w2`, ...), for long answers and benchmarks.
    public static func counting(_ count: Int, tokensPerSecond: Double? = nil) -> ChatScript {
        ChatScript(tokens: (1...max(1, count)).map { " w\($0)" }, tokensPerSecond: tokensPerSecond)
    }
}

/// A fault injected into a streamed answer after `afterTokens` tokens.
public enum ChatFault: Sendable, Equatable {
    /// An `{"error": ...}` line inside the 200 stream, then the end of the stream.
    case errorLine(afterTokens: Int, message: String)
    /// The connection closes without ending the chunked body.
    case drop(afterTokens: Int)
    /// Nothing more is sent; the connection stays open.
    case stall(afterTokens: Int)
    /// A line that is not JSON.
    case malformedLine(afterTokens: Int)

    var afterTokens: Int {
        switch self {
        case .errorLine(let n, _), .drop(let n), .stall(let n), .malformedLine(let n): n
        }
    }
}
