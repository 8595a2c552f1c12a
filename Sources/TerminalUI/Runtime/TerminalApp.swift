import CNcursesw
import ChatCore
import Dispatch
import OllamaKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The full-screen UI's runtime. The main queue owns curses and the state: stdin and signals
/// arrive as dispatch sources on it, and chat chunks hop onto it through main-actor tasks.
/// Every event goes through `AppState.update`; frames are drawn from the state at most once per
/// frame interval (`FramePacer`), however many events arrived.
@MainActor
public final class TerminalApp {
    private var state: AppState
    private let client: OllamaClient
    private let terminal: Terminal
    private var screen: CursesScreen
    /// The next frame is drawn into this; `present` hands back the frame before the last one.
    private var canvas = Canvas(rows: 0, columns: 0)
    private var decoder = InputDecoder()
    private var readBuffer = [UInt8](repeating: 0, count: 65536)
    private var size: (rows: Int, columns: Int)
    private var sources: [any DispatchSourceProtocol] = []
    private var chatTask: Task<Void, Never>?
    /// The model download shown, if any; cancelling it drops its stream, which ends the request.
    private var pullTask: Task<Void, Never>?
    private var pacer = FramePacer()
    private var ticker: (any DispatchSourceTimer)?
    private var escapeDeadline = 0
    /// Where the chat is saved as it happens; nil when it is not (history off or unusable).
    private var recorder: ChatRecorder?
    /// Opens the chat archive; run off the main queue once the first frame is drawn.
    private let openArchive: @Sendable () -> ArchiveAccess
    /// The archive once it was opened (nil before).
    private var archive: ArchiveAccess?
    /// The stored chat continued (`--continue`, `--resume`), written to from the next prompt on.
    private let resumedChat: ChatID?
    private var historyObserver: HistoryObserver
    private static let frameSeconds = 0.016
    private static let tickInterval = DispatchTimeInterval.milliseconds(100)
    /// While an answer's text flows its frames move the spinner and the figures, so the ticker
    /// looks again only this much later: each tick is two thread wake-ups (dispatch's timer
    /// thread, then this queue's).
    private static let flowingTickInterval = DispatchTimeInterval.seconds(1)
    private static let escapeDelay = DispatchTimeInterval.milliseconds(30)
    /// The process environment: where clipboard programs and the editor are found.
    private let environment: [String: String]

    private init(
        configuration: Configuration, environment: [String: String], terminal: Terminal,
        openArchive: @escaping @Sendable () -> ArchiveAccess, resumed: StoredChat?, warnings: [String]
    ) {
        self.environment = environment
        let strings = Strings(configuration.language)
        state = AppState(
            strings: strings, host: configuration.host.baseURL, preferredModel: configuration.model,
            isDemo: configuration.isDemo)
        state.session.settings = configuration.chatDefaults
        if let resumed {
            state.resume(resumed)
            // A reopened chat goes on with its own settings; flags given now win over them.
            state.session.settings = configuration.chatFlags.applied(to: resumed.settings)
        }
        // What was wrong with the settings stays readable once the screen has taken over.
        for warning in warnings { state.addNotice(.error, warning) }
        self.openArchive = openArchive
        resumedChat = resumed?.summary.id
        historyObserver = HistoryObserver(session: state.session)
        // Text is handed over at most once a frame: the UI wakes per frame, not per token.
        client = OllamaClient(
            configuration: configuration.clientConfiguration(coalescingInterval: Self.frameSeconds, reportsTokens: true)
        )
        self.terminal = terminal
        screen = CursesScreen(palette: terminal.palette)
        size = terminal.querySize()
    }

