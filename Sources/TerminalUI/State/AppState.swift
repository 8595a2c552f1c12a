import ChatCore
import OllamaKit

/// The whole state of the full-screen UI and the one function that changes it. Every input is an
/// event (keys, chunks, model lists, ticks, resizes, signals) and carries the moment it happened;
/// effects come out for the runtime to carry out (list the models, start or cancel a chat,
/// quit). No curses and no network here, so tests drive it directly and read the screen from a
/// `Canvas`.
struct AppState: Sendable {
    /// Where the connection stands.
    enum Phase: Sendable, Equatable {
        case connecting, offline, noModels, ready, answering
    }

    /// Everything that can happen to the UI.
    enum Event: Sendable {
        case key(KeyEvent)
        case modelsLoaded(Result<[ModelSummary], OllamaError>)
        /// A chunk of the answer numbered `answer` (chunks of a stopped answer carry an old number).
        case chunk(ChatChunk, answer: Int)
        case tick
        /// The terminal's size (at start, after a resize, back from a suspension).
        case resize(rows: Int, columns: Int)
        /// SIGINT: stops an answer, quits when idle (as Ctrl-C).
        case interrupt
        /// SIGTERM or SIGHUP: quit at once with 128 + the signal's number.
        case terminate(signal: Int32)
        /// What became of a copy, an editor or a save the state asked for.
        case copied(message: String)
        case editorClosed(message: String?)
        case saveFinished(SaveResult)
        /// The chat could not be saved; the message says why.
        case historyFailed(String)
        /// Chats are not saved in this run (`--no-history`).
        case historyOff
        /// The chat list's rows for a filter (empty: the newest chats), or why there are none.
        case chatsListed(query: String, Result<[ChatListPanel.Row], ChatListFailure>)
        /// A stored chat was read, to open at `position` (a search hit's message).
        case chatLoaded(StoredChat, position: Int?)
        /// `/api/show` answered for a model.
        case modelShown(String, Result<ModelDetails, OllamaError>)
        /// `/api/ps` answered: the models loaded in the server's memory.
        case runningListed(Result<[RunningModel], OllamaError>)
        /// The image files `.attachImages` asked for were read (in the order asked).
        case imagesLoaded(prompt: String?, [Result<ImageAttachment, ImageAttachment.Problem>])
        /// A line of the download of a model.
        case pulling(String, PullEvent)
        /// `/api/delete` answered for a model.
        case modelDeleted(String, Result<Void, OllamaError>)
    }

    /// What the runtime must do after an update.
    enum Effect: Sendable, Equatable {
        case listModels
        /// Ask `/api/show` about a model (its capabilities, context length, license).
        case showModel(String)
        /// Ask `/api/ps` which models are loaded.
        case listRunning
        /// Read image files: for `/image` (no prompt), or for the prompt that names them.
        case attachImages(paths: [String], prompt: String?)
        /// Download a model (`/api/pull`), its lines coming back as `.pulling` events.
        case pullModel(String)
        /// End the download: its stream is dropped, which closes the request.
        case cancelPull
        case deleteModel(String)
        case startChat(messages: [ChatMessage], model: String, answer: Int)
        case cancelChat
        case suspend
        /// Copy to the clipboard (OSC 52, and a clipboard program when there is one).
        case copy(String)
        case save(text: String, path: String, overwrite: Bool)
        /// Show a read-only copy in the user's editor.
        case openInEditor(text: String, fileExtension: String)
        /// The chat list's rows: the newest chats for an empty filter, else a search.
        case listChats(query: String)
        case loadChat(ChatID, position: Int?)
        /// Renames the chat, then lists again for `query`.
        case renameChat(ChatID, title: String, query: String)
        /// Deletes the chat, then lists again for `query`.
        case deleteChat(ChatID, query: String)
        /// The chat's settings changed: the chat saves them.
        case settingsChanged(ChatSettings)
        case quit
        /// Quit with this exit status (ended by a signal).
        case exit(status: Int32)
    }

    let strings: Strings
    let host: String
    /// `--model` / `OLLAMA_MODEL`: used without asking when installed.
    let preferredModel: String?
    /// Talking to the built-in demo server (`--demo`).
    let isDemo: Bool
    /// The streaming answer's live figures as shown, and when they were worked out: refreshed at
    /// most every `liveFiguresInterval` (figures that change every frame cannot be read, and
    /// every change is a row to draw).
    var liveFigures: (text: String, at: Moment)?
    static let liveFiguresInterval = 0.25

    var phase: Phase = .connecting
    var session = ChatSession()
    /// The history drawn, plus the screen-only notices; rebuilt from them when needed.
    var transcript = Transcript()
    /// Screen-only lines (connected, connection errors, hints), placed between history entries.
    var screenNotices: [ScreenNotice] = []
    var editor = LineEditor()
    /// The one popup shown over the screen, if any: it takes the keys first.
    var overlay: Overlay?
    /// A short message for the status bar until the next key.
    var notice: String?
    /// The status bar's word on saving when chats are not saved (history off, or failed).
    var historyMark: String?
    /// The transcript row shown at the bottom of the pane; nil follows the newest text.
    var scrollAnchor: Transcript.Position?
    /// New text arrived below while scrolled up.
    var unseenBelow = false
    var lastAnswerFailed = false
    /// Alt-E put the last prompt in the input line: sending replaces the last turn.
    var editingLastTurn = false
    /// The last list of models, so the picker opens at once while it is refreshed.
    var knownModels: [ModelSummary] = []
    /// What `/api/show` said about each model asked about, by full name.
    var modelDetails: [String: ModelDetails] = [:]
    /// The models loaded in the server's memory, as `/api/ps` last said.
    var runningModels: [RunningModel] = []
    /// Images from `/image`, sent with the next message.
    var pendingImages: [ImageAttachment] = []
    /// The completion popup's choice, for the input line it was made on.
    var completionChoice: (line: String, index: Int)?
    /// The nearly full context was reported (again once it has been below the mark).
    var contextWarned = false
    /// The spinner's step: one a `spinnerStep` however many events come, from ticks or from the
    /// frames of an answer's text (while text flows, the ticker waits).
    var spinner = 0
    private var lastSpin: ContinuousClock.Instant?
    static let spinnerStep = Duration.milliseconds(90)
    /// The terminal's size, from `.resize` events.
    var size = ScreenSize(rows: 24, columns: 80)
    /// The number of the answer being received; chunks with another number are dropped.
    var answerNumber = 0

