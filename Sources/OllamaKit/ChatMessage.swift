/// One message of the conversation as `/api/chat` takes it.
public struct ChatMessage: Sendable, Equatable, Encodable {
    /// Who wrote a message.
    public enum Role: String, Sendable, Codable {
        case system, user, assistant
    }

    public var role: Role
    public var content: String

    public init(role: Role, content: String) {
        self.role = role
        self.content = content
    }
}

/// Model parameters sent as `options` (absent ones are left to the model's defaults).
public struct ChatOptions: Sendable, Equatable, Encodable {
    public var temperature: Double?
    public var numCtx: Int?
    public var seed: Int?

    public init(temperature: Double? = nil, numCtx: Int? = nil, seed: Int? = nil) {
        self.temperature = temperature
        self.numCtx = numCtx
        self.seed = seed
    }

    public var isEmpty: Bool { temperature == nil && numCtx == nil && seed == nil }

    enum CodingKeys: String, CodingKey {
        case temperature
        case numCtx = "num_ctx"
        case seed
    }
}

/// The body of `POST /api/chat`.
struct ChatRequestBody: Encodable {
    var model: String
    var messages: [ChatMessage]
    var stream = true
    var options: ChatOptions?
}
