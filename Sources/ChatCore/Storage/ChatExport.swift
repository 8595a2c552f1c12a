import OllamaKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A chat as `--export --format json` writes it and `--import` reads it back: Ollama's
/// `messages` (role, content, thinking; the system prompt first as a `system` message) and the
/// chat's `options`, `think` and `keep_alive` as a request has them, with our fields beside them,
/// keys in snake case.
public struct ChatExport: Sendable, Equatable, Codable {
    /// What the file is, so that another JSON file is not taken for a chat.
    public static let formatName = "ollama-tui-chat"
    public static let currentVersion = 1

    /// One message: Ollama's fields, then ours.
    public struct Message: Sendable, Equatable, Codable {
        public var role: ChatMessage.Role
        public var content: String
        public var thinking: String?
        public var thinkingSeconds: Double?
        public var model: String?
        public var createdAt: Date
        public var finishedAt: Date?
        /// `stopped` or `failed` for an answer cut short; absent when it completed.
        public var ending: String?
        /// Why a `failed` answer failed.
        public var error: OllamaError?
        public var metrics: Metrics?
        /// Images sent with a prompt, base64, as Ollama's messages carry them.
        public var images: [String]?
        /// Their file names, in the same order.
        public var imageNames: [String]?
    }

    /// The fields that say what a file is.
    private struct Header: Decodable {
        var format: String?
        var version: Int?
    }

    public var format: String
    public var version: Int
    public var title: String
    public var model: String?
    public var createdAt: Date
    public var updatedAt: Date
    public var messages: [Message]
    /// The chat's settings; its system prompt is the first message, not a field.
    public var settings = ChatSettings()

    enum CodingKeys: String, CodingKey {
        case format, version, title, model, createdAt, updatedAt, messages
    }

    /// The export with its settings beside its fields in one object.
    private struct Document: Encodable {
        let export: ChatExport

        func encode(to encoder: any Encoder) throws {
            try export.encode(to: encoder)
            var settings = export.settings
            settings.system = ""
            try settings.encode(to: encoder)
        }
    }

    /// The export of a stored chat.
    public init(_ chat: StoredChat) {
        format = Self.formatName
        version = Self.currentVersion
        title = chat.summary.title
        model = chat.summary.model
        createdAt = chat.summary.createdAt
        updatedAt = chat.summary.updatedAt
        settings = chat.settings
        let system =
            chat.settings.system.isEmpty
            ? []
            : [Message(role: .system, content: chat.settings.system, createdAt: chat.summary.createdAt)]
        messages =
            system
            + chat.history.entries.map { entry in
                var ending: String?
                var error: OllamaError?
                switch entry.ending {
                case .complete: break
                case .stopped: ending = "stopped"
                case .failed(let failure):
                    ending = "failed"
                    error = failure
                }
                return Message(
                    role: entry.role, content: entry.content, thinking: entry.thinking.isEmpty ? nil : entry.thinking,
                    thinkingSeconds: entry.thinkingSeconds, model: entry.model, createdAt: entry.createdAt,
                    finishedAt: entry.finishedAt, ending: ending, error: error, metrics: entry.metrics,
                    images: entry.images.isEmpty ? nil : entry.images.map(\.base64),
                    imageNames: entry.images.isEmpty ? nil : entry.images.map(\.name))
            }
    }

    /// The history this export holds: its messages after the system prompt.
    public var history: SessionHistory {
        SessionHistory(
            entries: conversation.map { message in
                let ending: SessionHistory.Ending =
                    switch message.ending {
                    case "stopped": .stopped
                    case "failed": .failed(message.error ?? .cancelled)
                    default: .complete
                    }
                let images = (message.images ?? []).enumerated().map { index, base64 in
                    ImageAttachment(
                        name: message.imageNames?.dropFirst(index).first ?? "image \(index + 1)",
                        byteCount: Data(base64Encoded: base64)?.count ?? 0, base64: base64)
                }
                return SessionHistory.Entry(
                    role: message.role, content: message.content, thinking: message.thinking ?? "",
                    thinkingSeconds: message.thinkingSeconds, model: message.model, createdAt: message.createdAt,
                    finishedAt: message.finishedAt, ending: ending, metrics: message.metrics, images: images)
            })
    }

    /// The messages after a leading `system` message (the settings hold it).
    private var conversation: ArraySlice<Message> {
        messages.first?.role == .system ? messages.dropFirst() : messages[...]
    }

    /// Pretty JSON with a final newline; dates as seconds since 1970 (exact enough to round-trip).
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .secondsSince1970
        return String(decoding: try encoder.encode(Document(export: self)), as: UTF8.self) + "\n"
    }

    /// Reads and checks an export; a file that is not one is an `ImportProblem`.
    public static func read(_ data: Data) throws(ImportProblem) -> ChatExport {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.dateDecodingStrategy = .secondsSince1970
        var export: ChatExport
        do {
            // What the file says it is comes first: another JSON file is not a chat with fields missing.
            let header = try decoder.decode(Header.self, from: data)
            guard header.format == formatName else { throw ImportProblem.notAChatExport }
            if let version = header.version, version > currentVersion { throw ImportProblem.newerVersion(version) }
            export = try decoder.decode(ChatExport.self, from: data)
            // Ollama's names as they stand: the option names are snake case already.
            export.settings = try JSONDecoder().decode(ChatSettings.self, from: data)
            if export.messages.first?.role == .system { export.settings.system = export.messages[0].content }
        } catch let problem as ImportProblem {
            throw problem
        } catch let error as DecodingError {
            throw ImportProblem(error)
        } catch {
            throw .notJSON
        }
        guard !export.conversation.isEmpty else { throw .noMessages }
        if let index = export.messages.firstIndex(where: { !["stopped", "failed", nil].contains($0.ending) }) {
            throw .badValue("messages[\(index)].ending")
        }
        for (index, message) in export.messages.enumerated() {
            if let image = message.images?.firstIndex(where: { Data(base64Encoded: $0) == nil }) {
                throw .badValue("messages[\(index)].images[\(image)]")
            }
        }
        return export
    }
}
