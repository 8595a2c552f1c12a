import ChatCore
import OllamaKit

/// The whole state of the full-screen UI and the one function that changes it. Events go in
/// (keys, chunks, model lists, ticks); effects come out for the runtime to carry out (list the
/// models, start or cancel a chat, quit). No curses and no network here, so tests drive it
/// directly and read the screen from a `Canvas`.
struct AppState: Sendable {
    /// Where the connection stands.
    enum Phase: Sendable, Equatable {
        case connecting, offline, noModels, ready, answering
    }

    /// Everything that can happen to the UI.
    enum Event: Sendable {
        case key(KeyEvent)
        case modelsLoaded(Result<[ModelSummary], OllamaError>)
        case chunk(ChatChunk)
        case tick
    }

    /// What the runtime must do after an update.
    enum Effect: Sendable, Equatable {
        case listModels
        case startChat(messages: [ChatMessage], model: String)
        case cancelChat
        case suspend
        case quit
    }

    let strings: Strings
    let host: String
    /// `--model` / `OLLAMA_MODEL`: used without asking when installed.
    let preferredModel: String?

    private(set) var phase: Phase = .connecting
    private(set) var session = ChatSession()
    var transcript = Transcript()
    var editor = LineEditor()
    var picker: ModelPicker?
    var showingHelp = false
    /// A short message for the status bar until the next key.
    var notice: String?
    /// The transcript row shown at the bottom of the pane; nil follows the newest text.
    var scrollAnchor: Transcript.Position?
    /// New text arrived below while scrolled up.
    var unseenBelow = false
    var lastAnswerFailed = false
    /// The last list of models, so the picker opens at once while it is refreshed.
    var knownModels: [ModelSummary] = []
    var spinner = 0
    /// Sizes from the last frame, which key handling needs (page size, wrap widths).
    var layout = ScreenLayout(rows: 24, columns: 80, inputRows: 1)

    init(strings: Strings, host: String, preferredModel: String?) {
        self.strings = strings
        self.host = host
        self.preferredModel = preferredModel
    }

    /// The effects to run at start: list the models.
    var startEffects: [Effect] { [.listModels] }

    /// Ticks drive the spinner; none are needed while nothing moves.
    var needsTicks: Bool { phase == .connecting || phase == .answering || picker?.isLoading == true }

    var model: String? { session.model }
    var totals: ChatSession.Totals { session.totals }
    var lastMetrics: Metrics? { session.lastMetrics }
    var history: SessionHistory { session.history }

    mutating func update(_ event: Event) -> [Effect] {
        switch event {
        case .key(let key):
            notice = nil
            return handle(key)
        case .modelsLoaded(let result):
            return modelsLoaded(result)
        case .chunk(let chunk):
            return receive(chunk)
        case .tick:
            spinner &+= 1
            return []
        }
    }

    // MARK: - Connecting and models

    mutating func retry() -> [Effect] {
        guard phase == .offline || phase == .noModels else { return [] }
        phase = .connecting
        return [.listModels]
    }

    mutating func openPicker() -> [Effect] {
        var open = ModelPicker(canClose: session.model != nil)
        if !knownModels.isEmpty {
            open.show(knownModels, strings: strings, preselect: session.model, stillLoading: true)
        }
        picker = open
        return [.listModels]
    }

    private mutating func modelsLoaded(_ result: Result<[ModelSummary], OllamaError>) -> [Effect] {
        let wasConnecting = phase == .connecting
        switch result {
        case .failure(let error):
            if var open = picker, !wasConnecting {
                open.failed(strings.failure(error, model: nil).headline)
                picker = open
                return []
            }
            picker = nil
            phase = .offline
            addFailure(error)
            transcript.add(.notice, strings.retryHint)
        case .success(let models) where models.isEmpty:
            picker = nil
            phase = .noModels
            transcript.add(.error, strings.noModels)
            transcript.add(.notice, strings.retryHint)
        case .success(let models):
            knownModels = models
            if phase != .answering { phase = .ready }
            let preferred = preferredModel.flatMap { name in models.first { $0.isNamed(name) } }
            if picker == nil, session.model == nil, let model = preferred, model.canChat {
                choose(model)
                return []
            }
            // A list that arrives after the user already chose (F3, then Enter on the cached
            // list) only refreshes what is known.
            if picker == nil && session.model != nil { return [] }
            var open = picker ?? ModelPicker(canClose: session.model != nil)
            open.show(models, strings: strings, preselect: open.selectedModel?.name ?? session.model ?? preferredModel)
            if session.model == nil, preferred == nil, let name = preferredModel {
                open.message = strings.modelNotFound(name)
            }
            picker = open
        }
        return []
    }

