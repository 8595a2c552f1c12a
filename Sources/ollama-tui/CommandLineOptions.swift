import ArgumentParser
import ChatCore
import OllamaKit

/// The command line of `ollama-tui`.
struct CommandLineOptions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ollama-tui",
        abstract: "A full-screen terminal chat client for Ollama.",
        discussion: """
            With a terminal and no prompt, opens the full-screen chat. With a prompt (or a prompt on \
            standard input), streams one answer to stdout and its metrics line to stderr, like \
            `ollama run MODEL PROMPT`. Text piped in with a prompt comes first, then a space, then \
            the prompt, as `ollama run` joins them. With --demo, either works without Ollama.

            Settings come from flags, then the environment, then a .env file in the current directory: \
            OLLAMA_HOST, OLLAMA_MODEL, OLLAMA_API_KEY, OLLAMA_TUI_TIMEOUT, OLLAMA_TUI_LANG \
            (see .env.example).

            Exit codes: 0 success; 1 the answer failed part way (the part received is on stdout); \
            2 usage or configuration error; 3 Ollama not reachable or not usable at the host (nothing \
            listens, not an Ollama API, or an API key is needed); 4 no models, or the model is not \
            installed; 130 stopped with Ctrl-C; 143 SIGTERM; 129 SIGHUP.
            """,
        version: "ollama-tui \(AppVersion.current)"
    )

    @Option(
        name: [.short, .long], help: "The model to chat with (default: OLLAMA_MODEL, else ask / the first listed).")
    var model: String?

    @Option(name: .long, help: ArgumentHelp("The Ollama server, as OLLAMA_HOST takes it.", valueName: "host"))
    var host: String?

    // Unconditional: `--timeout -5` is a bad value to explain, not a missing one.
    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp(
            "Seconds without a byte from the server before an answer fails (default 300; 90s, 5m).",
            valueName: "duration"))
    var timeout: String?

    @Option(
        name: .long,
        help: ArgumentHelp("UI language: en or ru (default: from LC_ALL / LC_MESSAGES / LANG).", valueName: "code"))
    var lang: String?

    @Flag(name: .long, help: "Print the installed models, one a line as `name (SIZE)`, and exit.")
    var listModels = false

    @Flag(
        name: .long,
        help:
            "Try the app without Ollama: it starts its own server, which lists two models and replays real captured answers (OLLAMA_HOST, OLLAMA_MODEL and OLLAMA_API_KEY are not used)."
    )
    var demo = false

    @Argument(help: "A prompt to answer without the full-screen UI.")
    var prompt: [String] = []

    var overrides: Configuration.Overrides {
        Configuration.Overrides(host: host, model: model, idleTimeout: timeout, language: lang, isDemo: demo)
    }
}
