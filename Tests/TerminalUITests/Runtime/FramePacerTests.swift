import Testing

@testable import TerminalUI

/// The frame rules with the clock in the test's hands (nanoseconds).
struct FramePacerTests {
    let ms: UInt64 = 1_000_000

    @Test func manyEventsInOneIntervalMakeOneFrame() {
        var pacer = FramePacer()
        pacer.drew(now: 100 * ms)
        let first = pacer.request(.event, now: 101 * ms)
        let second = pacer.request(.event, now: 102 * ms)
        let chunk = pacer.request(.chunk, now: 103 * ms)
        #expect(first == .drawAt(116 * ms))
        #expect(second == .none, "the timer is already set")
        #expect(chunk == .none)
        let draws = pacer.timerFired()
        #expect(draws)
        pacer.drew(now: 116 * ms)
        let drawsAgain = pacer.timerFired()
        #expect(!drawsAgain, "a timer that finds nothing new draws nothing")
    }

    @Test func aDueFrameIsDrawnSoonAndQueuedOnce() {
        var pacer = FramePacer()
        pacer.drew(now: 0)
        let first = pacer.request(.event, now: 20 * ms)
        let second = pacer.request(.event, now: 20 * ms)
        #expect(first == .drawSoon)
        #expect(second == .none)
        let draws = pacer.soonArrived()
        #expect(draws)
        pacer.drew(now: 21 * ms)
        #expect(!pacer.isDirty)
    }

    @Test func chunksNeedHalfAnInterval() {
        var pacer = FramePacer()
        pacer.drew(now: 100 * ms)
        let afterNine = pacer.request(.chunk, now: 109 * ms)
        #expect(afterNine == .drawSoon, "8 ms after a frame is enough for a chunk")
        _ = pacer.soonArrived()
        pacer.drew(now: 109 * ms)
        let afterThree = pacer.request(.chunk, now: 112 * ms)
        #expect(afterThree == .drawAt(117 * ms))
    }

    @Test func theLastChunkIsDrawnAtOnce() {
        var pacer = FramePacer()
        pacer.drew(now: 100 * ms)
        let last = pacer.request(.lastChunk, now: 101 * ms)
        #expect(last == .drawSoon)
    }

    @Test func aTickWhileTextFlowsWaitsForTheNextChunksFrame() {
        var pacer = FramePacer()
        pacer.drew(now: 0)
        _ = pacer.request(.chunk, now: 500 * ms)
        _ = pacer.soonArrived()
        pacer.drew(now: 500 * ms)
        let whileFlowing = pacer.request(.tick, now: 550 * ms)
        #expect(whileFlowing == .none)
        #expect(pacer.isDirty, "the spinner's step is shown by the next frame")
        let afterAPause = pacer.request(.tick, now: 700 * ms)
        #expect(afterAPause == .drawSoon, "with no text for 100 ms a tick draws")
    }

    @Test func textFlowsForATickIntervalAfterAChunk() {
        var pacer = FramePacer()
        #expect(!pacer.textFlows(now: 10 * ms), "no text yet")
        _ = pacer.request(.lastChunk, now: 20 * ms)
        #expect(!pacer.textFlows(now: 30 * ms), "an answer's last chunk ends the flow")
        _ = pacer.request(.chunk, now: 500 * ms)
        #expect(pacer.textFlows(now: 599 * ms))
        #expect(!pacer.textFlows(now: 600 * ms), "the ticker's own pace again 100 ms after the text")
    }
}

extension FramePacerTests {
    @Test func aTokenCountRightAfterItsTextCostsNoFrameOfItsOwn() {
        var pacer = FramePacer()
        pacer.drew(now: 0)
        _ = pacer.request(.chunk, now: 100 * ms)
        _ = pacer.soonArrived()
        pacer.drew(now: 100 * ms)  // the text's frame was drawn before its count came
        let count = pacer.request(.figures, now: 100 * ms)
        #expect(count == .none, "no timer and no frame for the count: the next chunk's frame shows it")
        #expect(pacer.isDirty)
    }
}
