import ChatCore
import OllamaKit

/// Sending a message, receiving its answer, stopping it, clearing the session.
extension AppState {
    /// Enter: a slash command runs (an unknown one is a message and stays in the input line);
    /// anything else is a prompt.
    mutating func send(now: Moment) -> [Effect] {
        switch SlashParser.parse(editor.text) {
        case .command(let command):
            _ = editor.submit()
            return run(command, now: now)
        case .problem(let problem):
            notice = strings.slashProblem(problem)
            return []
        case .send(let text):
            return sendPrompt(text, now: now)
        }
    }

    /// Sends `text` (the input line, a leading `//` made `/`) with the images attached to it:
    /// those waiting from `/image`, and, unless the model is known not to see, files whose
    /// paths it names, which are read first (`.attachImages`).
    private mutating func sendPrompt(_ text: String, now: Moment) -> [Effect] {
        guard phase == .ready, session.model != nil else {
            notice =
                switch phase {
                case .answering: strings.waitForAnswer
                case .offline, .noModels, .connecting: strings.notConnected
                case .ready: strings.noModelChosen
                }
            return []
        }
        guard editor.submit() != nil else { return [] }
        // As with /image: a model known not to see takes the paths as text; one whose capabilities
        // are not known (yet, or from an older server) is offered the files.
        let paths = capabilities?.contains("vision") == false ? [] : ImagePaths.find(in: text).map(\.path)
        if !paths.isEmpty { return [.attachImages(paths: paths, prompt: text)] }
        return begin(text, now: now)
    }

    /// Starts the turn of `prompt` with the images waiting for it.
    mutating func begin(_ prompt: String, now: Moment) -> [Effect] {
        guard phase == .ready, let model = session.model else { return [] }
        let images = pendingImages
        pendingImages = []
        if editingLastTurn {
            editingLastTurn = false
            session.removeLastTurn()
            rebuildTranscript()
        }
        let messages = session.begin(prompt: prompt, images: images, now: now)
        transcript.appendPrompt(prompt, images: images, strings: strings)
        return startAnswer(messages: messages, model: model)
    }

    /// The answer's block opens under its label and the runtime is asked for it.
    private mutating func startAnswer(messages: [ChatMessage], model: String) -> [Effect] {
        transcript.beginAnswer(model: model)
        phase = .answering
        lastAnswerFailed = false
        answerNumber &+= 1
        followBottom()
        return [.startChat(messages: messages, model: model, answer: answerNumber)]
    }

    mutating func receive(_ chunk: ChatChunk, now: Moment) -> [Effect] {
        guard phase == .answering else { return [] }
        if case .content = chunk, transcript.openKind == .thinking, let answer = session.pending {
            transcript.endThinking(
                seconds: answer.thinkingStartedAt.map { now.seconds(since: $0) }, strings: strings)
        }
        transcript.receive(chunk, strings: strings)
        if scrollAnchor != nil { unseenBelow = true }
        guard let outcome = session.receive(chunk, now: now) else { return [] }
        finish(outcome)
        checkContext()
        var effects: [Effect] = []
        if case .failed(.thinkingUnsupported(let model)) = outcome { effects = thinkingRefused(model: model) }
        // The answer loaded the model (or kept it loaded longer): what /api/ps says changed.
        return effects + [.listRunning]
    }

    /// Esc or Ctrl-C during an answer: the part received stays, marked as stopped.
    mutating func stopAnswer(now: Moment) -> [Effect] {
        guard phase == .answering, let outcome = session.stop(now: now) else { return [] }
        finish(outcome)
        answerNumber &+= 1
        return [.cancelChat]
    }

    private mutating func finish(_ outcome: ChatSession.Outcome) {
        phase = .ready
        if case .failed = outcome { lastAnswerFailed = true }
        if let prompt = session.withdrawUnanswered() {
            // Nothing came back: the prompt is not a turn of the chat (the model will not see
            // it), and it goes back to the input line to be sent again.
            rebuildTranscript()
            if case .failed(let error) = outcome {
                for (kind, text) in failureLines(error) { addNotice(kind, text) }
            }
            addNotice(.marker, editor.isEmpty ? strings.promptBackInInput : strings.promptNotSent)
            if editor.isEmpty { editor.insert(prompt) }
        } else if let entry = history.entries.last {
            transcript.finishAnswer(entry, strings: strings)
        }
        if scrollAnchor != nil { unseenBelow = true }
    }

    /// Alt-R: the last answer is replaced by a new one to the same history.
    mutating func regenerate(now: Moment) -> [Effect] {
        guard phase == .ready, let model = session.model else {
            notice = phase == .answering ? strings.waitForAnswer : strings.notConnected
            return []
        }
        guard let messages = session.regenerate(now: now) else {
            notice = strings.nothingToRegenerate
            return []
        }
        editingLastTurn = false
        rebuildTranscript()
        return startAnswer(messages: messages, model: model)
    }

    /// Alt-E: the last prompt goes back to the input line; sending it replaces the last turn.
    /// Alt-E again keeps the turn.
    mutating func editLastPrompt() -> [Effect] {
        if editingLastTurn {
            editingLastTurn = false
            editor.clear()
            notice = strings.keptLastTurn
            return []
        }
        guard phase != .answering else {
            notice = strings.waitForAnswer
            return []
        }
        guard let prompt = session.lastPrompt else {
            notice = strings.nothingToEdit
            return []
        }
        guard editor.isEmpty else {
            notice = strings.emptyInputFirst
            return []
        }
        editor.insert(prompt)
        editingLastTurn = true
        notice = strings.editingLastTurn
        return []
    }

    /// The transcript drawn again from the history (after the history changed under it).
    mutating func rebuildTranscript() {
        transcript = Transcript(
            history: history, notices: screenNotices, strings: strings, showsSources: transcript.showsSources)
    }

    /// F2: a session of more than one turn asks first; a shorter one is cleared at once.
    mutating func askToClearSession() -> [Effect] {
        guard totals.turns > 1 else { return clearSession() }
        overlay = .confirmClear(turns: totals.turns)
        return []
    }

    /// Stops any answer, empties history and transcript, keeps the model.
    mutating func clearSession() -> [Effect] {
        var effects: [Effect] = []
        if phase == .answering {
            phase = .ready
            answerNumber &+= 1
            effects.append(.cancelChat)
        }
        session.clear()
        transcript.clear()
        pendingImages = []
        editingLastTurn = false
        screenNotices.removeAll()
        followBottom()
        lastAnswerFailed = false
        notice = strings.sessionCleared
        return effects
    }
}
