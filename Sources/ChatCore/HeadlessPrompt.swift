/// The prompt of a headless run from its arguments and piped standard input, joined as
/// `ollama run` joins them: the piped text as it came, a space, then the arguments (each
/// separated by a space). Piped text that is only whitespace is left out.
public enum HeadlessPrompt {
    /// nil when there is nothing to send. `standardInput` is nil when stdin is a terminal.
    public static func combine(arguments: [String], standardInput: String?) -> String? {
        let piped = standardInput.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        if arguments.isEmpty {
            // Only piped text: its surrounding blank lines carry nothing.
            return piped?.trimmingWhitespace
        }
        return ([piped].compactMap { $0 } + arguments).joined(separator: " ")
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
