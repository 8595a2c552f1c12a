import OllamaKit
import Testing

@testable import ChatCore

/// Input lines read as commands or text, and completion of partial commands.
struct SlashParserTests {
    let strings = Strings(.english)

    @Test func commands() {
        let cases: [(String, SlashCommand)] = [
            ("/set system You are a pirate.  Arr.", .setSystem("You are a pirate.  Arr.")),
            ("/set system", .setSystem("")),
            ("/set parameter temperature 0.3", .setParameter(.temperature, .decimal(0.3))),
            ("/set parameter stop \"\\n\\n\" User:", .setParameter(.stop, .sequences(["\n\n", "User:"]))),
            ("/set parameter keep_alive -1", .setParameter(.keepAlive, .keepAlive(.seconds(-1)))),
            ("/set think", .setThink(.on)),
            ("/set think high", .setThink(.high)),
            ("/set think off", .setThink(.off)),
            ("/set nothink", .setThink(.off)),
            ("/show info", .showInfo),
            ("/show parameters", .showParameters),
            ("/show system", .showSystem),
            ("/load gemma3:270m", .load(model: "gemma3:270m")),
            ("/clear", .clear),
            ("/help", .help),
            ("/?", .help),
            ("/bye", .bye),
            ("/image ~/Pictures/a cat.png", .image(path: "~/Pictures/a cat.png")),
            ("/SET THINK low", .setThink(.low)),
        ]
        for (line, command) in cases {
            #expect(SlashParser.parse(line) == .command(command), "\(line)")
        }
    }

    @Test func textIsSent() {
        #expect(SlashParser.parse("hello") == .send("hello"))
        #expect(SlashParser.parse("//rest of it") == .send("/rest of it"))
        #expect(SlashParser.parse("/usr/lib/x what is this") == .send("/usr/lib/x what is this"))
        #expect(SlashParser.parse("/5 apples") == .send("/5 apples"))
        #expect(SlashParser.parse("/") == .send("/"))
    }

    @Test func problemsAreNeverSent() {
        #expect(SlashParser.parse("/frobnicate now") == .problem(.unknownCommand("frobnicate")))
        #expect(SlashParser.parse("/set") == .problem(.incomplete(.set)))
        #expect(SlashParser.parse("/set colour blue") == .problem(.unknownArgument(command: .set, word: "colour")))
        #expect(SlashParser.parse("/show") == .problem(.incomplete(.show)))
        #expect(SlashParser.parse("/load") == .problem(.incomplete(.load)))
        #expect(SlashParser.parse("/image  ") == .problem(.incomplete(.image)))
        #expect(SlashParser.parse("/set parameter") == .problem(.incomplete(.setParameter)))
        #expect(SlashParser.parse("/set parameter top_k") == .problem(.incomplete(.setParameter)))
        #expect(SlashParser.parse("/set parameter top_k 0") == .problem(.badValue(.invalid(.topK, text: "0"))))
        #expect(SlashParser.parse("/set parameter tempo 1") == .problem(.badValue(.unknownName("tempo"))))
        #expect(SlashParser.parse("/set think hard") == .problem(.badValue(.invalidThink("hard"))))
    }

    @Test func problemsSayWhatToType() {
        #expect(
            strings.slashProblem(.unknownCommand("frobnicate"))
                == "Unknown command /frobnicate; /help lists them, // at the start sends a line that begins with /")
        #expect(strings.slashProblem(.incomplete(.setParameter)) == "Use /set parameter NAME VALUE")
        #expect(
            strings.slashProblem(.unknownArgument(command: .show, word: "model"))
                == "/show has no \"model\"; use /show info|parameters|system")
        #expect(
            strings.slashProblem(.badValue(.invalid(.topK, text: "0")))
                == "\"0\" cannot be used: top_k is a whole number of 1 or more")
    }

    @Test func completion() {
        func lines(_ line: String) -> [String] { SlashCompletion.candidates(for: line, strings: strings).map(\.line) }
        #expect(lines("/se") == ["/set "])
        #expect(lines("/") == ["/set ", "/show ", "/load ", "/image ", "/clear", "/help", "/bye"])
        #expect(lines("/set p") == ["/set parameter "])
        #expect(lines("/set ") == ["/set system ", "/set parameter ", "/set think ", "/set nothink"])
        #expect(lines("/set parameter te") == ["/set parameter temperature "])
        #expect(lines("/set parameter top") == ["/set parameter top_p ", "/set parameter top_k "])
        #expect(lines("/set think h") == ["/set think high"])
        #expect(lines("/show p") == ["/show parameters"])
        #expect(lines("hello").isEmpty)
        #expect(lines("//x").isEmpty)
        #expect(lines("/set parameter temperature 0").isEmpty)
        let first = SlashCompletion.candidates(for: "/set parameter te", strings: strings).first
        #expect(first?.word == "temperature")
        #expect(first?.description == strings.explanation(.temperature))
        #expect(SlashCompletion.candidates(for: "/cl", strings: strings).first?.description == "Start a new chat")
    }

    @Test func everyTopicHasWordsInBothLanguages() {
        for topic in SlashTopic.allCases {
            #expect(!Strings(.english).slashDescription(topic).isEmpty)
            #expect(!Strings(.russian).slashDescription(topic).isEmpty)
        }
    }
}

/// The `/set` commands change the settings; `/show` and `/help` have their lines.
struct SlashSettingsTests {
    let strings = Strings(.english)

    @Test func setCommandsChangeTheSettings() {
        var settings = ChatSettings()
        for line in ["/set system Be brief.", "/set parameter top_k 20", "/set think low", "/set parameter seed 5"] {
            guard case .command(let command) = SlashParser.parse(line) else {
                Issue.record("\(line) is not a command")
                continue
            }
            let applied = settings.apply(command)
            #expect(applied)
        }
        let cleared = settings.apply(.clear)
        #expect(!cleared)
        #expect(settings.system == "Be brief.")
        #expect(settings.think == .low)
        #expect(strings.parameterLines(settings) == ["think low", "top_k 20", "seed 5"])
        #expect(strings.systemPromptLines(settings) == ["Be brief."])
    }

    @Test func showLinesWhenNothingIsSet() {
        #expect(strings.parameterLines(ChatSettings()) == ["No options are set: the model's defaults are used."])
        #expect(strings.systemPromptLines(ChatSettings()) == ["No system prompt is set."])
    }

    @Test func helpListsEveryCommand() {
        let lines = strings.slashHelpRows.map { "\($0.usage) — \($0.text)" }
        #expect(lines.first == "/set system TEXT — The system prompt, sent first")
        #expect(lines.contains("/set parameter NAME VALUE — A model option such as temperature"))
        #expect(lines.contains("/show parameters — The options this chat sends"))
        #expect(lines.contains("/bye — Quit"))
        #expect(!lines.contains { $0.hasPrefix("/set …") || $0.hasPrefix("/show info|") })
        #expect(lines.last == "//text — Sends /text")
        #expect(Strings(.russian).slashHelpRows.count == lines.count)
    }
}
