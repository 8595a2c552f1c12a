import Foundation
import OllamaTestServer
import Testing

/// The built executable against servers that answer but cannot be used: each is said in words,
/// with the URL or host tried, and exits 3.
@Suite(.serialized)
struct UnusableServerTests {
    static let notOllama = "❌ This URL does not look like an Ollama API: check OLLAMA_HOST and its path prefix\n"

    @Test func aWrongPathPrefixIsNotAnOllamaAPI() async throws {
        let server = try await OllamaTestServer.start()
        let host = "http://\(server.hostValue)/prefix"
        let listing = try await ProcessRunner.run(["--list-models"], environment: ["OLLAMA_HOST": host])
        let answer = try await ProcessRunner.run(["-m", "tiny", "Hi"], environment: ["OLLAMA_HOST": host])
        let firstListed = try await ProcessRunner.run(["Hi"], environment: ["OLLAMA_HOST": host])
        try await server.shutdown()
        #expect(listing.status == 3)
        #expect(listing.stderr == Self.notOllama + "(\(host)/api/tags: HTTP 404 \"404 page not found\")\n")
        #expect(answer.status == 3)
        #expect(answer.stderr == Self.notOllama + "(\(host)/api/chat: HTTP 404 \"404 page not found\")\n")
        #expect(firstListed.status == 3)
        #expect(firstListed.stderr == listing.stderr)
    }

    @Test func aModelListThatIsNotOllamasShape() async throws {
        let server = try await OllamaTestServer.start(
            script: ServerScript(models: .failure(status: 200, body: "{\"object\":\"list\",\"data\":[]}")))
        let result = try await ProcessRunner.run(["--list-models"], environment: ["OLLAMA_HOST": server.hostValue])
        try await server.shutdown()
        #expect(result.status == 3)
        #expect(
            result.stderr == Self.notOllama
                + "(http://\(server.hostValue)/api/tags: HTTP 200 \"{\"object\":\"list\",\"data\":[]}\")\n")
    }

    @Test func aMissingModelIsStillNamed() async throws {
        let server = try await OllamaTestServer.start()
        let result = try await ProcessRunner.run(["-m", "nope", "Hi"], environment: ["OLLAMA_HOST": server.hostValue])
        try await server.shutdown()
        #expect(result.status == 4)
        #expect(result.stderr == "📦 Model nope is not installed. Install it: ollama pull nope\n")
    }

    @Test func anAPIKeyIsNeeded() async throws {
        let unauthorized = "{\"error\":\"unauthorized\"}"
        let server = try await OllamaTestServer.start(
            script: ServerScript(models: .failure(status: 401, body: unauthorized)))
        let listing = try await ProcessRunner.run(["--list-models"], environment: ["OLLAMA_HOST": server.hostValue])
        let refused = try await ProcessRunner.run(
            ["--list-models"], environment: ["OLLAMA_HOST": server.hostValue, "OLLAMA_API_KEY": "wrong"])
        server.setScript(ServerScript(chat: .status(401, body: unauthorized)))
        let answer = try await ProcessRunner.run(["-m", "tiny", "Hi"], environment: ["OLLAMA_HOST": server.hostValue])
        try await server.shutdown()
        #expect(listing.status == 3)
        #expect(
            listing.stderr
                == "🔒 The server wants an API key: set OLLAMA_API_KEY (it is sent as Authorization: Bearer)\n(http://\(server.hostValue)/api/tags: HTTP 401)\n"
        )
        #expect(answer.status == 3)
        #expect(
            answer.stderr
                == "🔒 The server wants an API key: set OLLAMA_API_KEY (it is sent as Authorization: Bearer)\n(http://\(server.hostValue)/api/chat: HTTP 401)\n"
        )
        #expect(refused.status == 3)
        #expect(
            refused.stderr
                == "🔒 The server refused the API key: check OLLAMA_API_KEY\n(http://\(server.hostValue)/api/tags: HTTP 401)\n"
        )
    }

    @Test func aResetConnectionIsSaidInWords() async throws {
        let server = try await OllamaTestServer.start(script: ServerScript(models: .reset))
        let listing = try await ProcessRunner.run(["--list-models"], environment: ["OLLAMA_HOST": server.hostValue])
        server.setScript(ServerScript(chat: .reset))
        let answer = try await ProcessRunner.run(["-m", "tiny", "Hi"], environment: ["OLLAMA_HOST": server.hostValue])
        try await server.shutdown()
        for result in [listing, answer] {
            #expect(result.status == 3)
            #expect(
                result.stderr
                    == "❌ Cannot connect to Ollama\n(http://\(server.hostValue): the server reset the connection)\n")
        }
    }

    @Test func httpsAgainstAPlainHTTPServer() async throws {
        let server = try await OllamaTestServer.start()
        let host = "https://\(server.hostValue)"
        let result = try await ProcessRunner.run(["--list-models"], environment: ["OLLAMA_HOST": host])
        try await server.shutdown()
        #expect(result.status == 3)
        #expect(result.stderr == "❌ Cannot connect to Ollama\n(\(host): the server does not speak TLS: try http://)\n")
    }
}
