import OllamaKit
import Testing

@testable import ChatCore

/// The option table's validation and its words, through `ChatSettings`.
struct ChatSettingsTests {
    let strings = Strings(.english)

    @Test func eachFieldReadsItsKindOfValue() throws {
        var settings = ChatSettings()
        try settings.set("temperature", text: "0.7")
        try settings.set("TOP_K", text: " 40 ")
        try settings.set("seed", text: "-3")
        try settings.set("num_predict", text: "-1")
        try settings.set("stop", text: #""\n\n" User: "end of text""#)
        try settings.set("keep_alive", text: "1h30m")
        #expect(settings.values[.temperature] == .decimal(0.7))
        #expect(settings.values[.topK] == .whole(40))
        #expect(settings.values[.seed] == .whole(-3))
        #expect(settings.values[.numPredict] == .whole(-1))
        #expect(settings.values[.stop] == .sequences(["\n\n", "User:", "end of text"]))
        #expect(settings.values[.keepAlive] == .keepAlive(.duration("1h30m")))
        #expect(settings.text(of: .stop) == #""\n\n" User: "end of text""#)
        #expect(settings.text(of: .temperature) == "0.7")
        #expect(settings.text(of: .minP).isEmpty)
    }

    @Test func blankTextIsTheModelsDefault() throws {
        var settings = ChatSettings()
        try settings.set("top_p", text: "0.9")
        try settings.set("top_p", text: "  ")
        #expect(settings.isEmpty)
    }

    @Test func aBadValueChangesNothingAndSaysWhatWouldDo() {
        var settings = ChatSettings()
        let cases: [(String, String, String)] = [
            ("top_k", "0", "\"0\" cannot be used: top_k is a whole number of 1 or more"),
            ("top_k", "2.5", "\"2.5\" cannot be used: top_k is a whole number of 1 or more"),
            ("top_p", "1.5", "\"1.5\" cannot be used: top_p is a number from 0 to 1"),
            ("temperature", "hot", "\"hot\" cannot be used: temperature is a number of 0 or more"),
            ("temperature", "nan", "\"nan\" cannot be used: temperature is a number of 0 or more"),
            (
                "keep_alive", "5 minutes",
                "\"5 minutes\" cannot be used: keep_alive is seconds or a duration such as 5m, 1h30m, -1"
                    + " (negative: keep loaded, 0: unload at once)"
            ),
        ]
        for (name, text, message) in cases {
            #expect(throws: OptionProblem.self) { try settings.set(name, text: text) }
            do {
                try settings.set(name, text: text)
            } catch {
                #expect(strings.settingProblem(error) == message)
            }
        }
        #expect(settings.isEmpty)
    }

    @Test func anUnknownNameListsTheOptions() {
        var settings = ChatSettings()
        #expect(throws: OptionProblem.unknownName("tempo")) { try settings.set("tempo", text: "1") }
        #expect(
            strings.settingProblem(.unknownName("tempo"))
                == "There is no option \"tempo\"; the options are temperature, top_p, top_k, min_p, seed, num_ctx,"
                + " num_predict, repeat_penalty, stop, keep_alive")
    }

    @Test func untrustedTextIsShownEscapedAndCut() {
        let message = strings.settingProblem(.invalid(.topK, text: "\u{1B}[31m" + String(repeating: "x", count: 100)))
        #expect(message.hasPrefix("\"\\u{1B}[31m"))
        #expect(message.contains("…\" cannot be used"))
    }

    @Test func keepAliveTakesSecondsAndGoDurations() throws {
        let field = OptionField.named("keep_alive")
        for good in ["-1", "0", "300", "5m", "1h30m", "1.5h", "300ms", "-1m"] {
            #expect((try? field?.validate(good).get()) != nil, "\(good)")
        }
        for bad in ["m", "5x", "1h30", "--1m", "5 m", "forever"] {
            #expect((try? field?.validate(bad).get()) == nil, "\(bad)")
        }
        #expect(try field?.validate("-1").get() == .keepAlive(.seconds(-1)))
    }

    @Test func thinkReadsItsWords() throws {
        #expect(try ChatSettings.think(from: "High").get() == .high)
        #expect(try ChatSettings.think(from: "false").get() == .off)
        #expect(try ChatSettings.think(from: "").get() == nil)
        #expect(throws: OptionProblem.invalidThink("maybe")) { try ChatSettings.think(from: "maybe").get() }
    }

    @Test func everyFieldHasWordsInBothLanguages() {
        for field in OptionField.all {
            for language in [Language.english, .russian] {
                #expect(!Strings(language).explanation(field.name).isEmpty)
                #expect(Strings(language).allowedValues(field).hasPrefix(field.name.rawValue))
            }
        }
    }
}
