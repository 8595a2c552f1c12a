import ChatCore
import OllamaKit
import Testing

@testable import TerminalUI

/// The seed's flow, driven through `AppState.update` and read from the in-memory canvas.
struct AppStateTests {
    @Test func startsByListingModels() {
        var state = makeState()
        #expect(state.startEffects == [.listModels])
        #expect(state.phase == .connecting)
        #expect(state.screen().last?.contains("connecting…") == true)
    }

    @Test func thePickerListsModelsWithSizes() {
        var state = makeState()
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        #expect(
            state.screen() == [
                "",
                "",
                "",
                "",
                "          ┌─ Choose a model ─────────────────────────┐",
                "          │ Filter: type to filter                   │",
                "          │ gemma3:270m (253MB)     268.10M · Q4_K_M │",
                "          │ tiny:latest (253MB)     268.10M · Q4_K_M │",
                "          │                                          │",
                "          └─ ↑↓ move  Enter choose  Esc close ───────┘",
                "",
                "────────────────────────────────────────────────────────────────",
                "›",
                " ○ no model │ —           F1 help  F2 clear  F3 model  Esc stop",
            ])
    }

    @Test func arrowKeysPickTheSecondModel() {
        var state = makeState()
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        #expect(state.press(.escape).isEmpty)
        #expect(state.picker != nil, "Esc cannot close the picker before a model is chosen")
        state.press(.down, .enter)
        #expect(state.picker == nil)
        #expect(state.model == "tiny:latest")
        #expect(state.screen().first == " ✅ Connected to tiny:latest. Send a message!")
    }

    @Test func thePickerPassesGlobalKeysToTheKeyTable() {
        var state = makeState()
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        state.press(.function(1))
        #expect(state.showingHelp)
        state.press(.escape)
        #expect(state.press(.function(5)) == [.listModels, .listRunning])
        #expect(state.press(.control("c")) == [.quit])
        #expect(state.press(.function(10)) == [.quit])
        state.type("q")
        #expect(state.picker?.selection.filter == "q", "letters filter, they are not commands")
    }

    @Test func aLateListDoesNotReopenThePicker() {
        var state = AppState.connected(model: "tiny:latest")
        #expect(state.press(.function(3)) == [.listModels, .listRunning])
        state.press(.up, .enter)
        #expect(state.model == "gemma3:270m")
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        #expect(state.picker == nil)
        #expect(state.model == "gemma3:270m")
    }

    @Test func thePickerSaysWhenItIsLoading() {
        var state = makeState()
        _ = state.update(.modelsLoaded(.failure(.notReachable(host: "h", reason: .refused))))
        state.press(.function(3))
        #expect(state.screen().contains { $0.contains("loading models…") })
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        state.press(.enter)
        #expect(state.phase == .ready, "a list that arrives means Ollama is back")
        state.type("Hi")
        #expect(state.press(.enter).count == 1)
    }

    @Test func typingFiltersThePicker() {
        var state = makeState()
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        state.type("TINY")
        let screen = state.screen()
        #expect(screen.contains { $0.contains("Filter: TINY") })
        #expect(screen.contains { $0.contains("tiny:latest (253MB)") })
        #expect(!screen.contains { $0.contains("gemma3:270m") })
        state.type("x")
        #expect(state.screen().contains { $0.contains("no model matches") })
        state.press(.backspace, .enter)
        #expect(state.model == "tiny:latest")
    }

    @Test func aConfiguredInstalledModelSkipsThePicker() {
        var state = makeState(preferredModel: "tiny")
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        #expect(state.picker == nil)
        #expect(state.model == "tiny:latest")
    }

    @Test func aConfiguredMissingModelOpensThePickerWithTheReason() {
        var state = makeState(preferredModel: "gemma2:2b")
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        #expect(state.picker != nil)
        #expect(state.screen(rows: 16).contains { $0.contains("Model gemma2:2b is not installed. Install it: o") })
    }

    @Test func embeddingModelsCannotBeChosen() {
        var state = makeState()
        let models =
            [ModelSummary(name: "nomic-embed-text:latest", size: 274_000_000, capabilities: ["embedding"])]
            + capturedModels
        _ = state.update(.modelsLoaded(.success(models)))
        #expect(
            state.screen().contains { $0.contains("nomic-embed-text:latest (274MB)") && $0.contains("embedding only") })
        state.press(.enter)
        #expect(state.model == nil)
        #expect(state.screen(columns: 100).contains { $0.contains("only makes embeddings") })
    }

    @Test func aConfiguredModelThatCannotChatIsPreselectedByOllamasNameRule() {
        // No tag means `:latest`, in the picker as when the model is used without asking.
        var state = makeState(preferredModel: "nomic-embed-text")
        let models =
            capturedModels + [
                ModelSummary(name: "nomic-embed-text:latest", size: 274_000_000, capabilities: ["embedding"])
            ]
        _ = state.update(.modelsLoaded(.success(models)))
        #expect(state.picker?.selectedModel?.name == "nomic-embed-text:latest")
    }

    @Test func notRunningOffersARetryKey() {
        var state = makeState()
        _ = state.update(.modelsLoaded(.failure(.notReachable(host: "http://127.0.0.1:11434", reason: .refused))))
        #expect(state.phase == .offline)
        let screen = state.screen(columns: 70)
        #expect(screen[0] == " ❌ Ollama is not running. Start it: ollama serve")
        #expect(screen[1] == "   (http://127.0.0.1:11434: connection refused)")
        #expect(screen[3] == " Press F5 to try again.")
        #expect(screen.last?.contains("✖ offline") == true)
        #expect(state.press(.function(5)) == [.listModels])
        #expect(state.phase == .connecting)
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        #expect(state.picker != nil)
    }

    @Test func lettersTypeEvenOfflineAndF5Reconnects() {
        var state = makeState()
        _ = state.update(.modelsLoaded(.failure(.notReachable(host: "h", reason: .refused))))
        #expect(state.type("retry").isEmpty, "a message that starts with r is typed, not a reconnect")
        #expect(state.editor.text == "retry")
        #expect(state.phase == .offline)
        #expect(state.press(.function(5)) == [.listModels])
    }

    @Test func noModelsSaysHowToInstallOne() {
        var state = makeState()
        _ = state.update(.modelsLoaded(.success([])))
        #expect(state.phase == .noModels)
        #expect(state.screen(columns: 70)[0] == " 📦 No models installed. Install one: ollama pull gemma2:2b")
        #expect(state.press(.function(5)) == [.listModels])
    }

    @Test func aMessageStreamsAndGetsItsMetricsLine() throws {
        var state = AppState.connected()
        state.type("Hi")
        let effects = state.press(.enter)
        #expect(
            effects == [
                .startChat(messages: [ChatMessage(role: .user, content: "Hi")], model: "tiny:latest", answer: 1)
            ])
        #expect(state.phase == .answering)
        #expect(state.editor.isEmpty)
        state.stream(.content("Hello there!"))
        state.stream(.content(" 世界"))
        #expect(state.screen().contains("   Hello there! 世界"))
        #expect(state.screen().last?.contains("generating…") == true)
        state.stream(
            .done(ChatCounters(doneReason: "stop", promptEvalCount: 10, evalCount: 56, evalDuration: 1_000_000_000)))
        let screen = state.screen(columns: 100)
        let answer = try #require(screen.firstIndex(of: "   Hello there! 世界"))
        let metricsRow = screen[answer + 1]
        #expect(metricsRow.hasPrefix("   ⏱ ") && metricsRow.hasSuffix("🔢 15 chars • 📊 56 tok/s"))
        #expect(screen.last?.contains("● ready │ tiny:latest") == true)
        #expect(screen.last?.contains("📊 56 tok/s") == true)
        #expect(state.history.forAPI().map(\.content) == ["Hi", "Hello there! 世界"])
        state.type("More")
        if case .startChat(let messages, _, _)? = state.press(.enter).first {
            #expect(messages.map(\.content) == ["Hi", "Hello there! 世界", "More"])
        } else {
            Issue.record("no chat started")
        }
    }

    @Test func aThinkingModelShowsItsReasoningDimBeforeTheAnswer() throws {
        var state = AppState.connected()
        state.type("Why?")
        state.press(.enter)
        state.stream(.thinking("Let me think"))
        state.stream(.thinking(" about it."))
        state.stream(.content("Because."))
        state.stream(.done(ChatCounters()))
        let (canvas, _) = state.canvas()
        let lines = canvas.lines
        let thinking = try #require(
            lines.firstIndex { $0.hasPrefix("   ▸ Thought for ") && $0.hasSuffix(" · 5 words") })
        let answer = try #require(lines.firstIndex(of: "   Because."))
        #expect(thinking < answer)
        #expect(canvas[thinking, 3].role == .thinking)
        #expect(state.history.entries.last?.content == "Because.", "thinking is not part of the answer sent back")
    }

    @Test func escStopsAndKeepsThePartReceived() {
        var state = AppState.connected()
        state.type("Count")
        state.press(.enter)
        state.stream(.content("one two"))
        #expect(state.press(.escape) == [.cancelChat])
        #expect(state.phase == .ready)
        let screen = state.screen()
        #expect(screen.contains("   one two"))
        #expect(screen.contains("   ⏹ stopped"))
        #expect(state.history.entries.last?.ending == .stopped)
        #expect(state.history.entries.last?.content == "one two")
        state.stream(.content(" three"))
        #expect(!state.screen().contains { $0.contains("three") }, "chunks of a stopped answer are dropped")
    }

    @Test func ctrlCStopsAnAnswerAndQuitsWhenIdle() {
        var state = AppState.connected()
        state.type("Hi")
        state.press(.enter)
        state.stream(.content("Hel"))
        #expect(state.press(.control("c")) == [.cancelChat])
        #expect(state.press(.control("c")) == [.quit])
        state.type("x")
        #expect(state.press(.control("d")).isEmpty)
        state.press(.control("a"))
        state.press(.control("d"))
        #expect(state.editor.isEmpty)
        #expect(state.press(.control("d")) == [.quit])
        #expect(state.press(.function(10)) == [.quit])
    }

    @Test func aFailureKeepsThePartialAnswerTheHistoryAndTheInput() {
        var state = AppState.connected()
        state.type("Tell me")
        state.press(.enter)
        state.stream(.content("Once upon"))
        state.type("next question")
        state.stream(.failed(.connectionLost(host: "http://127.0.0.1:11434")))
        let screen = state.screen(columns: 100)
        #expect(screen.contains("   Once upon"))
        #expect(screen.contains("   ⚠ answer incomplete: the model will see the part received"))
        #expect(
            screen.contains(" ⚠️ Error: the connection to http://127.0.0.1:11434 closed before the answer was complete"))
        #expect(screen.last?.contains("✖ error") == true)
        #expect(state.editor.text == "next question")
        #expect(state.history.entries.map(\.content) == ["Tell me", "Once upon"])
        #expect(state.phase == .ready)
        #expect(state.press(.enter).first.map { if case .startChat = $0 { true } else { false } } == true)
    }

    @Test func sendingWhileAnswerComesKeepsTheText() {
        var state = AppState.connected()
        state.type("first")
        state.press(.enter)
        state.type("second")
        #expect(state.press(.enter).isEmpty)
        #expect(state.editor.text == "second")
        #expect(state.notice == "An answer is still coming: wait, or Esc to stop it")
    }

    @Test func f2ClearsTheSessionButKeepsTheModel() {
        var state = AppState.connected()
        state.type("Hi")
        state.press(.enter)
        #expect(state.press(.function(2)) == [.cancelChat])
        #expect(state.history.isEmpty)
        #expect(state.transcript.isEmpty)
        #expect(state.model == "tiny:latest")
        let screen = state.screen(columns: 100)
        #expect(screen.last?.contains("Session cleared") == true)
        let blank = screen.dropLast(3).allSatisfy { $0.isEmpty }
        #expect(blank)
    }

    @Test func f3SwitchesTheModelAndKeepsTheHistory() {
        var state = AppState.connected(model: "tiny:latest")
        state.type("Hi")
        state.press(.enter)
        state.stream(.done(ChatCounters(evalCount: 1)))
        #expect(state.press(.function(3)) == [.listModels, .listRunning])
        // The last list shows at once; keys work while it is refreshed.
        #expect(state.screen().contains { $0.contains("gemma3:270m (253MB)") })
        state.press(.up)
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        #expect(state.picker?.selectedModel?.name == "gemma3:270m", "the refresh keeps the selection")
        state.press(.enter)
        #expect(state.model == "gemma3:270m")
        #expect(state.history.count == 2)
        #expect(state.press(.function(3)) == [.listModels, .listRunning])
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        state.press(.escape)
        #expect(state.picker == nil, "Esc closes the picker once a model is in use")
    }

    @Test func escapeSequencesInModelOutputNeverReachTheScreen() {
        var state = AppState.connected()
        state.type("Hi")
        state.press(.enter)
        for piece in [
            "\u{1B}[2J\u{1B}[H", "red \u{1B}]0;pwned\u{07}", "\u{1B}[", "31mgreen\u{9B}1m",
            " blue\u{1B}[?1049h\r\u{202E}",
        ] {
            state.stream(.content(piece))
        }
        state.stream(.done(ChatCounters()))
        let (canvas, _) = state.canvas()
        for row in 0..<canvas.rows {
            for column in 0..<canvas.columns {
                let scalars = canvas[row, column].text.unicodeScalars
                let hasControl = scalars.contains {
                    $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}"
                }
                #expect(!hasControl, "row \(row) col \(column)")
            }
        }
        #expect(canvas.lines.contains { $0.contains("red green") })
        #expect(!canvas.lines.contains { $0.contains("pwned") })
    }

    @Test func scrollingUpShowsAMarkerWhenNewTextArrives() {
        var state = AppState.connected()
        state.type("Count")
        state.press(.enter)
        state.stream(.content((1...40).map { "line \($0)" }.joined(separator: "\n")))
        #expect(state.screen().contains("   line 40"))
        state.press(.pageUp)
        // A page keeps one row of the previous one: line 30 was the top row, now it is the bottom.
        #expect(state.screen()[10] == "   line 30")
        #expect(state.scrollAnchor != nil)
        #expect(!state.screen().contains("   line 40"))
        state.stream(.content("\nline 41"))
        let screen = state.screen()
        #expect(screen.contains { $0.contains("↓ new text below — End") })
        #expect(!screen.contains("   line 41"))
        state.press(.end)
        #expect(state.screen().contains("   line 41"))
        #expect(!state.screen().contains { $0.contains("new text below") })
    }

    @Test func homeGoesToTheTopWhenTheInputIsEmpty() {
        var state = AppState.connected()
        state.type("Count")
        state.press(.enter)
        state.stream(.content((1...40).map { "line \($0)" }.joined(separator: "\n")))
        _ = state.screen()
        state.press(.home)
        #expect(state.screen().first == " ✅ Connected to tiny:latest. Send a message!")
        state.press(.mouseWheelDown)
        #expect(state.screen().first?.contains("Connected") == false)
        state.type("abc")
        state.press(.home)
        #expect(state.editor.cursor == 0)
        state.press(.end)
        #expect(state.scrollAnchor == nil, "End first returns the transcript to the bottom")
        #expect(state.editor.cursor == 0)
        state.press(.end)
        #expect(state.editor.cursor == 3)
    }

    @Test func upRecallsEarlierPromptsAndPasteDoesNotSend() {
        var state = AppState.connected()
        state.type("first prompt")
        state.press(.enter)
        state.stream(.done(ChatCounters()))
        state.press(.up)
        #expect(state.editor.text == "first prompt")
        state.press(.down)
        #expect(state.editor.isEmpty)
        #expect(state.press(.paste("line one\nline two")).isEmpty)
        #expect(state.editor.text == "line one\nline two")
        #expect(state.phase == .ready)
        let screen = state.screen()
        #expect(screen[screen.count - 3] == "› line one")
        #expect(screen[screen.count - 2] == "  line two")
    }

    @Test func theInputGrowsThenScrollsAndTheCursorFollows() {
        var state = AppState.connected()
        state.press(.paste((1...9).map { "row \($0)" }.joined(separator: "\n")))
        let (canvas, cursor) = state.canvas(rows: 15, columns: 40)
        let lines = canvas.lines
        #expect(lines[lines.count - 2] == "  row 9")
        #expect(lines[lines.count - 6] == "› row 5")
        #expect(cursor == CursorPosition(row: 13, column: 7))
    }

    @Test func wideCharactersWrapByCells() {
        var state = AppState.connected()
        state.type("Hi")
        state.press(.enter)
        state.stream(.content("衣装衣装衣装衣装衣装 Привет 👍🏽e\u{301}"))
        // 20 columns: 18 for the transcript, 16 for text after the indent.
        let screen = state.screen(rows: 14, columns: 20)
        #expect(screen.contains("   衣装衣装衣装衣装"))
        #expect(screen.contains("   衣装 Привет 👍🏽é"))
    }

    @Test func theStatusBarDropsPartsWholeToFitAnyWidth() {
        var state = AppState.connected()
        state.type("Hi")
        state.press(.enter)
        state.stream(.content("Hello"))
        state.stream(
            .done(ChatCounters(doneReason: "stop", promptEvalCount: 10, evalCount: 56, evalDuration: 1_000_000_000)))
        var seen: Set<String> = []
        for columns in 20...200 {
            let bar = state.screen(rows: 10, columns: columns).last ?? ""
            // The help hint stays at every width, beside parts that fit whole (a part that does not
            // is left out, never cut; Views/StatusBarViewTests checks every part in two languages).
            #expect(bar.hasSuffix("Esc stop") || bar.hasSuffix("F1 help"), "\(columns): \(bar)")
            #expect(bar.hasPrefix(" ● ready "), "\(columns): \(bar)")
            if bar.contains("⏱") {
                #expect(bar.contains("56 tok/s "), "\(columns): \(bar)")
            }
            seen.insert(
                bar.contains(state.host)
                    ? "host" : bar.contains("1 turn") ? "totals" : bar.contains("⏱") ? "metrics" : "hints")
        }
        #expect(seen == ["host", "totals", "metrics", "hints"])
    }

    @Test func aTinyTerminalSaysSoAndNothingCrashes() {
        var state = AppState.connected()
        #expect(state.screen(rows: 4, columns: 30) == ["", "", "      Terminal too small", ""])
        for (rows, columns) in [(1, 1), (0, 0), (2, 3), (5, 19), (6, 20)] {
            _ = state.screen(rows: rows, columns: columns)
        }
        // The smallest size that draws draws the whole layout; one row or column less says so.
        #expect(state.screen(rows: 6, columns: 20).last?.contains("●") == true)
        #expect(state.screen(rows: 5, columns: 20).contains { $0.contains("Terminal too") })
        #expect(state.screen(rows: 6, columns: 19).contains { $0.contains("Terminal too") })
    }

    @Test func helpShowsEveryKeyOfEveryContextAndScrollsAt80x24() {
        var state = AppState.connected()
        state.press(.function(1))
        var seen = state.screen(rows: 24, columns: 80)
        #expect(seen.contains { $0.contains("─ 1–22 of ") }, "a help longer than the screen says which lines show")
        for _ in 0..<8 {
            state.press(.pageDown)
            seen += state.screen(rows: 24, columns: 80)
        }
        #expect(
            seen.contains {
                $0.contains("of \(HelpGeometry(strings: state.strings, area: Rect(size: state.size)).totalRows)")
            })
        for section in KeyBindings.helpSections(Strings(.english)) {
            #expect(seen.contains { $0.contains(section.title) }, "\(section.title)")
            for (label, text) in section.rows {
                // Whole, or cut with an ellipsis where 80 columns are too few.
                let shown = seen.contains { $0.contains(label) && ($0.contains(text) || $0.contains("…")) }
                #expect(shown, "\(label)")
            }
        }
        #expect(state.showingHelp, "paging scrolls the help, it does not close it")
        state.press(.character("x"))
        #expect(!state.showingHelp)
        #expect(state.editor.isEmpty, "the key that closes help is not typed")
    }

    @Test func russianInterface() {
        var state = makeState(language: .russian)
        _ = state.update(.modelsLoaded(.failure(.notReachable(host: "http://127.0.0.1:11434", reason: .refused))))
        let screen = state.screen(columns: 80)
        #expect(screen[0] == " ❌ Ollama не запущен. Запустите: ollama serve")
        #expect(screen.last?.contains("F1 справка") == true)
    }
}
