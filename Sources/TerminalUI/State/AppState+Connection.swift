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
        return [.listModels]
    }

    /// A screen-only line of the transcript, kept beside the history.
    mutating func addNotice(_ kind: TranscriptBlock.Kind, _ text: String) {
        notices.append(ScreenNotice(afterEntries: history.count, kind: kind, text: text))
        transcript.add(kind, text)
    }

    /// A connection failure's headline as an error, its detail (host and reason) dim under it.
    mutating func addConnectionFailure(_ error: OllamaError) {
        let words = strings.failure(error, model: session.model)
        addNotice(.error, words.headline)
        if let detail = words.detail { addNotice(.marker, detail) }
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
            addConnectionFailure(error)
            addNotice(.notice, strings.retryHint)
        case .success(let models) where models.isEmpty:
            closePicker()
            phase = .noModels
            addNotice(.error, strings.noModels)
            addNotice(.notice, strings.retryHint)
        case .success(let models):
            knownModels = models
            if phase != .answering { phase = .ready }
            let preferred = preferredModel.flatMap { name in models.first { $0.isNamed(name) } }
            if picker == nil, session.model == nil, let model = preferred, model.canChat {
                choose(model)
                return []
            }
            // A list that arrives after the user already chose (F3, then Enter on the cached
            // list) only refreshes what is known; so does one that arrives under the help.
            if picker == nil && (session.model != nil || showingHelp) { return [] }
            var open = picker ?? ModelPicker(canClose: session.model != nil)
            open.show(models, strings: strings, preselect: open.selectedModel?.name ?? session.model ?? preferredModel)
            if session.model == nil, preferred == nil, let name = preferredModel {
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

    mutating func chooseSelectedModel() {
        guard var open = picker, let model = open.selectedModel else { return }
        guard model.canChat else {
            open.message = strings.cannotChat(model.name)
            overlay = .picker(open)
            return
        }
        choose(model)
    }

    private mutating func choose(_ model: ModelSummary) {
        let switching = session.model != nil && session.model != model.name
        session.model = model.name
        closePicker()
        if phase == .connecting { phase = .ready }
        if phase == .answering {
            // The answer streaming keeps its block; the switch shows in the status bar.
            notice = strings.modelSwitched(model.name)
            return
        }
        addNotice(.notice, strings.connected(model.name))
        followBottom()
        if switching { notice = strings.modelSwitched(model.name) }
    }
}