    init(strings: Strings, host: String, preferredModel: String?, isDemo: Bool = false) {
        self.strings = strings
        self.host = host
        self.preferredModel = preferredModel
        self.isDemo = isDemo
    }

    /// The effects to run at start: list the models.
    var startEffects: [Effect] { [.listModels] }

    /// Ticks drive the spinner; none are needed while nothing moves.
    var needsTicks: Bool { phase == .connecting || phase == .answering || picker?.isLoading == true }

    var model: String? { session.model }
    var totals: ChatSession.Totals { session.totals }
    var lastMetrics: Metrics? { session.lastMetrics }
    var history: SessionHistory { session.history }

    /// The status bar's middle part: a notice, the streaming answer's live figures, or the last
    /// answer's metrics.
    var statusFigures: String? {
        if let notice { return notice }
        if phase == .answering, let live = liveFigures { return live.text }
        return lastMetrics.map(strings.metricsLine)
    }

    /// The model as the status bar names it, marked when it is the demo's. While connecting, the
    /// configured model is shown from the first frame; the model list then confirms it (or the
    /// picker says it is not installed).
    var statusModel: String {
        let expected = phase == .connecting ? preferredModel.map(ModelSummary.fullName) : nil
        let name = model ?? expected ?? "—"
        return isDemo ? "\(strings.demo) · \(name)" : name
    }

    /// The picker, when it is the overlay shown.
    var picker: ModelPicker? {
        if case .picker(let open) = overlay { return open }
        return nil
    }

    /// True while the help overlay is shown.
    var showingHelp: Bool {
        if case .help = overlay { return true }
        return false
    }

    /// The layout at the current size with the input as it is now (wraps the input to count
    /// its rows: ask once per use).
    var layout: ScreenLayout {
        let unsized = ScreenLayout(size: size, inputRows: 1)
        return ScreenLayout(
            size: size, inputRows: editor.rowCount(width: unsized.inputWidth, maxRows: unsized.maxInputRows))
    }

    mutating func update(_ event: Event, now: Moment = .now) -> [Effect] {
        let effects = apply(event, now: now)
        refreshLiveFigures(after: event, now: now)
        return effects
    }

    /// Works the live figures out again when they are due. Neither a piece of text (its token
    /// count comes with its handover) nor a resize makes them due.
    private mutating func refreshLiveFigures(after event: Event, now: Moment) {
        guard phase == .answering, let answer = session.pending else {
            liveFigures = nil
            return
        }
        switch event {
        case .chunk(.content, _), .chunk(.thinking, _), .resize: if liveFigures != nil { return }
        default: break
        }
        if let shown = liveFigures, now.seconds(since: shown.at) < Self.liveFiguresInterval { return }
        liveFigures = (strings.liveFigures(answer, now: now), now)
    }

    /// The spinner steps if a step's time has passed since its last.
    private mutating func spin(now: Moment) {
        if let lastSpin, now.instant - lastSpin < Self.spinnerStep { return }
        spinner &+= 1
        lastSpin = now.instant
    }

    private mutating func apply(_ event: Event, now: Moment) -> [Effect] {
        switch event {
        case .key(let key):
            notice = nil
            return handle(key, now: now)
        case .modelsLoaded(let result):
            return modelsLoaded(result)
        case .chunk(let chunk, let answer):
            guard answer == answerNumber else { return [] }
            spin(now: now)
            return receive(chunk, now: now)
        case .tick:
            spin(now: now)
            return []
        case .resize(let rows, let columns):
            size = ScreenSize(rows: rows, columns: columns)
            return []
        case .interrupt:
            return interrupt(now: now)
        case .terminate(let signal):
            return [.cancelChat, .exit(status: 128 + signal)]
        case .copied(let message):
            notice = message
            return []
        case .editorClosed(let message):
            notice = message
            return []
        case .saveFinished(let result):
            return saveFinished(result)
        case .historyFailed(let message):
            return historyFailed(message)
        case .historyOff:
            historyMark = strings.historyOff
            return []
        case .chatsListed(let query, let result):
            chatsListed(query: query, result)
            return []
        case .chatLoaded(let chat, let position):
            return open(chat, at: position)
        case .modelShown(let name, let result):
            return modelShown(name, result)
        case .runningListed(let result):
            runningListed(result, now: now)
            checkContext()
            return []
        case .imagesLoaded(let prompt, let results):
            return imagesLoaded(prompt: prompt, results, now: now)
        case .pulling(let model, let event):
            return pulling(model, event, now: now)
        case .modelDeleted(let model, let result):
            return modelDeleted(model, result)
        }
    }

    /// Ctrl-C or SIGINT: stops an answer; quits when there is none.
    mutating func interrupt(now: Moment) -> [Effect] {
        phase == .answering ? stopAnswer(now: now) : [.quit]
    }
}

/// The terminal's size in cells.
struct ScreenSize: Sendable, Equatable {
    var rows: Int
    var columns: Int
}
