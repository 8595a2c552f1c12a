import Foundation
import Testing

/// `--demo`: the app's own server, started in-process, with no Ollama anywhere.
@Suite(.serialized)
struct DemoModeTests {
    /// Settings meant for a real Ollama, which the demo does not use (the port refuses).
    static let realOllamaSettings = ["OLLAMA_HOST": "127.0.0.1:1", "OLLAMA_MODEL": "nope"]

    @Test func listsTheDemoModels() async throws {
        let result = try await ProcessRunner.run(["--demo", "--list-models"], environment: Self.realOllamaSettings)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "gemma3:270m (253MB)\ntiny:latest (253MB)\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func answersAPromptWithACapturedAnswerAndItsMetrics() async throws {
        let result = try await ProcessRunner.run(["--demo", "-m", "tiny", "hi"], environment: Self.realOllamaSettings)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Hi! How can I help? mendatanguser\n大家好!\n大家好!"), "\(result.stdout)")
        // Ollama's own counters from the capture: 16 tokens in 0.326 s.
        #expect(result.stderr.contains("📊 49 tok/s"), "\(result.stderr)")
    }

    @Test func theFirstDemoModelAnswersWithoutAModelNamed() async throws {
        let result = try await ProcessRunner.run(["--demo", "Tell me a story"], environment: [:])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Write a short story about a llama in the Andes."), "\(result.stdout)")
    }

    @Test func helpListsTheFlag() async throws {
        let result = try await ProcessRunner.run(["--help"], environment: [:])
        #expect(result.stdout.contains("--demo"))
    }

    @Test func theFullScreenUIOpensThePickerWithTheDemoModels() async throws {
        let session = try TmuxSession(arguments: ["--demo"], environment: Self.realOllamaSettings)
        #expect(await session.waitFor("Choose a model"))
        #expect(await session.waitFor("tiny:latest (253MB)"))
        #expect(session.text.contains("gemma3:270m (253MB)"))
        session.press("Down", "Enter")
        #expect(await session.waitFor("✅ Connected to tiny:latest"))
        session.type("hi")
        session.press("Enter")
        #expect(await session.waitFor("大家好!"))
        #expect(await session.waitFor("📊 49 tok/s"))
        session.press("F10")
        #expect(await session.waitFor("__EXITED__ 0"))
    }
}
