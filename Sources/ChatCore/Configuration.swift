import OllamaKit

/// The app's settings, resolved from flags > environment > `.env` > the config file > defaults.
public struct Configuration: Sendable, Equatable {
    public var host: OllamaHost
    /// The model to use without asking; nil lets the user (or the first listed model) decide.
    public var model: String?
    public var apiKey: String?
    /// Seconds without a byte from the server before an answer fails.
    public var idleTimeout: Double
    public var language: Language
    /// The app talks to its own demo server (`--demo`), not to Ollama.
    public var isDemo = false
    /// The folder of the chat archive (`chats.sqlite`); nil when there is no home to put it in.
    public var dataDirectory: String?
    /// False with `--no-history` (or `OLLAMA_TUI_NO_HISTORY`): nothing is read or written.
    public var historyEnabled = true
    /// `--system`, `--option` and `--think`: over a new chat's defaults and a continued chat's own.
    public var chatFlags = ChatSettingsPatch()
    /// The system prompt, think mode and options a new chat starts with: the config file's, with the flags.
    public var chatDefaults = ChatSettings()

    public static let defaultIdleTimeout: Double = 300

    /// The settings named on the command line; nil where a flag was not given.
    public struct Overrides: Sendable, Equatable {
        public var host: String?
        public var model: String?
        public var idleTimeout: String?
        public var language: String?
        /// `--demo`: `host` is the demo server, and the environment's host, model and API key
        /// (meant for a real Ollama) are not used.
        public var isDemo: Bool
        public var dataDirectory: String?
        public var noHistory: Bool
        /// `--system`: the system prompt of new chats.
        public var system: String?
        /// `--option NAME=VALUE`, in the order given (a later one wins).
        public var options: [String]
        /// `--think`, with its level.
        public var think: String?

        public init(
            host: String? = nil, model: String? = nil, idleTimeout: String? = nil, language: String? = nil,
            isDemo: Bool = false, dataDirectory: String? = nil, noHistory: Bool = false, system: String? = nil,
            options: [String] = [], think: String? = nil
        ) {
            self.host = host
            self.model = model
            self.idleTimeout = idleTimeout
            self.language = language
            self.isDemo = isDemo
            self.dataDirectory = dataDirectory
            self.noHistory = noHistory
            self.system = system
            self.options = options
            self.think = think
        }
    }

    /// Why the settings cannot be used, with the message to show.
    public struct Problem: Error, Sendable, Equatable {
        public let message: String
    }

    /// Resolves every setting. `environment` is the process environment; `dotEnv` the values of
    /// the `.env` file in the current directory, used only where the environment has no value;
    /// `configFile` the defaults of `config.toml`, below all of them.
    public static func resolve(
        overrides: Overrides, environment: [String: String], dotEnv: [String: String],
        configFile: ConfigFile = ConfigFile()
    ) throws(Problem) -> Configuration {
        func setting(_ key: String) -> String? {
            guard let value = environment[key] ?? dotEnv[key], !value.isEmpty else { return nil }
            return value
        }
        /// The flag's value, else the variable's, with where it came from.
        func value(flag: String?, named flagName: String, variable key: String) -> (
            text: String, source: SettingSource
        )? {
            if let flag { return (flag, .flag(flagName)) }
            guard let text = setting(key) else { return nil }
            return (text, environment[key] != nil ? .environment(key) : .dotEnv(key))
        }

        var localeEnvironment = dotEnv
        localeEnvironment.merge(environment) { _, process in process }
        var language = Language.fromLocale(localeEnvironment)
        if let code = value(flag: overrides.language, named: "--lang", variable: "OLLAMA_TUI_LANG") {
            guard let chosen = Language(code: code.text) else {
                throw Problem(message: Strings(language).invalidLanguage(code.text, source: code.source))
            }
            language = chosen
        }
        let strings = Strings(language)

        // The demo server is the host: settings meant for a real Ollama do not apply to it.
        func serverSetting(_ key: String) -> String? {
            overrides.isDemo ? nil : setting(key)
        }

        let hostValue =
            overrides.isDemo && overrides.host == nil
            ? nil : value(flag: overrides.host, named: "--host", variable: "OLLAMA_HOST")
        let host: OllamaHost
        do {
            host = try OllamaHost.parse(hostValue?.text)
        } catch {
            throw Problem(message: strings.invalidHost(error, source: hostValue?.source ?? .environment("OLLAMA_HOST")))
        }

        var idleTimeout = defaultIdleTimeout
        if let timeout = value(flag: overrides.idleTimeout, named: "--timeout", variable: "OLLAMA_TUI_TIMEOUT") {
            switch readDuration(timeout.text) {
            case .seconds(let seconds): idleTimeout = seconds
            case .notPositive:
                throw Problem(message: strings.invalidTimeout(timeout.text, source: timeout.source, notPositive: true))
            case .notADuration:
                throw Problem(message: strings.invalidTimeout(timeout.text, source: timeout.source, notPositive: false))
            }
        }

        let flags = try chatFlags(overrides, strings: strings)
        return Configuration(
            host: host,
            model: overrides.model.flatMap { $0.isEmpty ? nil : $0 } ?? serverSetting("OLLAMA_MODEL")
                ?? (overrides.isDemo ? nil : configFile.model),
            apiKey: serverSetting("OLLAMA_API_KEY"),
            idleTimeout: idleTimeout,
            language: language,
            isDemo: overrides.isDemo,
            dataDirectory: value(flag: overrides.dataDirectory, named: "--data-dir", variable: "OLLAMA_TUI_DATA_DIR")?
                .text ?? defaultDataDirectory(environment),
            // The flag, then the variable (set either way), then the file's `history`.
            historyEnabled: !overrides.noHistory
                && (setting("OLLAMA_TUI_NO_HISTORY").map { !isOn($0) } ?? configFile.history ?? true),
            chatFlags: flags,
            chatDefaults: flags.applied(to: configFile.settings)
        )
    }

