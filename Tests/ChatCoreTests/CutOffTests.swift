import OllamaKit
import Testing

@testable import ChatCore

/// How an answer that ended at the token limit is told apart from a complete one.
struct CutOffTests {
    @Test func theMarkInBothLanguages() {
        #expect(Strings(.english).cutOffAtLimit == "⋯ cut off at the token limit (num_predict)")
        #expect(Strings(.russian).cutOffAtLimit == "⋯ обрезано на пределе токенов (num_predict)")
    }

    @Test func doneReasonLengthMarksTheMetrics() {
        let cut = Metrics(
            answer: "a", wallSeconds: 1, timeToFirstToken: nil, counters: ChatCounters(doneReason: "length"))
        let whole = Metrics(
            answer: "a", wallSeconds: 1, timeToFirstToken: nil, counters: ChatCounters(doneReason: "stop"))
        #expect(cut.cutOffAtLimit)
        #expect(!whole.cutOffAtLimit)
    }
}
