/// The test server's command-line values for loaded models, capabilities and pull faults, read
/// here so the program and the tests agree on them.
public enum ScriptArguments {
    /// `NAME` or `NAME=CONTEXT`; nil for an empty name or a context that is not a positive number.
    public static func loadedModel(_ text: String) -> LoadedModel? {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard let name = parts.first, !name.isEmpty else { return nil }
        guard parts.count == 2 else { return LoadedModel(name: String(name)) }
        guard let context = Int(parts[1]), context > 0 else { return nil }
        return LoadedModel(name: String(name), contextLength: context)
    }

    /// `NAME=completion,thinking,vision`; nil without a name or a `=`.
    public static func capabilities(_ text: String) -> (name: String, capabilities: [String])? {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return nil }
        return (String(parts[0]), parts[1].split(separator: ",").map(String.init))
    }

    /// `unreachable`, `unknown`, `drop` (after three lines: inside the first layer) or `drop:N`.
    public static func pullFault(_ text: String) -> PullFault? {
        switch text {
        case "unreachable": return .unreachable
        case "unknown": return .unknownModel
        case "drop": return .drop(afterLines: 3)
        default:
            guard text.hasPrefix("drop:"), let lines = Int(text.dropFirst(5)), lines >= 0 else { return nil }
            return .drop(afterLines: lines)
        }
    }
}
