import ChatCore
import OllamaKit

/// Connecting, the model list and the picker.
extension AppState {
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
        overlay = .picker(open)
        return [.listModels, .listRunning]
    }

    /// A screen-only line of the transcript, kept beside the history.
    mutating func addNotice(_ kind: TranscriptBlock.Kind, _ text: String, isConnectionState: Bool = false) {
        screenNotices.append(
            ScreenNotice(afterEntries: history.count, kind: kind, text: text, isConnectionState: isConnectionState))
        transcript.add(kind, text)
    }

    /// Says where the connection stands, replacing what the last report said if nothing came
    /// after it (each retry while offline would otherwise add another block).
    mutating func reportConnection(_ lines: [(TranscriptBlock.Kind, String)]) {
        var kept = screenNotices
        while let last = kept.last, last.isConnectionState, last.afterEntries == history.count { kept.removeLast() }
        if kept.count != screenNotices.count && phase != .answering {
            screenNotices = kept
            transcript = Transcript(history: history, notices: screenNotices, strings: strings)
        }
        for (kind, text) in lines { addNotice(kind, text, isConnectionState: true) }
    }

    /// A connection failure's headline as an error, its detail (host and reason) dim under it.
    func failureLines(_ error: OllamaError) -> [(TranscriptBlock.Kind, String)] {
        let words = strings.failure(error, model: session.model)
        return [(.error, words.headline)] + (words.detail.map { [(.marker, $0)] } ?? [])
    }

    mutating func modelsLoaded(_ result: Result<[ModelSummary], OllamaError>) -> [Effect] {
        let wasConnecting = phase == .connecting
        switch result {
        case .failure(let error):
            if var open = picker, !wasConnecting {
                open.failed(strings.failure(error, model: nil).headline)
                overlay = .picker(open)
                return []
            }
            closePicker()
            phase = .offline
            reportConnection(failureLines(error) + [(.notice, strings.retryHint)])
        case .success(let models) where models.isEmpty:
            knownModels = []
            phase = .noModels
            // A picker opened on purpose stays: a name typed in it is pulled.
            if var open = picker, !wasConnecting {
                open.show([], strings: strings, preselect: nil)
                overlay = .picker(open)
                return []
            }
            closePicker()
            reportConnection([(.error, strings.noModels), (.notice, strings.pullHint), (.notice, strings.retryHint)])
        case .success(let models):
            knownModels = models
            if phase != .answering { phase = .ready }
            let preferred = preferredModel.flatMap { name in models.first { $0.isNamed(name) } }
            if picker == nil, session.model == nil, let model = preferred, model.canChat {
                return choose(model)
            }
            // A list that arrives after the user already chose (F3, then Enter on the cached
            // list) only refreshes what is known; so does one that arrives under the help.
            if picker == nil && (session.model != nil || showingHelp) { return [] }
            var open = picker ?? ModelPicker(canClose: session.model != nil)
            open.show(models, strings: strings, preselect: open.selectedModel?.name ?? session.model ?? preferredModel)
            // A message already there (a model just deleted or pulled) says more than this one.
            if session.model == nil, preferred == nil, let name = preferredModel,
                open.message == nil && open.note == nil
            {
                open.message = strings.modelNotFound(name)
            }
            overlay = .picker(open)
        }
        return []
    }

    /// Closes the picker if it is the overlay shown.
    private mutating func closePicker() {
        if picker != nil { overlay = nil }
    }

    mutating func chooseSelectedModel() -> [Effect] {
        guard var open = picker, let model = open.selectedModel else { return [] }
        guard model.canChat else {
            open.message = strings.cannotChat(model.name)
            overlay = .picker(open)
            return []
        }
        return choose(model)
    }

    /// Makes `model` the chat's model, and asks the server about it (its capabilities decide
    /// what is offered: thinking, images) and about what is loaded.
    mutating func choose(_ model: ModelSummary) -> [Effect] {
        let switching = session.model != nil && session.model != model.name
        session.model = model.name
        closePicker()
        if phase == .connecting { phase = .ready }
        let effects = factsEffects(for: model.name)
        if phase == .answering {
            // The answer streaming keeps its block; the switch shows in the status bar.
            notice = strings.modelSwitched(model.name)
            return effects
        }
        addNotice(.notice, strings.connected(model.name))
        followBottom()
        if switching { notice = strings.modelSwitched(model.name) }
        return effects
    }

    /// `/api/show` for a model not asked about yet, and `/api/ps`.
    func factsEffects(for model: String) -> [Effect] {
        (modelDetails[model] == nil ? [.showModel(model)] : []) + [.listRunning]
    }

    mutating func modelShown(_ name: String, _ result: Result<ModelDetails, OllamaError>) -> [Effect] {
        switch result {
        case .success(let details): modelDetails[name] = details
        case .failure(let error): detailsFailed(name, error)
        }
        return []
    }

    /// The chat model's capabilities (`completion`, `vision`, `thinking`, ...): from `/api/show`,
    /// else from the model list (newer servers send them there); nil while unknown.
    var capabilities: [String]? {
        guard let model = session.model else { return nil }
        if let details = modelDetails[model], !details.capabilities.isEmpty { return details.capabilities }
        let listed = knownModels.first { $0.name == model }?.capabilities ?? []
        return listed.isEmpty ? nil : listed
    }

    /// The chat model as `/api/ps` reports it, when it is loaded.
    var runningModel: RunningModel? {
        guard let model = session.model else { return nil }
        return runningModels.first { $0.name == model || $0.model == model }
    }
}
