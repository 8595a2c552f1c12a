import ChatCore
import Foundation
import OllamaKit
import Testing

@testable import TerminalUI

/// `StatusBarView`: parts are dropped whole to fit the width, and the help hint always stays.
struct StatusBarViewTests {
    let start = Moment.now

    /// One prompt answered (by default in 2.3 s, 11 characters at 56 tok/s), so the bar has every
    /// part: state, model, host, the metrics line and the session totals.
    func answered(_ language: Language, answer: String = "Hello there", milliseconds: Int = 2300) -> AppState {
        var state = makeState(preferredModel: "tiny:latest", language: language)
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        state.type("Hi")
        _ = state.update(.key(.enter), now: start)
        _ = state.update(.chunk(.content(answer), answer: state.answerNumber), now: start + .milliseconds(300))
        let counters = ChatCounters(doneReason: "stop", promptEvalCount: 10, evalCount: 56, evalDuration: 1_000_000_000)
        _ = state.update(.chunk(.done(counters), answer: state.answerNumber), now: start + .milliseconds(milliseconds))
        return state
    }

    @Test(arguments: [Language.english, .russian])
    func everyWidthShowsWholePartsAndTheHelpHint(_ language: Language) throws {
        var state = answered(language, answer: String(repeating: "word ", count: 30), milliseconds: 12_300)
        let strings = state.strings
        let metrics = try #require(state.lastMetrics.map(strings.metricsLine))
        let parts = [
            "● \(strings.ready)", "tiny:latest", state.host, metrics,
            strings.totals(turns: 1, tokens: state.totals.tokens), strings.contextGauge(used: 66, limit: nil),
        ]
        var metricsShown = 0
        for columns in 20...200 {
            let bar = state.screen(rows: 10, columns: columns).last ?? ""
            let hints = bar.hasSuffix(strings.keyHints) ? strings.keyHints : strings.shortKeyHints
            #expect(bar.hasSuffix(hints), "\(columns): the help hint is cut or missing: \(bar)")
            // What is left of the hints is whole parts, in their order, joined by " │ ".
            let left = bar.dropLast(hints.count).trimmingCharacters(in: .whitespaces)
            let shown = left.components(separatedBy: " │ ")
            #expect(shown.allSatisfy(parts.contains), "\(columns): a part is cut: \(bar)")
            #expect(shown == parts.filter(shown.contains), "\(columns): parts out of order: \(bar)")
            #expect(shown.first == parts[0], "\(columns): the state is dropped: \(bar)")
            if shown.contains(metrics) { metricsShown += 1 }
        }
        #expect(metricsShown > 100, "the metrics show at most widths")
    }

    @Test func fortyColumnsDropTheMetricsWhole() {
        var state = answered(.english)
        let (canvas, _) = state.canvas(rows: 8, columns: 40)
        #expect(
            canvas.lines.last == " ● ready │ tiny:latest │ ctx 66 F1 help", "the gauge fits where the metrics do not")
        var wide = answered(.english)
        #expect(
            wide.screen(rows: 8, columns: 70).last
                == " ● ready │ tiny:latest │ ⏱ 2.3 s • 🔢 11 chars • 📊 56 tok/s  F1 help")
    }

    @Test func russianAtEightyColumnsKeepsTheHelpHint() {
        // 81 columns hold the metrics and the hint; at 80 the metrics give way, not the hint.
        var state = answered(.russian, answer: String(repeating: "word ", count: 30), milliseconds: 12_300)
        #expect(
            state.screen(rows: 8, columns: 81).last
                == " ● готов │ tiny:latest │ ⏱ 12.3 сек • 🔢 150 символов • 📊 56 ток/сек F1 справка")
        let bar = state.screen(rows: 8, columns: 80).last ?? ""
        #expect(bar.hasSuffix(" F1 справка"), "\(bar)")
        #expect(!bar.contains("⏱"), "\(bar)")
    }

    @Test func theLayoutFromWidthsAlone() {
        // State 7, model 11, host 22, metrics 35, no totals; hints 37 and 7 columns.
        let widths: [Int?] = [7, 11, 22, 35, nil]
        func layout(_ width: Int) -> StatusBarLayout {
            StatusBarLayout(widths: widths, width: width, keyHints: 37, shortKeyHints: 7)
        }
        #expect(layout(7).hints == nil, "a bar no wider than the hint cannot hold it")
        #expect(layout(7).shown == [])
        #expect(layout(8).hints == .short)
        #expect(layout(16).shown == [])
        #expect(layout(17).shown == [0])
        #expect(layout(98).shown == [0, 1, 2, 3])
        #expect(layout(98).hints == .short)
        #expect(layout(99).shown == [0, 1, 3], "the full hints beside the state, model and metrics")
        #expect(layout(99).hints == .full)
        #expect(layout(124).shown == [0, 1, 2, 3])
    }

    @Test func theContextGaugeIsTheFirstFigureDropped() {
        // State 7, model 11, host 22, metrics 35, totals 12, gauge 11; hints 37 and 7 columns.
        let widths: [Int?] = [7, 11, 22, 35, 12, 11]
        func layout(_ width: Int) -> StatusBarLayout {
            StatusBarLayout(widths: widths, width: width, keyHints: 37, shortKeyHints: 7)
        }
        #expect(layout(153).shown == [0, 1, 2, 3, 4, 5])
        #expect(layout(152).shown == [0, 1, 3, 4, 5], "the host goes first")
        #expect(layout(127).shown == [0, 1, 3, 4], "then the gauge")
        #expect(layout(50).shown == [0, 1, 4], "beside the short hint it comes last too")
        let warning = StatusBarLayout(widths: widths, width: 127, keyHints: 37, shortKeyHints: 7, gaugeWarns: true)
        #expect(warning.shown == [0, 1, 3, 5], "a gauge that warns stays longer than the totals")
        let narrow = StatusBarLayout(widths: widths, width: 100, keyHints: 37, shortKeyHints: 7, gaugeWarns: true)
        #expect(narrow.shown == [0, 1, 3, 4, 5] && narrow.hints == .short, "the full hints give way to a warning")
    }
}

/// A notice answers what the user just did: it is cut to fit, never left out.
struct StatusBarNoticeTests {
    @Test func aLongNoticeIsCutToFitAndShown() {
        var state = AppState.connected()
        state.notice = String(repeating: "saved to a very long path ", count: 6)
        let bar = state.screen(rows: 10, columns: 60).last ?? ""
        #expect(bar.contains("saved to a very long"))
        #expect(bar.contains("…"))
        #expect(bar.hasSuffix("F1 help"))
    }
}
