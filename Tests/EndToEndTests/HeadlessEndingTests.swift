import Foundation
import OllamaTestServer
import Testing

/// How a headless answer ends when it is not simply complete: cut at the token limit, or
/// ended by a signal.
@Suite(.serialized)
struct HeadlessEndingTests {
    @Test func anAnswerCutAtTheTokenLimitIsMarked() async throws {
        var script = ChatScript(text: "One two three")
        script.doneReason = "length"
        let server = try await OllamaTestServer.start(script: ServerScript(chat: .scripted(script)))
        let english = try await ProcessRunner.run(
            ["-m", "tiny", "Count"], environment: ["OLLAMA_HOST": server.hostValue])
        let russian = try await ProcessRunner.run(
            ["-m", "tiny", "--lang", "ru", "Count"], environment: ["OLLAMA_HOST": server.hostValue])
        try await server.shutdown()
        #expect(english.status == 0)
        #expect(english.stdout == "One two three\n")
        #expect(
            english.stderr.range(
                of: #"^⋯ cut off at the token limit \(num_predict\)\n⏱ [^\n]+\n$"#, options: .regularExpression) != nil,
            "\(english.stderr)")
        #expect(russian.stderr.hasPrefix("⋯ обрезано на пределе токенов (num_predict)\n⏱ "), "\(russian.stderr)")
    }

    @Test func aCompleteAnswerHasNoMark() async throws {
        let server = try await OllamaTestServer.start()
        let result = try await ProcessRunner.run(["-m", "tiny", "Hi"], environment: ["OLLAMA_HOST": server.hostValue])
        try await server.shutdown()
        #expect(!result.stderr.contains("⋯"))
    }

    @Test(arguments: [(SIGTERM, Int32(143), "SIGTERM"), (SIGHUP, Int32(129), "SIGHUP")])
    func terminationSignalsExitWith128PlusTheirNumber(_ signal: Int32, _ status: Int32, _ name: String) async throws {
        let server = try await OllamaTestServer.start(
            script: ServerScript(chat: .scripted(.counting(500, tokensPerSecond: 40))))
        let runner = try ProcessRunner(["-m", "tiny", "Count"], environment: ["OLLAMA_HOST": server.hostValue])
        #expect(await runner.waitFor { $0.contains(" w3") })
        runner.send(signal: signal)
        let exitStatus = await runner.wait()
        try await server.shutdown()
        #expect(exitStatus == status)
        #expect(runner.stdout.hasPrefix(" w1 w2 w3"))
        #expect(runner.stdout.hasSuffix("\n"))
        #expect(runner.stderr == "⏹ ended by \(name)\n")
    }
}