    /// Takes over the terminal and runs until the user quits; never returns. Call from the
    /// main thread after the termination signals have been blocked. The chat is saved through the
    /// archive `openArchive` opens (off the main queue, after the first frame, so the screen does
    /// not wait for the database); `resumed` is a stored chat to continue. `environment` is where
    /// clipboard programs and the editor are found; `warnings` (the config file's problems, the
    /// host's) open the transcript.
    public static func run(
        configuration: Configuration, environment: [String: String],
        openArchive: @escaping @Sendable () -> ArchiveAccess = { .off }, resumed: StoredChat? = nil,
        warnings: [String] = []
    ) -> Never {
        let terminal: Terminal
        do {
            terminal = try Terminal.start()
        } catch {
            let strings = Strings(configuration.language)
            let message =
                switch error {
                case .unknownTerminal(let name): strings.unknownTerminal(name)
                case .noCursorAddressing(let name): strings.terminalCannotAddressCursor(name)
                }
            StandardStreams.write("ollama-tui: \(message)\n", to: .standardError)
            exit(ExitStatus.usage.rawValue)
        }
        let app = TerminalApp(
            configuration: configuration, environment: environment, terminal: terminal, openArchive: openArchive,
            resumed: resumed, warnings: warnings)
        app.start()
        withExtendedLifetime(app) { dispatchMain() }
    }

    private func start() {
        let input = DispatchSource.makeReadSource(fileDescriptor: STDIN_FILENO, queue: .main)
        input.setEventHandler { [unowned self] in MainActor.assumeIsolated { self.readInput() } }
        input.resume()
        sources.append(input)
        for signal in ProcessSignals.handled {
            sources.append(
                ProcessSignals.source(for: signal, on: .main) { [unowned self] in
                    MainActor.assumeIsolated { self.handleSignal(signal) }
                })
        }
        perform(state.update(.resize(rows: size.rows, columns: size.columns)))
        perform(state.startEffects)
        drawFrame()
        updateTicker()
        let open = openArchive
        DispatchQueue.global(qos: .userInitiated).async {
            let access = open()
            DispatchQueue.main.async { [unowned self] in MainActor.assumeIsolated { self.archiveOpened(access) } }
        }
    }

    /// Saving starts: what happened in the history before the archive was open is written now.
    private func archiveOpened(_ access: ArchiveAccess) {
        archive = access
        let strings = state.strings
        switch access {
        case .off:
            dispatch(.historyOff)
        case .unusable(let error, let path):
            dispatch(.historyFailed(strings.storageProblem(error, path: path)))
        case .open(let archive, let path):
            recorder = ChatRecorder(archive: archive, chat: resumedChat) { error in
                let message = strings.storageProblem(error, path: path)
                DispatchQueue.main.async { [unowned self] in
                    MainActor.assumeIsolated { self.dispatch(.historyFailed(message)) }
                }
            }
            recorder?.settingsChanged(state.session.settings)
            record()
        }
    }

    // MARK: - Events

    private func dispatch(_ event: AppState.Event) {
        let effects = state.update(event, now: .now)
        record()
        perform(effects)
        let request: FramePacer.Request =
            switch event {
            case .chunk(.done, _), .chunk(.failed, _): .lastChunk
            case .chunk(.tokens, _): .figures
            case .chunk: .chunk
            case .tick: .tick
            default: .event
            }
        schedule(pacer.request(request, now: DispatchTime.now().uptimeNanoseconds))
        updateTicker()
    }

