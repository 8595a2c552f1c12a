import ChatCore
import OllamaKit

/// The transcript as a projection of the session: every block of a message comes from its
/// history entry through these functions, whether the entry is drawn as it streams or rebuilt
/// whole (a reopened chat, a re-render), so both give the same screen.
extension Transcript {
    /// The transcript of `history` with `notices` between its entries.
    init(history: SessionHistory, notices: [ScreenNotice], strings: Strings, showsSources: Bool = false) {
        self.init()
        if showsSources { toggleAllSources() }
        var waiting = notices[...]
        for (index, entry) in history.entries.enumerated() {
            while let next = waiting.first, next.afterEntries <= index {
                add(next.kind, next.text)
                waiting.removeFirst()
            }
            entryStarts.append(blocks.count)
            append(entry, strings: strings)
        }
        for notice in waiting { add(notice.kind, notice.text) }
    }

    /// Draws a whole entry: a prompt, or an answer that has ended.
    mutating func append(_ entry: SessionHistory.Entry, strings: Strings) {
        switch entry.role {
        case .user:
            appendPrompt(entry.content, images: entry.images, strings: strings)
        case .assistant:
            beginAnswer(model: entry.model)
            if !entry.thinking.isEmpty { receive(.thinking(entry.thinking), strings: strings) }
            if !entry.content.isEmpty { endThinking(seconds: entry.thinkingSeconds, strings: strings) }
            receive(.content(entry.content), strings: strings)
            finishAnswer(entry, strings: strings)
        case .system:
            break  // a system prompt is part of the chat's settings, not of its transcript
        }
    }

    /// The user's message under its label, then a line for each image sent with it.
    mutating func appendPrompt(_ text: String, images: [ImageAttachment] = [], strings: Strings) {
        add(.userLabel, strings.you)
        if !text.isEmpty || images.isEmpty { add(.userText, text) }
        for image in images { add(.marker, strings.imageLabel(image)) }
    }

    /// The answer's label and an open block that shows `…` until text arrives.
    mutating func beginAnswer(model: String?) {
        add(.assistantLabel, model ?? "")
        open(.assistantText)
    }

    /// A streamed piece of the answer: reasoning goes to a thinking block, text to the answer's.
    /// The caller ends the thinking (`endThinking`) before the first text after it.
    mutating func receive(_ chunk: ChatChunk, strings: Strings) {
        switch chunk {
        case .content(let text):
            if openKind != .assistantText { open(.assistantText) }
            appendToOpenBlock(text)
        case .thinking(let text):
            if openKind != .thinking { open(.thinking, heading: strings.thinkingNow) }
            appendToOpenBlock(text)
        case .tokens, .done, .failed:
            break
        }
    }

    /// Closes the answer and adds what its ending shows under it: metrics, or a mark and the error.
    mutating func finishAnswer(_ entry: SessionHistory.Entry, strings: Strings) {
        endThinking(seconds: entry.thinkingSeconds, strings: strings)
        closeOpenBlock()
        switch entry.ending {
        case .complete:
            guard let metrics = entry.metrics else { break }
            if metrics.cutOffAtLimit { add(.marker, strings.cutOffAtLimit) }
            add(.metrics, strings.metricsLine(metrics))
        case .stopped:
            add(.marker, strings.stopped)
        case .failed(let error):
            if !entry.content.isEmpty { add(.marker, strings.answerCutShort) }
            addFailure(error, model: entry.model, strings: strings)
        }
    }

    /// The answer's thinking folds to its summary row (`▸ Thought for 3.2 s · 312 words`).
    mutating func endThinking(seconds: Double?, strings: Strings) {
        foldThinking { strings.thoughtFor(seconds: seconds, words: $0) }
    }

    /// A failure's headline as an error, its detail (host and reason) dim under it.
    private mutating func addFailure(_ error: OllamaError, model: String?, strings: Strings) {
        let words = strings.failure(error, model: model)
        add(.error, words.headline)
        if let detail = words.detail { add(.marker, detail) }
    }
}
