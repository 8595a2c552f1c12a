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
        let dotEnv = [
            "OLLAMA_HOST": "dotenv:1", "OLLAMA_MODEL": "dotenv-model", "OLLAMA_API_KEY": "k",
            "OLLAMA_TUI_TIMEOUT": "90s",
        ]
        let environment = ["OLLAMA_HOST": "env:2", "OLLAMA_MODEL": "env-model"]
        let fromFiles = try Configuration.resolve(overrides: .init(), environment: environment, dotEnv: dotEnv)
        #expect(fromFiles.host.baseURL == "http://env:2")
        #expect(fromFiles.model == "env-model")
        #expect(fromFiles.apiKey == "k")
        #expect(fromFiles.idleTimeout == 90)
        let flagged = try Configuration.resolve(
            overrides: .init(host: "flag:3", model: "flag-model", idleTimeout: "5m"), environment: environment,
            dotEnv: dotEnv)
        #expect(flagged.host.baseURL == "http://flag:3")
        #expect(flagged.model == "flag-model")
        #expect(flagged.idleTimeout == 300)
    }

    @Test func theDemoDoesNotUseTheSettingsMeantForARealOllama() throws {
        let environment = [
            "OLLAMA_HOST": "env:2", "OLLAMA_MODEL": "env-model", "OLLAMA_API_KEY": "secret", "OLLAMA_TUI_LANG": "ru",
        ]
        let dotEnv = ["OLLAMA_HOST": "dotenv:1", "OLLAMA_MODEL": "dotenv-model", "OLLAMA_API_KEY": "k"]
        let demo = try Configuration.resolve(
            overrides: .init(host: "127.0.0.1:4321", isDemo: true), environment: environment, dotEnv: dotEnv)
        #expect(demo.isDemo)
        #expect(demo.host.baseURL == "http://127.0.0.1:4321")
        #expect(demo.model == nil)
        #expect(demo.apiKey == nil)
        #expect(demo.language == .russian, "the UI's own settings still apply")
        let flagged = try Configuration.resolve(
            overrides: .init(model: "tiny", isDemo: true), environment: environment, dotEnv: dotEnv)
        #expect(flagged.model == "tiny")
        #expect(try !Configuration.resolve(overrides: .init(), environment: environment, dotEnv: dotEnv).isDemo)
    }

    @Test func aVariableSetInTheEnvironmentWinsEvenWhenEmpty() throws {
        let configuration = try Configuration.resolve(
            overrides: .init(), environment: ["OLLAMA_HOST": ""], dotEnv: ["OLLAMA_HOST": "dotenv:1"])
        #expect(configuration.host == .default)
    }

    @Test func languageFromLocaleFlagOrSetting() throws {
        #expect(
            try Configuration.resolve(overrides: .init(), environment: ["LANG": "ru_RU.UTF-8"], dotEnv: [:]).language
                == .russian)
        #expect(
            try Configuration.resolve(
                overrides: .init(), environment: ["LC_ALL": "en_US.UTF-8", "LANG": "ru_RU.UTF-8"], dotEnv: [:]
            ).language == .english)
        #expect(
            try Configuration.resolve(overrides: .init(), environment: ["LC_MESSAGES": "ru_RU"], dotEnv: [:]).language
                == .russian)
        #expect(
            try Configuration.resolve(overrides: .init(language: "ru"), environment: ["LANG": "C.UTF-8"], dotEnv: [:])
                .language == .russian)
        #expect(
            try Configuration.resolve(overrides: .init(), environment: [:], dotEnv: ["OLLAMA_TUI_LANG": "ru"]).language
                == .russian)
    }

    @Test func badValuesAreProblemsWithAMessage() {
        #expect(
            throws: Configuration.Problem(message: "OLLAMA_HOST: unsupported scheme \"ftp\"; use http:// or https://")
        ) {
            try Configuration.resolve(overrides: .init(), environment: ["OLLAMA_HOST": "ftp://x"], dotEnv: [:])
        }
        #expect(throws: Configuration.Problem.self) {
            try Configuration.resolve(overrides: .init(idleTimeout: "soon"), environment: [:], dotEnv: [:])
        }
        #expect(throws: Configuration.Problem.self) {
            try Configuration.resolve(overrides: .init(language: "fr"), environment: [:], dotEnv: [:])
        }
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

/// A bad value names its source (flag, environment, `.env`) and what is allowed.
struct SettingSourceTests {
    func problem(
        _ overrides: Configuration.Overrides = .init(), environment: [String: String] = [:],
        dotEnv: [String: String] = [:]
    ) -> String? {
        do {
            _ = try Configuration.resolve(overrides: overrides, environment: environment, dotEnv: dotEnv)
            return nil
        } catch {
            return error.message
        }
    }

    static let allowed = "use seconds (300) or a number with a unit: 250ms, 90s, 5m, 1h"

    @Test func timeout() {
        #expect(
            problem(.init(idleTimeout: "abc"), environment: ["OLLAMA_TUI_TIMEOUT": "90"])
                == "--timeout: \"abc\" is not a duration; " + Self.allowed)
        #expect(problem(.init(idleTimeout: "-5")) == "--timeout: \"-5\" must be positive; " + Self.allowed)
        #expect(
            problem(environment: ["OLLAMA_TUI_TIMEOUT": "abc"]) == "OLLAMA_TUI_TIMEOUT: \"abc\" is not a duration; "
                + Self.allowed)
        #expect(
            problem(dotEnv: ["OLLAMA_TUI_TIMEOUT": "0s"]) == "OLLAMA_TUI_TIMEOUT in .env: \"0s\" must be positive; "
                + Self.allowed)
        #expect(
            problem(environment: ["LANG": "ru_RU.UTF-8"], dotEnv: ["OLLAMA_TUI_TIMEOUT": "x"])
                == "OLLAMA_TUI_TIMEOUT в .env: \"x\" не длительность; укажите секунды (300) или число с единицей: 250ms, 90s, 5m, 1h"
        )
    }

    @Test func hostAndLanguage() {
        #expect(problem(.init(host: "ftp://x")) == "--host: unsupported scheme \"ftp\"; use http:// or https://")
        #expect(
            problem(environment: ["OLLAMA_HOST": "ftp://x"])
                == "OLLAMA_HOST: unsupported scheme \"ftp\"; use http:// or https://")
        #expect(
            problem(dotEnv: ["OLLAMA_HOST": "user:pass@h:1"])
                == "OLLAMA_HOST in .env: \"user:pass@h:1\" is not a host name or IP address")
        #expect(problem(.init(language: "fr")) == "--lang: unknown language \"fr\"; use en or ru")
        #expect(
            problem(environment: ["OLLAMA_TUI_LANG": "fr"]) == "OLLAMA_TUI_LANG: unknown language \"fr\"; use en or ru")
        #expect(
            problem(dotEnv: ["OLLAMA_TUI_LANG": "fr"])
                == "OLLAMA_TUI_LANG in .env: unknown language \"fr\"; use en or ru")
    }

    @Test(arguments: [
        ("0", Configuration.DurationReading.notPositive), ("-5", .notPositive), ("-1.5m", .notPositive),
        ("abc", .notADuration), ("inf", .notADuration), ("90s", .seconds(90)),
    ])
    func durationReadings(_ text: String, _ reading: Configuration.DurationReading) {
        #expect(Configuration.readDuration(text) == reading)
    }
}