    private func readInput() {
        // The source may have fired for bytes another program in the foreground (an editor) has
        // read since: stdin blocks, and a read would hold the queue until the next key.
        var ready = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&ready, 1, 0) != 0 else { return }
        let count = readBuffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
        if count == 0 || (count < 0 && errno != EAGAIN && errno != EINTR) {
            quit(status: ExitStatus.success.rawValue)
        }
        guard count > 0 else { return }
        for key in decoder.feed(readBuffer[0..<count]) { dispatch(.key(key)) }
        if decoder.hasPending {
            // A lone Esc or the start of a sequence: decide once no more bytes follow.
            escapeDeadline &+= 1
            let mark = escapeDeadline
            DispatchQueue.main.asyncAfter(deadline: .now() + Self.escapeDelay) { [unowned self] in
                MainActor.assumeIsolated {
                    guard mark == self.escapeDeadline else { return }
                    for key in self.decoder.flush() { self.dispatch(.key(key)) }
                }
            }
        }
    }

    private func handleSignal(_ signal: Int32) {
        switch signal {
        case SIGWINCH:
            refit()
        case SIGINT:
            dispatch(.interrupt)
        default:
            dispatch(.terminate(signal: signal))
        }
    }

    // MARK: - Effects

    private func perform(_ effects: [AppState.Effect]) {
        for effect in effects {
            switch effect {
            case .listModels:
                ask({ [client] () async throws(OllamaError) in try await client.listModels() }) { .modelsLoaded($0) }
            case .showModel(let name):
                ask({ [client] () async throws(OllamaError) in try await client.showModel(name) }) {
                    .modelShown(name, $0)
                }
            case .listRunning:
                ask({ [client] () async throws(OllamaError) in try await client.runningModels() }) {
                    .runningListed($0)
                }
            case .attachImages(let paths, let prompt):
                let home = environment["HOME"]
                // Reading up to 20 MB a file: never on the UI queue.
                Task {
                    let results = await Task.detached { paths.map { ImageAttachment.load(path: $0, home: home) } }.value
                    self.dispatch(.imagesLoaded(prompt: prompt, results))
                }
            case .pullModel(let name):
                pullTask?.cancel()
                let stream = client.pullModel(name)
                pullTask = Task(executorPreference: MainQueueExecutor.shared) { [self] in
                    await self.consume(stream, pulling: name)
                }
            case .cancelPull:
                pullTask?.cancel()
                pullTask = nil
            case .deleteModel(let name):
                ask({ [client] () async throws(OllamaError) in try await client.deleteModel(name) }) {
                    .modelDeleted(name, $0)
                }
            case .startChat(let messages, let model, let number):
                chatTask?.cancel()
                let stream = client.chat(history: messages, model: model, settings: state.session.settings)
                chatTask = Task(executorPreference: MainQueueExecutor.shared) { [self] in
                    await self.consume(stream, answer: number)
                }
            case .cancelChat:
                chatTask?.cancel()
                chatTask = nil
            case .suspend:
                terminal.suspend()
                refit()
            case .copy(let text):
                Task(executorPreference: MainQueueExecutor.shared) { [self] in await self.copy(text) }
            case .save(let text, let path, let overwrite):
                let result: AppState.SaveResult
                switch FileExport.save(text, to: path, overwrite: overwrite, environment: environment) {
                case .success(let saved): result = .saved(message: state.strings.saved(saved))
                case .failure(let failure) where failure.kind == .exists: result = .exists
                case .failure(let failure): result = .failed(message: failure.message(state.strings))
                }
                dispatch(.saveFinished(result))
            case .openInEditor(let text, let fileExtension):
                let outcome = ExternalEditor.show(
                    text, fileExtension: fileExtension, environment: environment,
                    handOver: { self.terminal.handOver($0) })
                refit()
                dispatch(.editorClosed(message: outcome.message(state.strings)))
            case .listChats(let query):
                withArchive(query: query) { archive throws(StorageError) in try await self.rows(for: query, in: archive)
                }
            case .loadChat(let chat, let position):
                withArchive(query: nil) { archive throws(StorageError) in
                    guard let stored = try await archive.loadChat(chat, tail: nil) else { throw .chatNotFound(chat) }
                    self.dispatch(.chatLoaded(stored, position: position))
                    return nil
                }
            case .renameChat(let chat, let title, let query):
                withArchive(query: query) { archive throws(StorageError) in
                    try await archive.rename(chat, to: title)
                    return try await self.rows(for: query, in: archive)
                }
            case .deleteChat(let chat, let query):
                withArchive(query: query) { archive throws(StorageError) in
                    try await archive.delete(chat)
                    self.recorder?.chatDeleted(chat)
                    return try await self.rows(for: query, in: archive)
                }
            case .settingsChanged(let settings):
                recorder?.settingsChanged(settings)
            case .quit:
                quit(status: ExitStatus.success.rawValue)
            case .exit(let status):
                quit(status: status)
            }
        }
    }

    /// Runs `work` on the open archive; the rows it gives (or why there are none) go to the chat
    /// list for `query`.
    private func withArchive(
        query: String?,
        _ work: @escaping @MainActor (any ChatArchive) async throws(StorageError) -> [ChatListPanel.Row]?
    ) {
        let strings = state.strings
        switch archive {
        case .open(let archive, let path)?:
            Task(executorPreference: MainQueueExecutor.shared) { [self] in
                await self.run(work, on: archive, path: path, query: query)
            }
        case .unusable(let error, let path)?: reportChatList(.failed(strings.storageProblem(error, path: path)), query)
        case .off?, nil: reportChatList(.historyOff, query)
        }
    }

    private func run(
        _ work: @MainActor (any ChatArchive) async throws(StorageError) -> [ChatListPanel.Row]?,
        on archive: any ChatArchive, path: String, query: String?
    ) async {
        do throws(StorageError) {
            if let rows = try await work(archive) { dispatch(.chatsListed(query: query ?? "", .success(rows))) }
        } catch {
            reportChatList(.failed(state.strings.storageProblem(error, path: path)), query)
        }
    }

    private func reportChatList(_ failure: ChatListFailure, _ query: String?) {
        dispatch(.chatsListed(query: query ?? state.chatListQuery ?? "", .failure(failure)))
    }

    /// The chat list's rows: the newest chats, or the search hits for `query`.
    private func rows(for query: String, in archive: any ChatArchive) async throws(StorageError) -> [ChatListPanel.Row]
    {
        let strings = state.strings
        if query.isEmpty {
            return try await archive.listChats(limit: 500, offset: 0).map { chat in
                let date = String(ChatListing.timestamp(chat.updatedAt).prefix(16).map { $0 == "T" ? " " : $0 })
                return ChatListPanel.Row(
                    chat: chat.id, title: chat.title,
                    detail: strings.chatDetail(model: chat.model, date: date, messages: chat.messageCount))
            }
        }
        // One row a chat: its first message that matched, else its title.
        let hits = try await archive.search(query, limit: 200)
        var seen: Set<ChatID> = []
        return hits.compactMap { hit -> ChatListPanel.Row? in
            guard !seen.contains(hit.chat) else { return nil }
            seen.insert(hit.chat)
            let chosen = hit.position == nil ? hits.first { $0.chat == hit.chat && $0.position != nil } ?? hit : hit
            return ChatListPanel.Row(
                chat: chosen.chat, title: chosen.title, detail: "", snippet: chosen.snippet,
                matches: chosen.matches, position: chosen.position)
        }
    }

    /// OSC 52 goes out at once, between frames; a clipboard program runs off the main queue.
    private func copy(_ text: String) async {
        let report = await Clipboard.copy(
            text, environment: environment, writeToTerminal: { self.terminal.writeRaw($0) })
        dispatch(.copied(message: report.message(state.strings)))
    }

    /// Hands the answer's chunks to `update` (which drops those of an answer already stopped)
    /// until the stream ends or its task is cancelled.
    private func consume(_ stream: AsyncStream<ChatChunk>, answer number: Int) async {
        for await chunk in stream {
            dispatch(.chunk(chunk, answer: number))
        }
    }

    /// Asks the server with `call` off the UI queue, and dispatches the event made of its result.
    private func ask<Value: Sendable>(
        _ call: @escaping @Sendable () async throws(OllamaError) -> Value,
        then event: @escaping @MainActor (Result<Value, OllamaError>) -> AppState.Event
    ) {
        Task {
            let result: Result<Value, OllamaError>
            do throws(OllamaError) {
                result = .success(try await call())
            } catch {
                result = .failure(error)
            }
            self.dispatch(event(result))
        }
    }

    /// Hands a download's lines to `update` until it ends or its task is cancelled (on this
    /// queue, so nothing of a cancelled download is dispatched after).
    private func consume(_ stream: AsyncStream<PullEvent>, pulling name: String) async {
        for await event in stream {
            guard !Task.isCancelled else { return }
            dispatch(.pulling(name, event))
        }
    }

    /// The terminal may have a new size (a resize, or back from Ctrl-Z): redraw all of it.
    private func refit() {
        size = terminal.querySize()
        terminal.resize(rows: size.rows, columns: size.columns)
        screen.invalidate()
        dispatch(.resize(rows: size.rows, columns: size.columns))
    }

    private func quit(status: Int32) -> Never {
        chatTask?.cancel()
        finishRecording()
        terminal.stop()
        exit(status)
    }

    // MARK: - Saving

    /// Queues what changed in the history since the last event (the writes run off this queue).
    private func record() {
        guard let recorder else { return }
        for change in historyObserver.changes(in: state.session) {
            switch change {
            case .promptSent(let entry): recorder.promptSent(entry)
            case .answerEnded(let entry): recorder.answerEnded(entry)
            case .shortened(let count): recorder.historyShortened(to: count)
            case .cleared:
                recorder.startNewChat()
                recorder.settingsChanged(state.session.settings)
            case .reopened(let chat):
                recorder.continueChat(chat)
                recorder.settingsChanged(state.session.settings)
            }
        }
        if state.session.isAnswering { recorder.answerChanged { state.session.answerSoFar } }
    }

    /// Writes an answer still streaming as far as it got, and waits for the queued writes.
    private func finishRecording() {
        guard let recorder else { return }
        if let partial = state.session.answerSoFar { recorder.answerEnded(partial) }
        let finished = DispatchSemaphore(value: 0)
        Task.detached {
            _ = await recorder.finish()
            finished.signal()
        }
        finished.wait()
    }

    // MARK: - Frames

    /// Carries out the pacer's decision: a frame that is due is drawn once the queue has handled
    /// what is already on it; one that is not yet due waits for a timer.
    private func schedule(_ decision: FramePacer.Decision) {
        switch decision {
        case .drawSoon:
            DispatchQueue.main.async { [unowned self] in
                MainActor.assumeIsolated {
                    if pacer.soonArrived() { drawFrame() }
                }
            }
        case .drawAt(let deadline):
            DispatchQueue.main.asyncAfter(deadline: DispatchTime(uptimeNanoseconds: deadline)) { [unowned self] in
                MainActor.assumeIsolated {
                    if pacer.timerFired() { drawFrame() }
                }
            }
        case .none:
            break
        }
    }

    private func drawFrame() {
        pacer.drew(now: DispatchTime.now().uptimeNanoseconds)
        if canvas.rows != size.rows || canvas.columns != size.columns {
            canvas = Canvas(rows: size.rows, columns: size.columns)
        }
        let cursor = ScreenView.render(&state, into: &canvas)
        screen.present(&canvas, cursor: cursor)
    }

    /// A tick, unless text flows (the pacer knows when it last came): then the ticker waits longer.
    private func tickFired() {
        if pacer.textFlows(now: DispatchTime.now().uptimeNanoseconds), let ticker {
            ticker.schedule(deadline: .now() + Self.flowingTickInterval, repeating: Self.tickInterval)
            return
        }
        dispatch(.tick)
    }

    /// The spinner's clock runs only while something moves.
    private func updateTicker() {
        if state.needsTicks, ticker == nil {
            let timer = DispatchSource.makeTimerSource(queue: .main)
            timer.schedule(deadline: .now() + Self.tickInterval, repeating: Self.tickInterval)
            timer.setEventHandler { [unowned self] in MainActor.assumeIsolated { self.tickFired() } }
            timer.resume()
            ticker = timer
        } else if !state.needsTicks, let timer = ticker {
            timer.cancel()
            ticker = nil
        }
    }
}
