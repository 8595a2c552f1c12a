import OllamaKit
import Testing

@testable import ChatCore

/// A 401 asks for OLLAMA_API_KEY, or says the key was refused, and exits 3.
struct UnauthorizedWordsTests {
    @Test func a401AsksForTheKey() {
        let english = Strings(.english)
        let russian = Strings(.russian)
        let missing = english.failure(.unauthorized(url: "http://h:1/api/tags", keySent: false), model: nil)
        #expect(
            missing.headline
                == "🔒 The server wants an API key: set OLLAMA_API_KEY (it is sent as Authorization: Bearer)")
        #expect(missing.detail == "(http://h:1/api/tags: HTTP 401)")
        #expect(
            english.failure(.unauthorized(url: "u", keySent: true), model: nil).headline
                == "🔒 The server refused the API key: check OLLAMA_API_KEY")
        #expect(
            russian.failure(.unauthorized(url: "u", keySent: false), model: nil).headline.hasPrefix(
                "🔒 Серверу нужен ключ API: задайте OLLAMA_API_KEY"))
        #expect(ExitStatus(failure: .unauthorized(url: "u", keySent: false)) == .notReachable)
        for strings in [english, russian] {
            #expect(!strings.describe(.unauthorized(url: "u", keySent: false)).isEmpty)
        }
    }
}
