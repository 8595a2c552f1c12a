import ChatCore
import Testing

@testable import TerminalUI

struct TranscriptTests {
    func transcript(blocks: Int) -> Transcript {
        var transcript = Transcript()
        for index in 0..<blocks { transcript.add(.notice, "message \(index)") }
        return transcript
    }

    @Test func theWindowEndsAtTheBottomOrTheAnchor() {
        var transcript = transcript(blocks: 5)
        // Each notice after the first has a blank row above it.
        #expect(transcript.window(height: 3, bottom: nil, width: 20).map(\.text) == ["message 3", "", "message 4"])
        let anchor = Transcript.Position(block: 2, row: 1)
        #expect(transcript.window(height: 3, bottom: anchor, width: 20).map(\.text) == ["message 1", "", "message 2"])
    }

    @Test func nearTheTopTheScreenFillsFromTheFirstRow() {
        var transcript = transcript(blocks: 5)
        let window = transcript.window(height: 4, bottom: Transcript.Position(block: 0, row: 0), width: 20)
        #expect(window.map(\.text) == ["message 0", "", "message 1", ""])
    }

    @Test func movingStopsAtBothEnds() {
        var transcript = transcript(blocks: 3)
        let last = transcript.lastPosition(width: 20)
        #expect(last == Transcript.Position(block: 2, row: 1))
        #expect(
            transcript.move(Transcript.Position(block: 2, row: 1), by: -100, width: 20)
                == Transcript.Position(block: 0, row: 0))
        #expect(transcript.move(Transcript.Position(block: 0, row: 0), by: 100, width: 20) == last)
        #expect(
            transcript.move(Transcript.Position(block: 0, row: 0), by: 2, width: 20)
                == Transcript.Position(block: 1, row: 1))
    }

    @Test func anOpenBlockGrowsAndIsSanitizedAcrossPieces() {
        var transcript = Transcript()
        transcript.open(.assistantText)
        #expect(transcript.window(height: 2, bottom: nil, width: 20).map(\.text) == ["…"])
        transcript.appendToOpenBlock("abc \u{1B}[3")
        transcript.appendToOpenBlock("1mdef")
        transcript.closeOpenBlock()
        #expect(transcript.window(height: 2, bottom: nil, width: 20).map(\.text) == ["abc def"])
    }

    @Test func theFirstTextOfAnAnswerReplacesItsEllipsis() {
        var transcript = Transcript()
        transcript.add(.assistantLabel, "tiny")
        transcript.open(.assistantText)
        #expect(transcript.window(height: 4, bottom: nil, width: 20).map(\.text) == ["tiny", "…"])
        transcript.appendToOpenBlock("Hello")
        #expect(transcript.window(height: 4, bottom: nil, width: 20).map(\.text) == ["tiny", "Hello"])
        transcript.appendToOpenBlock(" world")
        transcript.closeOpenBlock()
        #expect(transcript.window(height: 4, bottom: nil, width: 20).map(\.text) == ["tiny", "Hello world"])
    }

    @Test func showingSourcesBeforeAnyAnswerAppliesToTheAnswersToCome() {
        var transcript = Transcript()
        transcript.toggleAllSources()
        #expect(transcript.showsSources)
        transcript.open(.assistantText)
        transcript.appendToOpenBlock("Use **bold**")
        transcript.closeOpenBlock()
        #expect(transcript.window(height: 1, bottom: nil, width: 20).map(\.text) == ["Use **bold**"])
        transcript.toggleAllSources()
        #expect(!transcript.showsSources)
        #expect(transcript.window(height: 1, bottom: nil, width: 20).map(\.text) == ["Use bold"])
    }

    @Test func aTranscriptRebuiltWithSourcesShownShowsThem() {
        var history = SessionHistory()
        history.add(SessionHistory.Entry(role: .user, content: "Hi", model: "tiny"))
        history.add(SessionHistory.Entry(role: .assistant, content: "Use **bold**", model: "tiny"))
        var transcript = Transcript(history: history, notices: [], strings: Strings(.english), showsSources: true)
        let showsSources = transcript.showsSources
        #expect(showsSources)
        #expect(transcript.window(height: 1, bottom: nil, width: 20).map(\.text) == ["Use **bold**"])
    }

    @Test func aClosedAnswerKeepsTheRowsItStreamedWith() {
        let text = "Streaming keeps\nwrapping the same way as a whole text\t(tabs, wide 漢字 too) once it ends.\n"
        var streamed = TranscriptBlock(kind: .assistantText, text: "", isOpen: true, spaceBefore: true)
        for piece in text.map(String.init) {
            streamed.append(piece)
            _ = streamed.rows(width: 17)
        }
        streamed.append(" The last piece comes with the end.")
        streamed.close()
        var whole = TranscriptBlock(
            kind: .assistantText, text: text + " The last piece comes with the end.", spaceBefore: true)
        #expect(streamed.rows(width: 17) == whole.rows(width: 17))
        #expect(streamed.rows(width: 30) == whole.rows(width: 30))
    }

    @Test func theEndOfAHundredThousandBlockSessionIsShown() {
        var transcript = transcript(blocks: 100_000)
        #expect(
            transcript.window(height: 3, bottom: nil, width: 30).map(\.text) == ["message 99998", "", "message 99999"])
    }
}
