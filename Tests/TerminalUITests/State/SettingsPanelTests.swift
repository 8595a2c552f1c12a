import ChatCore
import OllamaKit
import Testing

@testable import TerminalUI

/// The settings overlay (F7): fields validated as typed, applied on Enter only when every value
/// can be used, discarded on Esc; think offered by the model's capability; a model that refuses
/// think turns it off for the chat.
struct SettingsPanelTests {
    static func panel(of state: AppState) -> SettingsPanel? {
        if case .settings(let open) = state.overlay { return open }
        return nil
    }

    /// Focus on the option named `name` (Tab from the system prompt).
    static func focus(_ name: OptionField.Name, in state: inout AppState) {
        let index = OptionField.all.firstIndex { $0.name == name } ?? 0
        for _ in 0..<(SettingsPanel.firstOptionIndex + index) { state.press(.tab) }
    }

    @Test func f7OpensTheChatsSettingsAndEnterAppliesThem() {
        var state = AppState.connected()
        #expect(state.press(.function(7)) == [])
        state.type("Be brief.")
        state.press(.newline)
        state.type("Answer in French.")
        Self.focus(.temperature, in: &state)
        state.type("0.7")
        let effects = state.press(.enter)
        var expected = ChatSettings(system: "Be brief.\nAnswer in French.")
        try? expected.set("temperature", text: "0.7")
        #expect(effects == [.settingsChanged(expected)])
        #expect(state.session.settings == expected)
        #expect(state.overlay == nil)
        #expect(state.notice == "Settings: system prompt set, temperature 0.7")
    }

    @Test func aBadValueIsMarkedAndBlocksEnter() {
        var state = AppState.connected()
        state.press(.function(7))
        Self.focus(.topP, in: &state)
        state.type("1.5")
        #expect(Self.panel(of: state)?.problem(ofOption: 1) != nil, "checked as it is typed")
        Self.focus(.seed, in: &state)  // moves on: the bad value stays in its field
        #expect(state.press(.enter) == [])
        let open = Self.panel(of: state)
        #expect(open?.message == "Fix top_p first (marked), or Esc to discard")
        #expect(open?.focus == SettingsPanel.firstOptionIndex + 1, "the focus goes to the bad value")
        #expect(state.session.settings.isEmpty, "never applied")
        state.press(.backspace, .backspace, .backspace)
        state.type("0.9")
        #expect(state.press(.enter).count == 1)
        #expect(state.session.settings.text(of: .topP) == "0.9")
    }

    @Test func escDiscardsAndEnterWithoutChangesSaysSo() {
        var state = AppState.connected()
        state.press(.function(7))
        state.type("ignored")
        #expect(state.press(.escape) == [])
        #expect(state.overlay == nil)
        #expect(state.session.settings.isEmpty)
        state.press(.function(7))
        #expect(state.press(.enter) == [])
        #expect(state.notice == "Settings unchanged")
    }

    @Test func thinkIsChosenWithTheArrowsOrSpaceWhenTheModelThinks() {
        var state = AppState.connected()
        _ = state.update(.modelShown("tiny:latest", .success(ModelDetails(capabilities: ["completion", "thinking"]))))
        state.press(.function(7), .tab)
        state.press(.right)
        #expect(Self.panel(of: state)?.think == .off, "round the ends from not sent")
        state.type(" ")
        #expect(Self.panel(of: state)?.think == .on)
        state.press(.left, .left)
        #expect(Self.panel(of: state)?.think == nil)
        state.press(.left)
        #expect(state.press(.enter) == [.settingsChanged(ChatSettings(think: .high))])
        #expect(state.notice == "Settings: think high")
    }

    @Test func thinkIsDisabledWithWhyWithoutTheCapability() {
        var state = AppState.connected()
        _ = state.update(.modelShown("tiny:latest", .success(ModelDetails(capabilities: ["completion"]))))
        state.press(.function(7), .tab, .right, .character(" "))
        let open = Self.panel(of: state)
        #expect(open?.think == nil)
        #expect(open?.thinkDisabled == "tiny:latest does not report the thinking capability")
    }

    @Test func upAndDownMoveInTheSystemPromptsLinesThenBetweenFields() {
        var state = AppState.connected()
        state.press(.function(7))
        state.type("one")
        state.press(.newline)
        state.type("two")
        state.press(.up)
        #expect(Self.panel(of: state)?.focus == SettingsPanel.systemIndex, "to the line above")
        state.press(.up)
        #expect(Self.panel(of: state)?.focus == SettingsPanel.fieldCount - 1, "round to the last field")
        state.press(.down, .down)
        #expect(Self.panel(of: state)?.focus == SettingsPanel.systemIndex, "back in, then to its second line")
        state.press(.down)
        #expect(Self.panel(of: state)?.focus == SettingsPanel.thinkIndex)
        state.press(.backTab, .backTab)
        #expect(Self.panel(of: state)?.focus == SettingsPanel.fieldCount - 1)
    }

    @Test func applySettingsIsTheWayInForOtherFrontEnds() {
        var state = AppState.connected()
        var new = ChatSettings()
        try? new.set("seed", text: "42")
        #expect(state.applySettings(new, notice: "seed 42") == [.settingsChanged(new)])
        #expect(state.notice == "seed 42")
        #expect(state.applySettings(new, notice: "again") == [], "nothing changed: nothing to save")
    }

    @Test func theNextRequestIsSentWithTheSettingsOfTheSession() {
        var state = AppState.connected()
        state.press(.function(7))
        Self.focus(.numCtx, in: &state)
        state.type("8192")
        state.press(.enter)
        #expect(state.session.settings.values[.numCtx] == .whole(8192))
    }

    @Test func aModelThatCannotThinkTurnsThinkOffAndKeepsThePrompt() {
        var state = AppState.connected()
        _ = state.applySettings(ChatSettings(think: .on), notice: "")
        state.type("Why?")
        state.press(.enter)
        let effects = state.stream(.failed(.thinkingUnsupported(model: "tiny:latest")))
        #expect(effects == [.settingsChanged(ChatSettings(think: .off)), .listRunning])
        #expect(state.session.settings.think == .off)
        #expect(state.editor.text == "Why?", "the prompt is back in the input line")
        #expect(state.history.isEmpty)
        #expect(state.phase == .ready, "nothing is sent by itself")
        let screen = state.screen(rows: 14, columns: 120)
        #expect(screen.contains { $0.contains("Thinking is now off for this chat") })
    }

    @Test func theOverlaySpeaksRussian() {
        var state = makeState(preferredModel: "tiny", language: .russian)
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        state.press(.function(7))
        let screen = state.screen(rows: 24, columns: 80)
        #expect(screen.contains { $0.contains("Настройки чата") })
        #expect(screen.contains { $0.contains("системный запрос") })
        state.press(.tab)
        #expect(state.screen(rows: 24, columns: 80).contains { $0.contains("нет: свой у модели") }, "when not edited")
        var new = ChatSettings(think: .on)
        try? new.set("temperature", text: "0.2")
        #expect(
            state.strings.settingsChanged(from: ChatSettings(), to: new) == "Настройки: think вкл, temperature 0.2")
    }
}
