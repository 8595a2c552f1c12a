import Foundation
import OllamaTestServer
import Testing

@testable import OllamaKit

/// A client that reports tokens hands over, with each handover's text, how many streamed lines
/// it joined, so a front end can count tokens live although pieces are joined.
struct TokenCountTests {
    @Test func theCountsAddUpToTheTokensAndComeBeforeTheEnd() async throws {
        let server = try await OllamaTestServer.start(
            script: ServerScript(chat: .scripted(.counting(40, tokensPerSecond: 400))))
        let host = try OllamaHost.parse(server.hostValue)
        let client = OllamaClient(
            configuration: OllamaClientConfiguration(host: host, coalescingInterval: 0.016, reportsTokens: true))
        let start = ContinuousClock.now
        let chunks = await collect(client.chat(messages: hello, model: "tiny"))
        let quarters = (ContinuousClock.now - start) / .milliseconds(250)
        let counts = chunks.compactMap { if case .tokens(let count) = $0 { count } else { nil } }
        #expect(counts.reduce(0, +) == 40)
        #expect(counts.count <= chunks.contentCount, "one count per handover of text at most")
        #expect(Double(counts.count) <= quarters + 2, "at most a count a quarter second, and one at the end")
        #expect(chunks.last.map { if case .done = $0 { true } else { false } } == true)
        await client.shutdown()
        try await server.shutdown()
    }

    @Test func noCountsUnlessAsked() async throws {
        try await withServer(ServerScript(chat: .scripted(.counting(5, tokensPerSecond: 0)))) { _, client in
            let chunks = await collect(client.chat(messages: hello, model: "tiny"))
            #expect(!chunks.contains { if case .tokens = $0 { true } else { false } })
        }
    }
}
