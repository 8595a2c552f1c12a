import ChatCore
import OllamaKit
import Testing

@testable import TerminalUI

/// Slash commands typed in the input line run instead of being sent; what only looks like one is
/// sent as text.
struct SlashCommandTests {
    /// The messages of the chat request `effects` start, if they start one.
    func sent(_ effects: [AppState.Effect]) -> [ChatMessage]? {
        guard case .startChat(let messages, _, _)? = effects.first else { return nil }
        return messages
    }

    @Test func setCommandsChangeTheChatsSettingsAndSaveThem() throws {
        var state = AppState.connected()
        state.type("/set parameter temperature 0.5")
        var expected = ChatSettings()
        try expected.set("temperature", text: "0.5")
        #expect(state.press(.enter) == [.settingsChanged(expected)])
        #expect(state.session.settings == expected && state.editor.isEmpty)
        #expect(state.notice == "temperature set to 0.5 for this chat")
        state.type("/set system You are terse.")
        expected.system = "You are terse."
        #expect(state.press(.enter) == [.settingsChanged(expected)])
        state.type("/set think high")
        expected.think = .high
        #expect(state.press(.enter) == [.settingsChanged(expected)])
    }

    @Test func aBadCommandIsAMessageAndStaysInTheInputLine() {
        var state = AppState.connected()
        state.type("/frobnicate now")
        #expect(state.press(.enter) == [])
        #expect(state.editor.text == "/frobnicate now")
        #expect(state.notice?.hasPrefix("Unknown command /frobnicate") == true)
        state.editor.clear()
        state.type("/set parameter top_k lots")
        #expect(state.press(.enter) == [])
        #expect(state.session.settings == ChatSettings(), "a bad value is never applied")
        #expect(state.notice?.contains("top_k") == true)
    }

    @Test func aLineThatOnlyLooksLikeACommandIsSent() {
        var state = AppState.connected()
        state.type("//etc/hosts is a file")
        #expect(sent(state.press(.enter))?.last?.content == "/etc/hosts is a file")
        state.stream(.done(ChatCounters()))
        state.type("/usr/bin/env what is it")
        #expect(sent(state.press(.enter))?.last?.content == "/usr/bin/env what is it")
    }

    @Test func helpByeClearAndLoad() {
        var state = AppState.connected()
        state.type("/help")
        _ = state.press(.enter)
        #expect(state.showingHelp)
        let help = HelpGeometry(strings: state.strings, area: Rect(top: 0, left: 0, height: 40, width: 100)).lines
        #expect(help.contains(.heading("Commands in the input line")))
        #expect(help.contains(.key(label: "/set parameter NAME VALUE", text: "A model option such as temperature")))
        #expect(help.contains(.key(label: "//text", text: "Sends /text")))
        state.press(.escape)
        state.type("/load gemma3:270m")
        #expect(state.press(.enter) == [.showModel("gemma3:270m"), .listRunning])
        #expect(state.model == "gemma3:270m")
        state.type("/load nothing-here")
        #expect(state.press(.enter) == [])
        #expect(state.notice == state.strings.modelNotFound("nothing-here"))
        state.editor.clear()
        state.type("/bye")
        #expect(state.press(.enter) == [.quit])
    }

    @Test func showInfoOpensTheModelsDetails() {
        var state = AppState.connected()
        state.type("/show info")
        #expect(state.press(.enter) == [.showModel("tiny:latest")])
        var details = ModelDetails(capabilities: ["completion", "vision"], contextLength: 32768)
        details.family = "gemma3"
        _ = state.update(.modelShown("tiny:latest", .success(details)))
        guard case .modelDetails = state.overlay else {
            Issue.record("no details shown")
            return
        }
        let screen = state.screen(rows: 24, columns: 80)
        #expect(screen.contains { $0.contains("32768") })
        #expect(screen.contains { $0.contains(state.strings.capability("vision")) })
        state.press(.escape)
        state.type("/show info")
        #expect(state.press(.enter) == [], "known: shown at once")
    }

    @Test func completionsShowTabTakesAndArrowsChoose() {
        var state = AppState.connected()
        state.type("/s")
        #expect(state.completions.map(\.word) == ["set", "show"])
        let screen = state.screen(rows: 12, columns: 60)
        #expect(screen.contains { $0.contains("set") && $0.contains("Change a setting") })
        #expect(screen.contains { $0.contains("Tab completes") })
        state.press(.down)
        state.press(.tab)
        #expect(state.editor.text == "/show ")
        state.press(.tab)
        #expect(state.editor.text == "/show info")
        #expect(state.completions.isEmpty, "a whole command needs no popup")
        state.editor.clear()
        state.type("plain text")
        #expect(state.completions.isEmpty)
        state.press(.tab)
        #expect(state.editor.text == "plain text\t", "Tab types a tab outside a command")
    }
}

