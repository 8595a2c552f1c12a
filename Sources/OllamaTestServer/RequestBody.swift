/// The fields of a request's JSON object that the server reads. A field of another type reads
/// as missing, as a failed `as?` cast would, so only a body that is not a JSON object fails.
struct RequestBody: Decodable {
    /// One entry of `messages`.
    struct Message: Decodable {
        var content: String?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            content = try? container.decode(String.self, forKey: .content)
        }
    }

    var model: String?
    var messages: [Message]
    var stream: Bool?

    private enum Key: String, CodingKey {
        case model, messages, stream, content
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        model = try? container.decode(String.self, forKey: .model)
        messages = (try? container.decode([Message].self, forKey: .messages)) ?? []
        stream = try? container.decode(Bool.self, forKey: .stream)
    }
}
