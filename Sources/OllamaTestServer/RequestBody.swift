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
    /// The older spelling of `model` in `/api/pull` and `/api/delete`.
    var name: String?
    var messages: [Message]
    var stream: Bool?
    /// `think` as Ollama reads it: `true` or a level (`low`, `medium`, `high`) turns thinking on.
    var thinks: Bool

    private enum Key: String, CodingKey {
        case model, name, messages, stream, content, think
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        model = try? container.decode(String.self, forKey: .model)
        messages = (try? container.decode([Message].self, forKey: .messages)) ?? []
        stream = try? container.decode(Bool.self, forKey: .stream)
        name = try? container.decode(String.self, forKey: .name)
        if let level = try? container.decode(String.self, forKey: .think) {
            thinks = !level.isEmpty && level != "false"
        } else {
            thinks = (try? container.decode(Bool.self, forKey: .think)) ?? false
        }
    }
}