/// Images attached with `/image` or named in a prompt go with the message, shown as labels.
struct ImageAttachTests {
    let cat = ImageAttachment(name: "cat.png", byteCount: 1_234_567, base64: "iVBORw0KGgo=")

    static func seeing() -> AppState {
        var state = AppState.connected()
        _ = state.update(.modelShown("tiny:latest", .success(ModelDetails(capabilities: ["completion", "vision"]))))
        return state
    }

    @Test func anImageWaitsForTheNextMessageAndIsShownWithIt() {
        var state = Self.seeing()
        state.type("/image ~/cat.png")
        #expect(state.press(.enter) == [.attachImages(paths: ["~/cat.png"], prompt: nil)])
        _ = state.update(.imagesLoaded(prompt: nil, [.success(cat)]))
        #expect(state.notice == "Attached [image: cat.png, 1.2 MB]: it goes with the next message")
        let separator = state.screen(rows: 12, columns: 70)[9]
        #expect(separator.contains("[image: cat.png, 1.2 MB] goes with the next message"), "\(separator)")
        state.type("What is this?")
        guard case .startChat(let messages, _, _)? = state.press(.enter).first else {
            Issue.record("no request")
            return
        }
        #expect(messages.last?.images == ["iVBORw0KGgo="])
        #expect(state.history.entries.last?.images == [cat])
        #expect(state.screen(rows: 12, columns: 60).contains { $0.contains("[image: cat.png, 1.2 MB]") })
        state.stream(.done(ChatCounters()))
        state.type("And now?")
        guard case .startChat(let next, _, _)? = state.press(.enter).first else { return }
        #expect(next.last?.images == [], "sent once, with its own message")
    }

    @Test func f2DropsImagesNotSentYet() {
        var state = Self.seeing()
        _ = state.update(.imagesLoaded(prompt: nil, [.success(cat)]))
        state.press(.function(2))
        #expect(state.pendingImages.isEmpty)
        #expect(!state.screen(rows: 12, columns: 70).joined().contains("[image:"))
    }

    @Test func aPathInThePromptIsReadAndTakenOut() {
        var state = Self.seeing()
        state.type("what is in /tmp/cat.png please")
        #expect(
            state.press(.enter) == [.attachImages(paths: ["/tmp/cat.png"], prompt: "what is in /tmp/cat.png please")])
        let effects = state.update(.imagesLoaded(prompt: "what is in /tmp/cat.png please", [.success(cat)]))
        guard case .startChat(let messages, _, _)? = effects.first else {
            Issue.record("not sent")
            return
        }
        #expect(messages.last?.content == "what is in please")
        #expect(messages.last?.images == ["iVBORw0KGgo="])
    }

    @Test func aPathToNoFileStaysTextAndABadFileSendsNothing() {
        var state = Self.seeing()
        let prompt = "compare /tmp/none.png"
        let missing = state.update(.imagesLoaded(prompt: prompt, [.failure(.missing(path: "/tmp/none.png"))]))
        guard case .startChat(let messages, _, _)? = missing.first else {
            Issue.record("not sent")
            return
        }
        #expect(messages.last?.content == prompt && messages.last?.images == [])
        state.stream(.done(ChatCounters()))
        let bad = state.update(.imagesLoaded(prompt: prompt, [.failure(.notAnImage(path: "/tmp/none.png"))]))
        #expect(bad == [])
        #expect(state.editor.text == prompt, "the prompt is given back")
        #expect(state.notice == "/tmp/none.png is not a PNG, JPEG or WebP image; nothing was sent")
    }

    @Test func whileTheCapabilitiesAreUnknownAPathIsOfferedAsAnImage() {
        var state = AppState.connected()
        #expect(state.capabilities == nil)
        state.type("look at /tmp/cat.png")
        #expect(state.press(.enter) == [.attachImages(paths: ["/tmp/cat.png"], prompt: "look at /tmp/cat.png")])
    }

    @Test func aModelThatCannotSeeIsTold() {
        var state = AppState.connected()
        _ = state.update(.modelShown("tiny:latest", .success(ModelDetails(capabilities: ["completion"]))))
        state.type("/image /tmp/cat.png")
        #expect(state.press(.enter) == [])
        #expect(state.notice == "tiny:latest cannot see images (no vision capability); nothing was sent")
        state.type("look at /tmp/cat.png")
        #expect(sent(state.press(.enter))?.last?.content == "look at /tmp/cat.png", "a path is only text here")
    }

    func sent(_ effects: [AppState.Effect]) -> [ChatMessage]? {
        guard case .startChat(let messages, _, _)? = effects.first else { return nil }
        return messages
    }
}
