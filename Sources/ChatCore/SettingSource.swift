/// Where a setting's value came from, so that an error about it names the place to fix it.
public enum SettingSource: Sendable, Equatable {
    /// A command-line flag, e.g. `--timeout`.
    case flag(String)
    /// A variable of the process environment, e.g. `OLLAMA_TUI_TIMEOUT`.
    case environment(String)
    /// A variable of the `.env` file in the current directory.
    case dotEnv(String)
}
