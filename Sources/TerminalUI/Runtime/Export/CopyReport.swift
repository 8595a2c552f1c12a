/// What a copy did, for the status bar: "Copied 312 characters (terminal, xclip)".
struct CopyReport: Equatable, Sendable {
    /// A way the text went out.
    enum Way: Equatable, Sendable {
        /// The OSC 52 sequence was written (whether the terminal took it cannot be known).
        case terminal
        /// A clipboard program took it, by name.
        case tool(String)
    }

    /// A way that was tried and did not work.
    enum Problem: Equatable, Sendable {
        case tooLargeForTerminal(bytes: Int, limit: Int)
        /// No clipboard program fits the environment.
        case noTool
        case tool(name: String, ClipboardTool.Outcome)
    }

    /// Characters (grapheme clusters) of the text.
    let characters: Int
    var ways: [Way] = []
    var problems: [Problem] = []

    /// Whether any way took the text.
    var copied: Bool { !ways.isEmpty }
}
