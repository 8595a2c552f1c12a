import OllamaKit

/// The executable without the full-screen UI, like `ollama run MODEL PROMPT`: lists models, or
/// streams one answer to `output` with the metrics line and any error on `errorOutput`.
public struct HeadlessChat: Sendable {
    public let client: OllamaClient
    public let strings: Strings
    public let output: @Sendable (String) -> Void
    public let errorOutput: @Sendable (String) -> Void
    /// Which signal cancelled the run, if one did: it decides the last words and exit status.
    public let stopRequest: StopRequest

    public init(
        client: OllamaClient, strings: Strings, output: @escaping @Sendable (String) -> Void,
        errorOutput: @escaping @Sendable (String) -> Void, stopRequest: StopRequest = StopRequest()
    ) {
        self.client = client
        self.strings = strings
        self.output = output
        self.errorOutput = errorOutput
        self.stopRequest = stopRequest
    }

    /// One model a line as `name (SIZE)`.
    public func listModels() async -> ExitStatus {
        switch await fetchModels() {
        case .failure(let status): return status
        case .success(let models):
            output(models.map { ModelSize.label($0.name, bytes: $0.size) + "\n" }.joined())
            return .success
        }
    }

    /// Streams the answer to `prompt`, from `model` or else the first model that can chat.
    /// `history` is the chat continued (`--continue`), sent before the prompt with `settings`;
    /// `recorder` saves the turn as it happens.
    public func answer(
        prompt: String, model requested: String?, history: SessionHistory = SessionHistory(),
        settings: ChatSettings = ChatSettings(), recorder: ChatRecorder? = nil
    ) async -> ExitStatus {
        let model: String
        if let requested {
            model = requested
        } else {
            switch await fetchModels() {
            case .failure(let status): return status
            case .success(let models):
                guard let first = models.first(where: \.canChat) else {
                    errorOutput(strings.noModels + "\n")
                    return .modelUnavailable
                }
                model = first.name
            }
        }

        var session = ChatSession(model: model, history: history, settings: settings)
        let messages = session.begin(prompt: prompt)
        recorder?.settingsChanged(settings)
        if let sent = session.history.entries.last { recorder?.promptSent(sent) }
        var endsWithNewline = true
        for await chunk in client.chat(history: messages, model: model, settings: session.settings) {
            if case .content(let text) = chunk {
                output(text)
                endsWithNewline = text.hasSuffix("\n")
            }
            guard let outcome = session.receive(chunk) else {
                recorder?.answerChanged { session.answerSoFar }
                continue
            }
            if !endsWithNewline { output("\n") }
            record(&session, recorder)
            return report(outcome, model: model)
        }
        // The stream ended without a last word: this task was cancelled (Ctrl-C).
        let partial = session.pending?.text ?? ""
        _ = session.stop()
        record(&session, recorder)
        if !partial.isEmpty && !endsWithNewline { output("\n") }
        return fail(.cancelled, model: model)
    }

    /// Saves the answer that ended, or takes the prompt back out when no answer started.
    private func record(_ session: inout ChatSession, _ recorder: ChatRecorder?) {
        guard let recorder else { return }
        if session.withdrawUnanswered() != nil {
            recorder.promptWithdrawn()
        } else if let answer = session.history.entries.last {
            recorder.answerEnded(answer)
        }
    }

    private func report(_ outcome: ChatSession.Outcome, model: String) -> ExitStatus {
        switch outcome {
        case .completed(let metrics):
            if metrics.cutOffAtLimit { errorOutput(strings.cutOffAtLimit + "\n") }
            errorOutput(strings.metricsLine(metrics) + "\n")
            return .success
        case .stopped:
            return fail(.cancelled, model: model)
        case .failed(let error):
            return fail(error, model: model)
        }
    }

    /// Says what went wrong on stderr; returns the matching exit status.
    private func fail(_ error: OllamaError, model: String?) -> ExitStatus {
        if error == .cancelled, let kind = stopRequest.kind, kind != .interrupt {
            errorOutput(strings.endedBySignal(kind.signalName) + "\n")
            return kind.exitStatus
        }
        let words = strings.failure(error, model: model)
        errorOutput(([words.headline] + [words.detail].compactMap { $0 }).map { $0 + "\n" }.joined())
        return ExitStatus(failure: error)
    }

    private func fetchModels() async -> Result<[ModelSummary], ExitStatus> {
        do {
            let models = try await client.listModels()
            if models.isEmpty {
                errorOutput(strings.noModels + "\n")
                return .failure(.modelUnavailable)
            }
            return .success(models)
        } catch {
            return .failure(fail(error, model: nil))
        }
    }
}
