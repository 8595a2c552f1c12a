/// One message of the conversation as `/api/chat` takes it.
public struct ChatMessage: Sendable, Equatable, Encodable {
    /// Who wrote a message.
    public enum Role: String, Sendable, Codable {
        case system, user, assistant
    }

    public var role: Role
    public var content: String
    /// Images for vision models, base64-encoded; sent only when there are some.
    public var images: [String]

    public init(role: Role, content: String, images: [String] = []) {
        self.role = role
        self.content = content
        self.images = images
    }

    enum CodingKeys: String, CodingKey {
        case role, content, images
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(role, forKey: .role)
        try container.encode(content, forKey: .content)
        if !images.isEmpty { try container.encode(images, forKey: .images) }
    }
}
