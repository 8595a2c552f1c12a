#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A stored chat as a readable Markdown transcript (`--export --format md`): each message under
/// its author, reasoning folded, the metrics line under each answer as the app shows it.
public enum ChatMarkdown {
    public static func render(_ chat: StoredChat, strings: Strings) -> String {
        var parts = ["# " + oneLine(chat.summary.title)]
        let model = chat.summary.model.map { $0 + " · " } ?? ""
        parts.append("*" + model + ChatListing.timestamp(chat.summary.createdAt) + "*")
        for entry in chat.history.entries {
            switch entry.role {
            case .user: parts.append("## " + strings.you)
            case .assistant: parts.append("## " + (entry.model ?? "assistant"))
            case .system: parts.append("## system")
            }
            if !entry.thinking.isEmpty {
                let seconds = entry.thinkingSeconds.map { " (\(Strings.oneDecimal($0)) s)" } ?? ""
                parts.append("<details><summary>thinking\(seconds)</summary>\n\n\(entry.thinking)\n\n</details>")
            }
            if !entry.content.isEmpty { parts.append(entry.content) }
            switch entry.ending {
            case .complete: break
            case .stopped: parts.append("*" + strings.stopped + "*")
            case .failed(let error): parts.append("*" + strings.failure(error, model: entry.model).headline + "*")
            }
            if let metrics = entry.metrics { parts.append("> " + strings.metricsLine(metrics)) }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// A title on one line: line breaks as spaces.
    static func oneLine(_ title: String) -> String {
        String(title.map { $0.isNewline ? " " : $0 })
    }
}
