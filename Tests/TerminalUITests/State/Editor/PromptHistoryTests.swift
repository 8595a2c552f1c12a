import Testing

@testable import TerminalUI

/// `PromptHistory` recording and history navigation in `LineEditor`.
@Suite struct PromptHistoryTests {
    @Test func recordSkipsEmptyAndImmediateDuplicates() {
        var h = PromptHistory()
        h.record("")
        h.record("  \n ")
        h.record("a")
        h.record("a")
        h.record("b")
        h.record("a")
        #expect(h.entries == ["a", "b", "a"])
        #expect(h.count == 3)
        #expect(!h.isEmpty)
    }

    @Test func limitDropsTheOldest() {
        var h = PromptHistory(entries: ["1", "2", "3"], limit: 2)
        #expect(h.entries == ["2", "3"])
        h.record("4")
        #expect(h.entries == ["3", "4"])
        #expect(PromptHistory(limit: -3).limit == 1)
    }

    @Test func upWalksBackAndDownRestoresTheDraft() {
        var e = LineEditor(history: PromptHistory(entries: ["one", "two", "three"]))
        e.insert("draft")
        let r1 = e.recallPrevious()
        #expect(r1)
        #expect(e.text == "three")
        #expect(e.cursor == 5)
        #expect(e.isBrowsingHistory)
        let r2 = e.recallPrevious()
        #expect(r2)
        let r3 = e.recallPrevious()
        #expect(r3)
        #expect(e.text == "one")
        let r4 = e.recallPrevious()
        #expect(!r4)
        #expect(e.text == "one")
        let r5 = e.recallNext()
        #expect(r5)
        #expect(e.text == "two")
        let r6 = e.recallNext()
        #expect(r6)
        let r7 = e.recallNext()
        #expect(r7)
        #expect(e.text == "draft")
        #expect(!e.isBrowsingHistory)
        let r8 = e.recallNext()
        #expect(!r8)
        #expect(e.text == "draft")
    }

    @Test func emptyHistoryRecallsNothing() {
        var e = LineEditor(text: "x")
        let r9 = e.recallPrevious()
        #expect(!r9)
        let r10 = e.recallNext()
        #expect(!r10)
        #expect(e.text == "x")
    }

    @Test func submittingAnEditedRecallSendsTheEditAndKeepsTheOriginal() {
        var e = LineEditor(history: PromptHistory(entries: ["hello"]))
        let r11 = e.recallPrevious()
        #expect(r11)
        e.insert(" world")
        let r12 = e.submit()
        #expect(r12 == "hello world")
        #expect(e.isEmpty)
        #expect(!e.isBrowsingHistory)
        #expect(e.history.entries == ["hello", "hello world"])
    }

    @Test func editsToRecalledEntriesSurviveNavigationUntilSubmit() {
        var e = LineEditor(history: PromptHistory(entries: ["a", "b"]))
        let r13 = e.recallPrevious()
        #expect(r13)
        e.insert("2")
        let r14 = e.recallPrevious()
        #expect(r14)
        #expect(e.text == "a")
        let r15 = e.recallNext()
        #expect(r15)
        #expect(e.text == "b2")
        let r16 = e.recallNext()
        #expect(r16)
        #expect(e.text == "")
        let r17 = e.recallPrevious()
        #expect(r17)
        #expect(e.text == "b2")
        e.clear()
        let r18 = e.recallPrevious()
        #expect(r18)
        #expect(e.text == "b")
    }

    @Test func submitRecordsAndClears() {
        var e = LineEditor()
        e.insert("  hi\n")
        let r19 = e.submit()
        #expect(r19 == "  hi\n")
        #expect(e.isEmpty)
        e.insert("  hi\n")
        let r20 = e.submit()
        #expect(r20 == "  hi\n")
        #expect(e.history.entries == ["  hi\n"])
    }

    @Test func submitOfWhitespaceReturnsNilAndKeepsTheText() {
        var e = LineEditor()
        let r21 = e.submit()
        #expect(r21 == nil)
        e.insert(" \n\t")
        let r22 = e.submit()
        #expect(r22 == nil)
        #expect(e.text == " \n\t")
        #expect(e.history.isEmpty)
    }

    @Test func replacingTheHistoryWhileBrowsingIsSafe() {
        var e = LineEditor(history: PromptHistory(entries: ["a", "b", "c"]))
        let r23 = e.recallPrevious()
        #expect(r23)
        let r24 = e.recallPrevious()
        #expect(r24)
        e.history = PromptHistory(entries: ["z"])
        let r25 = e.recallNext()
        #expect(!r25)
        let r26 = e.recallPrevious()
        #expect(r26)
        #expect(e.text == "z")
    }
}
