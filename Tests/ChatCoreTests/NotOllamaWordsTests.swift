import OllamaKit
import Testing

@testable import ChatCore

/// A URL that is not an Ollama API is said so, with the URL tried, and is never "not installed".
struct NotOllamaWordsTests {
    let english = Strings(.english)
    let russian = Strings(.russian)

    @Test func aPlainText404IsNotAnOllamaAPI() {
        let error = OllamaError.notOllama(url: "http://h:1/prefix/api/tags", status: 404, excerpt: "404 page not found")
        let words = english.failure(error, model: "x")
        #expect(words.headline == "❌ This URL does not look like an Ollama API: check OLLAMA_HOST and its path prefix")
        #expect(words.detail == "(http://h:1/prefix/api/tags: HTTP 404 \"404 page not found\")")
        #expect(
            russian.failure(error, model: "x").headline
                == "❌ Этот адрес не похож на API Ollama: проверьте OLLAMA_HOST и путь в нём")
        #expect(ExitStatus(failure: error) == .notReachable)
        for strings in [english, russian] { #expect(!strings.describe(error).isEmpty) }
    }

    @Test func aMissingModelWithoutANameIsNotAnEmptyName() {
        let error = OllamaError.httpStatus(code: 404, message: "model 'x' not found")
        #expect(!english.failure(error, model: nil).headline.contains("Model  is"))
        #expect(!english.failure(error, model: "").headline.contains("Model  is"))
    }
}
