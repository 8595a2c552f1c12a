/// The defaults for new chats from `config.toml`: `model`, `system`, `think`, `keep_alive` and an
/// `[options]` table of the option fields, and `history` (false: chats are not saved). What the file says is data: every value passes the
/// option table's validation, and a bad one is left out with a problem naming its line. It is read
/// by `ChatConfig`, which keeps the TOML parser out of the modules above this one.
public struct ConfigFile: Sendable, Equatable {
    /// The model the file names; flags and the environment win over it.
    public var model: String?
    /// `history = false`: nothing is read or written, as with `--no-history`; nil when not said.
    public var history: Bool?
    /// The system prompt, think mode and options of a new chat.
    public var settings = ChatSettings()
    /// What was wrong, in the order of the file.
    public var problems: [ConfigProblem] = []

    public init() {}

    /// `$XDG_CONFIG_HOME/ollama-tui/config.toml` (an absolute one), else
    /// `$HOME/.config/ollama-tui/config.toml`; nil without either.
    public static func defaultPath(_ environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return (config.hasSuffix("/") ? config : config + "/") + "ollama-tui/config.toml"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return (home.hasSuffix("/") ? home : home + "/") + ".config/ollama-tui/config.toml"
    }
}
