import Foundation
import Testing

/// A bad setting names where its value came from (the flag, the environment, `.env`) and what is allowed.
@Suite(.serialized)
struct SettingsErrorTests {
    static let allowed = "use seconds (300) or a number with a unit: 250ms, 90s, 5m, 1h\n"

    @Test func aBadTimeoutFlagNamesTheFlag() async throws {
        let word = try await ProcessRunner.run(["--timeout", "abc", "Hi"], environment: [:])
        #expect(word.status == 2)
        #expect(word.stderr == "ollama-tui: --timeout: \"abc\" is not a duration; " + Self.allowed)
        for arguments in [["--timeout", "-5", "Hi"], ["--timeout=-5", "Hi"]] {
            let negative = try await ProcessRunner.run(arguments, environment: [:])
            #expect(negative.status == 2)
            #expect(
                negative.stderr == "ollama-tui: --timeout: \"-5\" must be positive; " + Self.allowed, "\(arguments)")
        }
    }

    @Test func aBadTimeoutVariableNamesTheVariable() async throws {
        let result = try await ProcessRunner.run(["Hi"], environment: ["OLLAMA_TUI_TIMEOUT": "soon"])
        #expect(result.status == 2)
        #expect(result.stderr == "ollama-tui: OLLAMA_TUI_TIMEOUT: \"soon\" is not a duration; " + Self.allowed)
    }

    @Test func aBadValueInDotEnvSaysSo() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ollama-tui-dotenv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "OLLAMA_TUI_TIMEOUT=0\nOLLAMA_HOST=ftp://example.com\nOLLAMA_TUI_LANG=fr\n".write(
            to: directory.appendingPathComponent(".env"), atomically: true, encoding: .utf8)
        let language = try await ProcessRunner.run(["Hi"], environment: [:], directory: directory)
        #expect(language.stderr == "ollama-tui: OLLAMA_TUI_LANG in .env: unknown language \"fr\"; use en or ru\n")
        let host = try await ProcessRunner.run(["Hi"], environment: ["OLLAMA_TUI_LANG": "en"], directory: directory)
        #expect(host.stderr == "ollama-tui: OLLAMA_HOST in .env: unsupported scheme \"ftp\"; use http:// or https://\n")
        let timeout = try await ProcessRunner.run(
            ["Hi"], environment: ["OLLAMA_TUI_LANG": "en", "OLLAMA_HOST": "127.0.0.1:1"], directory: directory)
        #expect(timeout.stderr == "ollama-tui: OLLAMA_TUI_TIMEOUT in .env: \"0\" must be positive; " + Self.allowed)
        for result in [language, host, timeout] { #expect(result.status == 2) }
    }

    @Test func badHostAndLanguageFlagsNameTheFlag() async throws {
        let host = try await ProcessRunner.run(["--host", "ftp://example.com", "Hi"], environment: [:])
        #expect(host.status == 2)
        #expect(host.stderr == "ollama-tui: --host: unsupported scheme \"ftp\"; use http:// or https://\n")
        let language = try await ProcessRunner.run(["--lang", "fr", "Hi"], environment: [:])
        #expect(language.status == 2)
        #expect(language.stderr == "ollama-tui: --lang: unknown language \"fr\"; use en or ru\n")
    }
}
