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

            Every chat is saved as it happens (headless answers too) in chats.sqlite in the data folder: \
            $XDG_DATA_HOME/ollama-tui, else ~/.local/share/ollama-tui; --data-dir or OLLAMA_TUI_DATA_DIR \
            moves it, --no-history (or OLLAMA_TUI_NO_HISTORY=1) saves nothing. --continue opens the newest \
            chat in the full-screen UI (--resume ID opens chat ID); with a prompt, it answers headless \
            with that chat's history sent and adds the turn to it. --list-chats, --export and --import \
            read and write stored chats.

            Settings come from flags, then the environment, then a .env file in the current directory: \
            OLLAMA_HOST, OLLAMA_MODEL, OLLAMA_API_KEY, OLLAMA_TUI_TIMEOUT, OLLAMA_TUI_LANG, \
            OLLAMA_TUI_DATA_DIR, OLLAMA_TUI_NO_HISTORY (see .env.example).

            A new chat's defaults come from $XDG_CONFIG_HOME/ollama-tui/config.toml (else \
            ~/.config/ollama-tui/config.toml): model, system, think, keep_alive and an [options] table \
            (temperature = 0.7, stop = ["User:"], ...). --system, --option and --think win over it, and \
            --model and OLLAMA_MODEL over its model. A bad value in the file is reported with its line \
            and left out; a bad flag is a usage error and nothing is sent.

            Exit codes: 0 success; 1 the answer failed part way (the part received is on stdout); \
            2 usage or configuration error (also: a bad --import file, an unknown chat id); 3 Ollama not \
            reachable or not usable at the host (nothing listens, not an Ollama API, or an API key is \
            needed); 4 no models, or the model is not installed; 5 the chat archive cannot be opened or \
            written (the answer is still printed); 130 stopped with Ctrl-C; 143 SIGTERM; 129 SIGHUP. \
            --pull NAME downloads a model and exits 0, 3 when Ollama is not reachable, 1 when the \
            download fails (an unknown model, no route to the registry: the server's words on stderr), \
            130 when Ctrl-C cancels it.
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

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Download a model (as `ollama pull` does) and exit: a progress bar on stderr when it is a terminal, a line a step when not.",
            valueName: "name"))
    var pull: String?

    @Flag(
        name: .long,
        help:
            "Try the app without Ollama: it starts its own server, which lists two models and replays real captured answers (OLLAMA_HOST, OLLAMA_MODEL and OLLAMA_API_KEY are not used)."
    )
    var demo = false

    @Option(
        name: .customLong("data-dir"),
        help: ArgumentHelp(
            "The folder of the chat archive (default: $XDG_DATA_HOME/ollama-tui, else ~/.local/share/ollama-tui).",
            valueName: "folder"))
    var dataDirectory: String?

    @Flag(name: .long, help: "Save nothing: this run's chat is not stored (OLLAMA_TUI_NO_HISTORY=1 does the same).")
    var noHistory = false

    @Flag(
        name: .long,
        help:
            "Print the stored chats, newest first, one a line: id, updated (UTC), model, messages, title (tab-separated)."
    )
    var listChats = false

    @Option(name: .long, help: ArgumentHelp("Print a stored chat to stdout and exit.", valueName: "id|last"))
    var export: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The format of --export: md (a readable transcript) or json (the chat with Ollama-style messages).",
            valueName: "md|json"))
    var format: ArchiveCommands.Format = .markdown

    @Option(
        name: .customLong("import"),
        help: ArgumentHelp(
            "Store the chat in a JSON file written by --export --format json, and exit.", valueName: "file"))
    var importFile: String?

    @Flag(
        name: .customLong("continue"),
        help:
            "Continue the newest chat (full screen, or headless with a prompt): its history is sent with the next message."
    )
    var continueChat = false

    @Option(
        name: .long, help: ArgumentHelp("Continue the stored chat with this id, as --continue does.", valueName: "id"))
    var resume: String?

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp(
            "The system prompt, sent first in every request of the chat (default: system in config.toml).",
            valueName: "text"))
    var system: String?

    @Option(
        name: .customLong("option"), parsing: .unconditionalSingleValue,
        help: ArgumentHelp(
            "A model option, repeatable: temperature, top_p, top_k, min_p, seed, num_ctx, num_predict, repeat_penalty, stop, keep_alive (e.g. --option temperature=0.2 --option stop='\\n\\n User:').",
            valueName: "name=value"))
    var options: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Ask the model to think (--think alone: on) or not, or how hard: on, off, low, medium, high.",
            valueName: "level"))
    var think: String?

    @Argument(help: "A prompt to answer without the full-screen UI.")
    var prompt: [String] = []

    var overrides: Configuration.Overrides {
        Configuration.Overrides(
            host: host, model: model, idleTimeout: timeout, language: lang, isDemo: demo, dataDirectory: dataDirectory,
            noHistory: noHistory, system: system, options: options, think: think)
    }

    /// `arguments` with a bare `--think` (not followed by a level) read as `--think=on`, since an
    /// option's value cannot be left out.
    static func withThinkLevels(_ arguments: [String]) -> [String] {
        let levels = Set(ThinkMode.allCases.map(\.rawValue) + ["true", "false"])
        var result: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" {
                result += arguments[index...]
                break
            }
            let next = arguments.index(after: index)
            if argument == "--think", next == arguments.endIndex || !levels.contains(arguments[next].lowercased()) {
                result.append("--think=on")
            } else {
                result.append(argument)
            }
            index = next
        }
        return result
    }

    /// The chat to continue: `last` for --continue, the id for --resume.
    var continuing: String? {
        resume ?? (continueChat ? "last" : nil)
    }

    /// The flags that need the archive, which --no-history turns off.
    var needsArchive: Bool {
        listChats || export != nil || importFile != nil || continuing != nil
    }
}

extension ArchiveCommands.Format: ExpressibleByArgument {
}