    /// The chat flags, each checked; a bad one is a problem, so nothing is sent.
    static func chatFlags(_ overrides: Overrides, strings: Strings) throws(Problem) -> ChatSettingsPatch {
        var patch = ChatSettingsPatch()
        patch.system = overrides.system
        if let think = overrides.think {
            guard case .success(let mode?) = ChatSettings.think(from: think) else {
                throw Problem(message: "--think: " + strings.settingProblem(.invalidThink(think)))
            }
            patch.think = mode
        }
        for option in overrides.options {
            guard let equals = option.firstIndex(of: "=") else {
                throw Problem(message: strings.optionFlagWithoutValue(option))
            }
            let name = String(option[..<equals])
            guard let field = OptionField.named(name) else {
                throw Problem(message: "--option \(option): " + strings.settingProblem(.unknownName(name)))
            }
            switch field.validate(String(option[option.index(after: equals)...])) {
            case .success(let value): patch.values[field.name] = .some(value)
            case .failure(let problem): throw Problem(message: "--option \(option): " + strings.settingProblem(problem))
            }
        }
        return patch
    }

    /// `$XDG_DATA_HOME/ollama-tui` (an absolute one), else `$HOME/.local/share/ollama-tui`.
    static func defaultDataDirectory(_ environment: [String: String]) -> String? {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/ollama-tui" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return (home.hasSuffix("/") ? home : home + "/") + ".local/share/ollama-tui"
    }

    /// A yes/no setting that says yes (`1`, `true`, `yes`, `on`).
    static func isOn(_ text: String?) -> Bool {
        guard let text else { return false }
        return ["1", "true", "yes", "on"].contains(text.trimmingBlanks().lowercased())
    }

    /// The chat archive's file, when history is kept.
    public var databasePath: String? {
        guard historyEnabled, let dataDirectory else { return nil }
        return (dataDirectory.hasSuffix("/") ? dataDirectory : dataDirectory + "/") + "chats.sqlite"
    }

    /// What a duration setting says: seconds, a number that is not positive, or not a duration.
    public enum DurationReading: Sendable, Equatable {
        case seconds(Double)
        case notPositive
        case notADuration
    }

    /// `300`, `90s`, `1.5m`, `1h`: seconds, or a number with a unit; nil unless positive.
    public static func parseDuration(_ text: String) -> Double? {
        if case .seconds(let seconds) = readDuration(text) { return seconds }
        return nil
    }

    /// Reads `300`, `90s`, `1.5m`, `1h`, `250ms`, telling a number that is not positive
    /// (`0`, `-5`) from text that is not a duration at all.
    public static func readDuration(_ text: String) -> DurationReading {
        let trimmed = text.trimmingBlanks().lowercased()
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        let unit = units.first { trimmed.hasSuffix($0.0) && Double(trimmed.dropLast($0.0.count)) != nil }
        let number = unit.flatMap { Double(trimmed.dropLast($0.0.count)) } ?? Double(trimmed)
        guard let number, number.isFinite else { return .notADuration }
        guard number > 0 else { return .notPositive }
        return .seconds(number * (unit?.1 ?? 1))
    }

    /// What the client needs of these settings; `coalescingInterval` as the consumer wants it.
    public func clientConfiguration(coalescingInterval: Double = 0, reportsTokens: Bool = false)
        -> OllamaClientConfiguration
    {
        OllamaClientConfiguration(
            host: host, apiKey: apiKey, idleTimeout: idleTimeout,
            coalescingInterval: coalescingInterval, reportsTokens: reportsTokens
        )
    }
}
