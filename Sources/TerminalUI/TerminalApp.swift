import ChatCore
import CNcursesw
import Dispatch
import Foundation
import OllamaKit

/// The full-screen UI's runtime. The main queue owns curses and the state: stdin and signals
/// arrive as dispatch sources on it, and chat chunks hop onto it through main-actor tasks.
/// Every event goes through `AppState.update`; frames are drawn from the state at most once per
/// `frameInterval`, however many events arrived.
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
    /// Chunks of an answer that was stopped may still be queued: they carry an old number.
    private var answerNumber = 0
    /// The state changed since the last frame.
    private var dirty = false
    private var drawQueued = false
    private var timerQueued = false
    private var lastFrame = DispatchTime(uptimeNanoseconds: 0)
    private var lastChunk = DispatchTime(uptimeNanoseconds: 0)
    private var ticker: (any DispatchSourceTimer)?
    private var escapeDeadline = 0
    private static let frameInterval = DispatchTimeInterval.milliseconds(16)
    private static let frameSeconds = 0.016
    private static let chunkFrameSpacing = DispatchTimeInterval.milliseconds(8)
    private static let tickInterval = DispatchTimeInterval.milliseconds(100)
    private static let escapeDelay = DispatchTimeInterval.milliseconds(30)

    private init(configuration: Configuration, terminal: Terminal) {
        let strings = Strings(configuration.language)
        state = AppState(strings: strings, host: configuration.host.baseURL, preferredModel: configuration.model)
        // Text is handed over at most once a frame: the UI wakes per frame, not per token.
        client = OllamaClient(configuration: configuration.clientConfiguration(coalescingInterval: Self.frameSeconds))
        self.terminal = terminal
        screen = CursesScreen(palette: terminal.palette)
        size = terminal.querySize()
    }

    /// Takes over the terminal and runs until the user quits; never returns. Call from the
    /// main thread after the termination signals have been blocked.
    public static func run(configuration: Configuration) -> Never {
        let terminal: Terminal
        do {
            terminal = try Terminal.start()
        } catch {
            let strings = Strings(configuration.language)
            let message = switch error {
            case .unknownTerminal(let name): strings.unknownTerminal(name)
            case .noCursorAddressing(let name): strings.terminalCannotAddressCursor(name)
            }
            FileHandle.standardError.write(Data("ollama-tui: \(message)\n".utf8))
            exit(ExitStatus.usage.rawValue)
        }
        let app = TerminalApp(configuration: configuration, terminal: terminal)
        app.start()
        withExtendedLifetime(app) { dispatchMain() }
    }

    private func start() {
        let input = DispatchSource.makeReadSource(fileDescriptor: STDIN_FILENO, queue: .main)
        input.setEventHandler { [unowned self] in MainActor.assumeIsolated { self.readInput() } }
        input.resume()
        sources.append(input)
        for signal in ProcessSignals.handled {
            sources.append(ProcessSignals.source(for: signal, on: .main) { [unowned self] in
                MainActor.assumeIsolated { self.handleSignal(signal) }
            })
        }
        perform(state.startEffects)
        drawFrame()
        updateTicker()
    }

    // MARK: - Events

    private func dispatch(_ event: AppState.Event) {
        perform(state.update(event))
        switch event {
        case .chunk(.done), .chunk(.failed):
            requestFrame(spacing: .nanoseconds(0))
        case .chunk:
            lastChunk = .now()
            requestFrame(spacing: Self.chunkFrameSpacing)
        case .tick where lastChunk + Self.tickInterval > .now():
            // Text is flowing: the next chunk's frame shows the spinner's step.
            dirty = true
        default:
            requestFrame()
        }
        updateTicker()
    }

    private func readInput() {
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
            dispatch(.key(.control("c")))
        default:
            quit(status: 128 + signal)
        }
    }

    // MARK: - Effects

    private func perform(_ effects: [AppState.Effect]) {
        for effect in effects {
            switch effect {
            case .listModels:
                Task { [client] in
                    let result: Result<[ModelSummary], OllamaError>
                    do throws(OllamaError) {
                        result = .success(try await client.listModels())
                    } catch {
                        result = .failure(error)
                    }
                    self.dispatch(.modelsLoaded(result))
                }
            case .startChat(let messages, let model):
                answerNumber &+= 1
                let number = answerNumber
                let stream = client.chat(messages: messages, model: model)
                chatTask = Task(executorPreference: MainQueueExecutor.shared) { [self] in
                    await self.consume(stream, answer: number)
                }
            case .cancelChat:
                answerNumber &+= 1
                chatTask?.cancel()
                chatTask = nil
            case .suspend:
                terminal.suspend()
                refit()
            case .quit:
                quit(status: ExitStatus.success.rawValue)
            }
        }
    }

    /// Hands the answer's chunks to `update` until it ends or a newer answer replaces it.
    private func consume(_ stream: AsyncStream<ChatChunk>, answer number: Int) async {
        for await chunk in stream {
            guard number == answerNumber else { break }
            dispatch(.chunk(chunk))
        }
    }

    /// The terminal may have a new size (a resize, or back from Ctrl-Z): redraw all of it.
    private func refit() {
        size = terminal.querySize()
        terminal.resize(rows: size.rows, columns: size.columns)
        screen.invalidate()
        requestFrame()
    }

    private func quit(status: Int32) -> Never {
        chatTask?.cancel()
        terminal.stop()
        exit(status)
    }

    // MARK: - Frames

    /// At most one frame per `frameInterval`: the events in between only change the state. A
    /// frame that is due is drawn once the queue has handled what is already on it; one that is
    /// not yet due waits for a timer.
    ///
    /// Chunks are spaced by half as much: the client hands text over at most once per
    /// `frameInterval` on its own clock, and a frame drawn in between (a key, the spinner) must
    /// not put every later handover behind a timer (two more thread wake-ups, and a late frame).
    /// The answer's last chunk is drawn at once.
    private func requestFrame(spacing: DispatchTimeInterval = frameInterval) {
        dirty = true
        let due = lastFrame + spacing
        if due <= .now() {
            guard !drawQueued else { return }
            drawQueued = true
            DispatchQueue.main.async { [unowned self] in
                MainActor.assumeIsolated {
                    drawQueued = false
                    drawIfDirty()
                }
            }
        } else if !timerQueued {
            timerQueued = true
            DispatchQueue.main.asyncAfter(deadline: due) { [unowned self] in
                MainActor.assumeIsolated {
                    timerQueued = false
                    drawIfDirty()
                }
            }
        }
    }

    /// A queued frame finds nothing to do when another frame drew the state meanwhile.
    private func drawIfDirty() {
        if dirty { drawFrame() }
    }

    private func drawFrame() {
        dirty = false
        lastFrame = .now()
        if canvas.rows != size.rows || canvas.columns != size.columns {
            canvas = Canvas(rows: size.rows, columns: size.columns)
        }
        let cursor = state.render(into: &canvas)
        screen.present(&canvas, cursor: cursor)
    }

    /// The spinner's clock runs only while something moves.
    private func updateTicker() {
        if state.needsTicks, ticker == nil {
            let timer = DispatchSource.makeTimerSource(queue: .main)
            timer.schedule(deadline: .now() + Self.tickInterval, repeating: Self.tickInterval)
            timer.setEventHandler { [unowned self] in MainActor.assumeIsolated { self.dispatch(.tick) } }
            timer.resume()
            ticker = timer
        } else if !state.needsTicks, let timer = ticker {
            timer.cancel()
            ticker = nil
        }
    }
}
