import OllamaKit
import Testing

@testable import ChatCore

/// Transport failures are sentences, under "cannot connect" where something does listen.
struct TransportFailureWordsTests {
    let english = Strings(.english)
    let russian = Strings(.russian)

    @Test func sentencesUnderTheRightHeadline() {
        let reset = english.failure(.notReachable(host: "http://h:1", reason: .reset), model: nil)
        #expect(reset.headline == "❌ Cannot connect to Ollama")
        #expect(reset.detail == "(http://h:1: the server reset the connection)")
        let tls = english.failure(.notReachable(host: "https://h:1", reason: .tlsNotSpoken), model: nil)
        #expect(tls.headline == "❌ Cannot connect to Ollama")
        #expect(tls.detail == "(https://h:1: the server does not speak TLS: try http://)")
        #expect(
            russian.failure(.notReachable(host: "http://h:1", reason: .reset), model: nil).detail
                == "(http://h:1: сервер сбросил соединение)")
        #expect(
            english.failure(.notReachable(host: "http://h:1", reason: .refused), model: nil).headline
                == english.notRunning)
        for reason in [ConnectionFailure.reset, .closed, .tlsNotSpoken, .tlsFailed] {
            for strings in [english, russian] { #expect(!strings.describe(reason).isEmpty) }
        }
    }
}
