import ChatConfig
import OllamaKit
import Testing

@testable import ChatCore

/// config.toml read into settings, its problems with their lines, and its place below flags and
/// the environment.
struct ConfigFileTests {
    let strings = Strings(.english)
    let path = "/home/u/.config/ollama-tui/config.toml"

    @Test func readsEveryKey() throws {
        let file = ConfigFile.parse(
            """
            model = "gemma3:270m"
            system = "Be brief."
            think = "high"
            keep_alive = "10m"

            [options]
            temperature = 0.2
            top_k = 40
            top_p = 1
            stop = ["User:", "\\n\\n"]
            """, path: path)
        #expect(file.problems.isEmpty, "\(file.problems)")
        #expect(file.model == "gemma3:270m")
        #expect(file.settings.system == "Be brief.")
        #expect(file.settings.think == .high)
        #expect(file.settings.values[.keepAlive] == .keepAlive(.duration("10m")))
        #expect(file.settings.values[.temperature] == .decimal(0.2))
        #expect(file.settings.values[.topK] == .whole(40))
        #expect(file.settings.values[.topP] == .decimal(1))
        #expect(file.settings.values[.stop] == .sequences(["User:", "\n\n"]))
    }

    @Test func aBadValueIsLeftOutWithItsLine() {
        let file = ConfigFile.parse(
            """
            think = true

            [options]
            temperature = 0.5
            top_k = 0
            """, path: path)
        #expect(file.settings.think == .on)
        #expect(file.settings.values[.temperature] == .decimal(0.5))
        #expect(file.settings.values[.topK] == nil)
        #expect(file.problems.map(\.line) == [5])
        #expect(
            file.problems.map(strings.configProblem) == [
                "\(path), line 5: \"0\" cannot be used: top_k is a whole number of 1 or more;"
                    + " the model's default is used"
            ])
        #expect(file.problems.allSatisfy { !$0.isWarning })
    }

    @Test func unknownKeysAreWarnings() {
        let file = ConfigFile.parse(
            """
            model = "tiny"
            colour = "blue"
            [options]
            temprature = 1
            """, path: path)
        #expect(file.model == "tiny")
        #expect(file.problems.allSatisfy { $0.isWarning })
        #expect(
            file.problems.map(strings.configProblem) == [
                "\(path), line 2: unknown setting \"colour\", ignored",
                "\(path), line 4: unknown setting \"temprature\", ignored",
            ])
    }

    @Test func aMalformedFileGivesTheParsersLineAndNoSettings() {
        let file = ConfigFile.parse("model = \"tiny\"\nsystem = \n", path: path)
        #expect(file.model == nil)
        #expect(file.settings.isEmpty)
        #expect(file.problems.count == 1)
        #expect(file.problems.first?.line == 2)
        #expect(strings.configProblem(file.problems[0]).hasPrefix("\(path), line 2: not a TOML file ("))
        #expect(strings.configProblem(file.problems[0]).hasSuffix("); the defaults are used"))
    }

    @Test func textKeysTakeText() {
        let file = ConfigFile.parse("model = 3\n", path: path)
        #expect(file.model == nil)
        #expect(
            file.problems.map(strings.configProblem) == ["\(path), line 1: model is text in quotes; it is not used"])
    }

    @Test func historyFalseSavesNothingUnlessTheVariableSaysOtherwise() throws {
        let off = ConfigFile.parse("history = false\n", path: path)
        #expect(off.history == false && off.problems.isEmpty)
        #expect(
            try !Configuration.resolve(overrides: .init(), environment: [:], dotEnv: [:], configFile: off)
                .historyEnabled)
        let variable = ["OLLAMA_TUI_NO_HISTORY": "0"]
        #expect(
            try Configuration.resolve(overrides: .init(), environment: variable, dotEnv: [:], configFile: off)
                .historyEnabled, "the environment wins over the file")
        #expect(try Configuration.resolve(overrides: .init(), environment: [:], dotEnv: [:]).historyEnabled)
        let wrong = ConfigFile.parse("history = \"no\"\n", path: path)
        #expect(wrong.history == nil)
        #expect(
            wrong.problems.map(strings.configProblem) == ["\(path), line 1: history is true or false; it is not used"])
    }

    @Test func thePathFollowsXDG() {
        #expect(ConfigFile.defaultPath(["XDG_CONFIG_HOME": "/x/", "HOME": "/h"]) == "/x/ollama-tui/config.toml")
        #expect(
            ConfigFile.defaultPath(["XDG_CONFIG_HOME": "rel", "HOME": "/h"]) == "/h/.config/ollama-tui/config.toml")
        #expect(ConfigFile.defaultPath([:]) == nil)
    }

    @Test func aMissingFileIsNoSettings() {
        #expect(ConfigFile.load(path: "/nonexistent/ollama-tui/config.toml") == ConfigFile())
    }

    @Test func flagsAndTheEnvironmentWinOverTheFile() throws {
        var file = ConfigFile.parse(
            """
            model = "file-model"
            system = "From the file."
            [options]
            temperature = 0.5
            seed = 1
            """, path: path)
        let fromFile = try Configuration.resolve(overrides: .init(), environment: [:], dotEnv: [:], configFile: file)
        #expect(fromFile.model == "file-model")
        #expect(fromFile.chatDefaults == file.settings)
        let environment = try Configuration.resolve(
            overrides: .init(), environment: ["OLLAMA_MODEL": "env-model"], dotEnv: [:], configFile: file)
        #expect(environment.model == "env-model")
        let flagged = try Configuration.resolve(
            overrides: .init(
                model: "flag-model", system: "From a flag.", options: ["temperature=0.9", "top_k=5"], think: "off"),
            environment: [:], dotEnv: [:], configFile: file)
        #expect(flagged.model == "flag-model")
        try file.settings.set("temperature", text: "0.9")
        try file.settings.set("top_k", text: "5")
        file.settings.system = "From a flag."
        file.settings.think = .off
        #expect(flagged.chatDefaults == file.settings)
    }

    @Test func aBadFlagIsAProblem() {
        func message(_ overrides: Configuration.Overrides) -> String? {
            do {
                _ = try Configuration.resolve(overrides: overrides, environment: [:], dotEnv: [:])
                return nil
            } catch {
                return error.message
            }
        }
        #expect(
            message(.init(options: ["top_k=0"]))
                == "--option top_k=0: \"0\" cannot be used: top_k is a whole number of 1 or more")
        #expect(
            message(.init(options: ["temperature"]))
                == "--option \"temperature\": use NAME=VALUE, e.g. --option temperature=0.7")
        #expect(
            message(.init(options: ["tempo=1"]))?.hasPrefix("--option tempo=1: There is no option \"tempo\"") == true)
        #expect(
            message(.init(think: "maybe")) == "--think: \"maybe\" cannot be used: think is on, off, low, medium or high"
        )
    }
}
