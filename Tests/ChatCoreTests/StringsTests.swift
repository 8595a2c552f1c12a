import OllamaKit
import Testing

@testable import ChatCore

struct StringsTests {
    let english = Strings(.english)
    let russian = Strings(.russian)

    @Test func theSeedsMessagesInBothLanguages() {
        #expect(english.notRunning == "❌ Ollama is not running. Start it: ollama serve")
        #expect(russian.notRunning == "❌ Ollama не запущен. Запустите: ollama serve")
        #expect(english.noModels == "📦 No models installed. Install one: ollama pull gemma2:2b")
        #expect(russian.noModels == "📦 Моделей нет. Установите: ollama pull gemma2:2b")
        #expect(english.generationError("boom") == "⚠️ Error: boom")
        #expect(russian.generationError("boom") == "⚠️ Ошибка: boom")
        #expect(english.connected("gemma2:2b") == "✅ Connected to gemma2:2b. Send a message!")
        #expect(russian.connected("gemma2:2b") == "✅ Подключено к gemma2:2b. Отправьте сообщение!")
    }

    @Test func metricsLineAsInTheSeed() {
        let metrics = Metrics(wallSeconds: 2.34, characters: 127, tokensPerSecond: 56.4)
        #expect(english.metricsLine(metrics) == "⏱ 2.3 s • 🔢 127 chars • 📊 56 tok/s")
        #expect(russian.metricsLine(metrics) == "⏱ 2.3 сек • 🔢 127 символов • 📊 56 ток/сек")
    }

    @Test func withoutCountersTokensPerSecondIsLeftOut() {
        let metrics = Metrics(
            answer: "Hi!", wallSeconds: 0.96, timeToFirstToken: nil, counters: ChatCounters(doneReason: "stop"))
        #expect(english.metricsLine(metrics) == "⏱ 1.0 s • 🔢 3 chars")
        #expect(russian.metricsLine(metrics) == "⏱ 1.0 сек • 🔢 3 символов")
    }

    @Test func everyErrorHasWordsInEveryLanguage() {
        let errors: [OllamaError] = [
            .notReachable(host: "http://h:1", reason: .refused), .httpStatus(code: 500, message: "m"),
            .streamError(message: "s"),
            .malformedLine(excerpt: "x"), .connectionLost(host: "http://h:1"), .timeout(seconds: 300), .cancelled,
        ]
        for strings in [english, russian] {
            for error in errors { #expect(!strings.describe(error).isEmpty) }
        }
        #expect(english.describe(.timeout(seconds: 300)) == "no answer for 300 s (timeout)")
        #expect(
            russian.describe(.connectionLost(host: "http://h:1"))
                == "соединение с http://h:1 прервалось до конца ответа")
        #expect(
            english.describe(.httpStatus(code: 404, message: "model 'x' not found")) == "HTTP 404: model 'x' not found")
    }

    @Test(arguments: [
        (Int64(253_114_013), "253MB"), (1_600_000_000, "1.6GB"), (4_300_000_000, "4.3GB"), (999, "999B"),
        (12_500, "13KB"), (2_000_000_000_000, "2.0TB"),
    ])
    func modelSizesInDecimalUnits(_ bytes: Int64, _ text: String) {
        #expect(ModelSize.format(bytes) == text)
    }

    @Test func modelLabel() {
        #expect(ModelSize.label("gemma3:270m", bytes: 253_114_013) == "gemma3:270m (253MB)")
    }

    @Test func languageCodes() {
        #expect(Language(code: "ru_RU.UTF-8") == .russian)
        #expect(Language(code: "en") == .english)
        #expect(Language(code: "de") == nil)
        #expect(Language.fromLocale(["LANG": "de_DE.UTF-8"]) == .english)
    }
}

struct FailureWordsTests {
    @Test func eachFailureHasItsHeadlineDetailAndExitStatus() {
        let strings = Strings(.english)
        let refused = OllamaError.notReachable(host: "http://h:1", reason: .refused)
        #expect(strings.failure(refused, model: nil) == (strings.notRunning, "(http://h:1: connection refused)"))
        #expect(ExitStatus(failure: refused) == .notReachable)
        let missing = OllamaError.httpStatus(code: 404, message: "model 'x:latest' not found")
        #expect(
            strings.failure(missing, model: "x").headline == "📦 Model x is not installed. Install it: ollama pull x")
        #expect(ExitStatus(failure: missing) == .modelUnavailable)
        let dropped = OllamaError.connectionLost(host: "http://h:1")
        #expect(strings.failure(dropped, model: "x").headline.hasPrefix("⚠️ Error: the connection"))
        #expect(ExitStatus(failure: dropped) == .answerFailed)
        #expect(strings.failure(.cancelled, model: nil).headline == "⏹ stopped")
        #expect(ExitStatus(failure: .cancelled) == .interrupted)
    }
}
