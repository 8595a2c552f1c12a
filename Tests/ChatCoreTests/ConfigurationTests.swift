import OllamaKit
import Testing
@testable import ChatCore

struct ConfigurationTests {
    @Test func defaults() throws {
        let configuration = try Configuration.resolve(overrides: .init(), environment: [:], dotEnv: [:])
        #expect(configuration.host == .default)
        #expect(configuration.model == nil)
        #expect(configuration.apiKey == nil)
        #expect(configuration.idleTimeout == 300)
        #expect(configuration.language == .english)
    }

    @Test func flagsThenEnvironmentThenDotEnv() throws {
        let dotEnv = ["OLLAMA_HOST": "dotenv:1", "OLLAMA_MODEL": "dotenv-model", "OLLAMA_API_KEY": "k", "OLLAMA_TUI_TIMEOUT": "90s"]
        let environment = ["OLLAMA_HOST": "env:2", "OLLAMA_MODEL": "env-model"]
        let fromFiles = try Configuration.resolve(overrides: .init(), environment: environment, dotEnv: dotEnv)
        #expect(fromFiles.host.baseURL == "http://env:2")
        #expect(fromFiles.model == "env-model")
        #expect(fromFiles.apiKey == "k")
        #expect(fromFiles.idleTimeout == 90)
        let flagged = try Configuration.resolve(overrides: .init(host: "flag:3", model: "flag-model", idleTimeout: "5m"), environment: environment, dotEnv: dotEnv)
        #expect(flagged.host.baseURL == "http://flag:3")
        #expect(flagged.model == "flag-model")
        #expect(flagged.idleTimeout == 300)
    }

    @Test func theDemoDoesNotUseTheSettingsMeantForARealOllama() throws {
        let environment = ["OLLAMA_HOST": "env:2", "OLLAMA_MODEL": "env-model", "OLLAMA_API_KEY": "secret", "OLLAMA_TUI_LANG": "ru"]
        let dotEnv = ["OLLAMA_HOST": "dotenv:1", "OLLAMA_MODEL": "dotenv-model", "OLLAMA_API_KEY": "k"]
        let demo = try Configuration.resolve(overrides: .init(host: "127.0.0.1:4321", isDemo: true), environment: environment, dotEnv: dotEnv)
        #expect(demo.isDemo)
        #expect(demo.host.baseURL == "http://127.0.0.1:4321")
        #expect(demo.model == nil)
        #expect(demo.apiKey == nil)
        #expect(demo.language == .russian, "the UI's own settings still apply")
        let flagged = try Configuration.resolve(overrides: .init(model: "tiny", isDemo: true), environment: environment, dotEnv: dotEnv)
        #expect(flagged.model == "tiny")
        #expect(try !Configuration.resolve(overrides: .init(), environment: environment, dotEnv: dotEnv).isDemo)
    }

    @Test func aVariableSetInTheEnvironmentWinsEvenWhenEmpty() throws {
        let configuration = try Configuration.resolve(overrides: .init(), environment: ["OLLAMA_HOST": ""], dotEnv: ["OLLAMA_HOST": "dotenv:1"])
        #expect(configuration.host == .default)
    }

    @Test func languageFromLocaleFlagOrSetting() throws {
        #expect(try Configuration.resolve(overrides: .init(), environment: ["LANG": "ru_RU.UTF-8"], dotEnv: [:]).language == .russian)
        #expect(try Configuration.resolve(overrides: .init(), environment: ["LC_ALL": "en_US.UTF-8", "LANG": "ru_RU.UTF-8"], dotEnv: [:]).language == .english)
        #expect(try Configuration.resolve(overrides: .init(), environment: ["LC_MESSAGES": "ru_RU"], dotEnv: [:]).language == .russian)
        #expect(try Configuration.resolve(overrides: .init(language: "ru"), environment: ["LANG": "C.UTF-8"], dotEnv: [:]).language == .russian)
        #expect(try Configuration.resolve(overrides: .init(), environment: [:], dotEnv: ["OLLAMA_TUI_LANG": "ru"]).language == .russian)
    }

    @Test func badValuesAreProblemsWithAMessage() {
        #expect(throws: Configuration.Problem(message: "OLLAMA_HOST: unsupported scheme \"ftp\"; use http:// or https://")) {
            try Configuration.resolve(overrides: .init(), environment: ["OLLAMA_HOST": "ftp://x"], dotEnv: [:])
        }
        #expect(throws: Configuration.Problem.self) { try Configuration.resolve(overrides: .init(idleTimeout: "soon"), environment: [:], dotEnv: [:]) }
        #expect(throws: Configuration.Problem.self) { try Configuration.resolve(overrides: .init(language: "fr"), environment: [:], dotEnv: [:]) }
    }

    @Test(arguments: [("300", 300.0), ("90s", 90), ("1.5m", 90), ("1h", 3600), ("250ms", 0.25)])
    func durations(_ text: String, _ seconds: Double) {
        #expect(Configuration.parseDuration(text) == seconds)
    }

    @Test(arguments: ["", "0", "-5", "abc", "5x", "inf"])
    func badDurations(_ text: String) {
        #expect(Configuration.parseDuration(text) == nil)
    }
}
