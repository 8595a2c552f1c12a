/// Turns one NDJSON line of `/api/chat` into chunks: content and thinking deltas, the final
/// counters, or the `{"error": ...}` line Ollama sends inside a 200 stream.
enum ChatLineDecoder {
    /// The chunks one line carries (none for a line with only an empty delta), in order.
    static func decode(_ line: ArraySlice<UInt8>) -> [ChatChunk] {
        let value: JSONValue
        do {
            value = try JSONValue.parse(line)
        } catch {
            return [.failed(.malformedLine(excerpt: excerpt(of: line)))]
        }
        guard case .object = value else {
            return [.failed(.malformedLine(excerpt: excerpt(of: line)))]
        }
        let object = value
        if let message = object["error"] {
            return [.failed(.streamError(message: message.stringValue ?? "\(message)"))]
        }
        var chunks: [ChatChunk] = []
        if let message = object["message"] {
            if let thinking = message["thinking"]?.stringValue, !thinking.isEmpty {
                chunks.append(.thinking(thinking))
            }
            if let content = message["content"]?.stringValue, !content.isEmpty {
                chunks.append(.content(content))
            }
        }
        if object["done"]?.boolValue == true {
            chunks.append(.done(counters(from: object)))
        }
        return chunks
    }

    static func counters(from object: JSONValue) -> ChatCounters {
        ChatCounters(
            doneReason: object["done_reason"]?.stringValue,
            totalDuration: object["total_duration"]?.int64Value,
            loadDuration: object["load_duration"]?.int64Value,
            promptEvalCount: object["prompt_eval_count"]?.intValue,
            promptEvalDuration: object["prompt_eval_duration"]?.int64Value,
            evalCount: object["eval_count"]?.intValue,
            evalDuration: object["eval_duration"]?.int64Value
        )
    }

    /// The start of a bad line, short enough for an error message.
    static func excerpt(of line: ArraySlice<UInt8>, limit: Int = 80) -> String {
        let text = String(decoding: line.prefix(limit * 4), as: UTF8.self)
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "…"
    }
}