    /// The failure's headline as an error, its detail (host and reason) dim under it.
    private mutating func addFailure(_ error: OllamaError) {
        let words = strings.failure(error, model: session.model)
        transcript.add(.error, words.headline)
        if let detail = words.detail { transcript.add(.marker, detail) }
    }

    mutating func chooseSelectedModel() {
        guard var open = picker, let model = open.selectedModel else { return }
        guard model.canChat else {
            open.message = strings.cannotChat(model.name)
            picker = open
            return
        }
        choose(model)
    }

    private mutating func choose(_ model: ModelSummary) {
        let switching = session.model != nil && session.model != model.name
        session.model = model.name
        picker = nil
        if phase == .connecting { phase = .ready }
        transcript.add(.notice, strings.connected(model.name))
        followBottom()
        if switching { notice = strings.modelSwitched(model.name) }
    }

    // MARK: - Answers

    mutating func send() -> [Effect] {
        guard phase == .ready, let model = session.model else {
            notice = switch phase {
            case .answering: strings.waitForAnswer
            case .offline, .noModels, .connecting: strings.notConnected
            case .ready: strings.noModelChosen
            }
            return []
        }
        guard let prompt = editor.submit() else { return [] }
        transcript.add(.userLabel, strings.you)
        transcript.add(.userText, prompt)
        transcript.add(.assistantLabel, model)
        transcript.open(.assistantText)
        let messages = session.begin(prompt: prompt)
        phase = .answering
        lastAnswerFailed = false
        followBottom()
        return [.startChat(messages: messages, model: model)]
    }

    private mutating func receive(_ chunk: ChatChunk) -> [Effect] {
        guard phase == .answering else { return [] }
        switch chunk {
        case .content(let text):
            if transcript.openKind != .assistantText { transcript.open(.assistantText) }
            transcript.appendToOpenBlock(text)
        case .thinking(let text):
            if transcript.openKind != .thinking { transcript.open(.thinking) }
            transcript.appendToOpenBlock(text)
        case .done, .failed:
            break
        }
        if scrollAnchor != nil { unseenBelow = true }
        if let outcome = session.receive(chunk) { finish(outcome) }
        return []
    }

    /// Esc or Ctrl-C during an answer: the part received stays, marked as stopped.
    mutating func stopAnswer() -> [Effect] {
        guard phase == .answering, let outcome = session.stop() else { return [] }
        finish(outcome)
        return [.cancelChat]
    }

    private mutating func finish(_ outcome: ChatSession.Outcome) {
        transcript.closeOpenBlock()
        phase = .ready
        switch outcome {
        case .completed(let metrics):
            transcript.add(.metrics, strings.metricsLine(metrics))
        case .stopped:
            transcript.add(.marker, strings.stopped)
        case .failed(let error):
            lastAnswerFailed = true
            if history.entries.last?.content.isEmpty == false { transcript.add(.marker, strings.answerCutShort) }
            addFailure(error)
        }
        if scrollAnchor != nil { unseenBelow = true }
    }

    /// F2: stops any answer, empties history and transcript, keeps the model.
    mutating func clearSession() -> [Effect] {
        let effects: [Effect] = phase == .answering ? [.cancelChat] : []
        if phase == .answering { phase = .ready }
        session.clear()
        transcript.clear()
        followBottom()
        lastAnswerFailed = false
        notice = strings.sessionCleared
        return effects
    }

    // MARK: - Scrolling

    mutating func followBottom() {
        scrollAnchor = nil
        unseenBelow = false
    }

    /// Scrolls the transcript by `delta` rows (negative: back in time).
    mutating func scroll(by delta: Int) {
        let width = layout.transcriptWidth
        let height = layout.transcriptHeight
        guard height > 0, let last = transcript.lastPosition(width: width), let first = transcript.firstPosition(width: width) else { return }
        let lowest = transcript.move(first, by: height - 1, width: width)
        var target = transcript.move(scrollAnchor ?? last, by: delta, width: width)
        if target < lowest { target = lowest }
        if target >= last {
            followBottom()
        } else {
            scrollAnchor = target
        }
    }

    mutating func scrollToTop() {
        guard let first = transcript.firstPosition(width: layout.transcriptWidth) else { return }
        scrollAnchor = first
        scroll(by: 0)
    }
}
