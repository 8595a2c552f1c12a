import OllamaKit

/// The app's settings, resolved from flags > environment > `.env` > defaults.
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

        public init(host: String? = nil, model: String? = nil, idleTimeout: String? = nil, language: String? = nil, isDemo: Bool = false) {
            self.host = host
            self.model = model
            self.idleTimeout = idleTimeout
            self.language = language
            self.isDemo = isDemo
        }
    }

    /// Why the settings cannot be used, with the message to show.
    public struct Problem: Error, Sendable, Equatable {
        public let message: String
    }

    /// Resolves every setting. `environment` is the process environment; `dotEnv` the values of
    /// the `.env` file in the current directory, used only where the environment has no value.
    public static func resolve(
        overrides: Overrides, environment: [String: String], dotEnv: [String: String]
    ) throws(Problem) -> Configuration {
        func setting(_ key: String) -> String? {
            guard let value = environment[key] ?? dotEnv[key], !value.isEmpty else { return nil }
            return value
        }

        var localeEnvironment = dotEnv
        localeEnvironment.merge(environment) { _, process in process }
        var language = Language.fromLocale(localeEnvironment)
        if let code = overrides.language ?? setting("OLLAMA_TUI_LANG") {
            guard let chosen = Language(code: code) else { throw Problem(message: Strings(language).invalidLanguage(code)) }
            language = chosen
        }
        let strings = Strings(language)

        // The demo server is the host: settings meant for a real Ollama do not apply to it.
        func serverSetting(_ key: String) -> String? {
            overrides.isDemo ? nil : setting(key)
        }

        let host: OllamaHost
        do {
            host = try OllamaHost.parse(overrides.host ?? serverSetting("OLLAMA_HOST"))
        } catch {
            throw Problem(message: strings.invalidHost(error))
        }

        var idleTimeout = defaultIdleTimeout
        if let text = overrides.idleTimeout ?? setting("OLLAMA_TUI_TIMEOUT") {
            guard let seconds = parseDuration(text) else { throw Problem(message: strings.invalidTimeout(text)) }
            idleTimeout = seconds
        }

        return Configuration(
            host: host,
            model: overrides.model.flatMap { $0.isEmpty ? nil : $0 } ?? serverSetting("OLLAMA_MODEL"),
            apiKey: serverSetting("OLLAMA_API_KEY"),
            idleTimeout: idleTimeout,
            language: language,
            isDemo: overrides.isDemo
        )
    }

    /// `300`, `90s`, `1.5m`, `1h`: seconds, or a number with a unit; nil unless positive.
    public static func parseDuration(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        for (suffix, scale) in units where trimmed.hasSuffix(suffix) {
            if let number = Double(trimmed.dropLast(suffix.count)), number > 0, number.isFinite { return number * scale }
        }
        guard let number = Double(trimmed), number > 0, number.isFinite else { return nil }
        return number
    }

    /// What the client needs of these settings; `coalescingInterval` as the consumer wants it.
    public func clientConfiguration(coalescingInterval: Double = 0, reportsTokens: Bool = false) -> OllamaClientConfiguration {
        OllamaClientConfiguration(
            host: host, apiKey: apiKey, idleTimeout: idleTimeout,
            coalescingInterval: coalescingInterval, reportsTokens: reportsTokens
        )
    }
}
