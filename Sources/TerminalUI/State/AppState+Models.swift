import ChatCore
import OllamaKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Model control from the picker: a model's details, the loaded marks, pulling and deleting.
extension AppState {
    /// Opens the details of `model` over what is shown (Esc goes back to the picker when it was
    /// open); asks the server when they are not known yet.
    mutating func showDetails(of model: String) -> [Effect] {
        overlay = .modelDetails(ModelDetailsPanel(model: model, returnTo: picker))
        return modelDetails[model] == nil ? [.showModel(model)] : []
    }

    /// `/api/show` failed for `model`: the details overlay, if it waits for it, says why.
    mutating func detailsFailed(_ model: String, _ error: OllamaError) {
        guard case .modelDetails(var panel) = overlay, panel.model == model else { return }
        panel.failure = strings.detailsFailed(strings.describe(error))
        overlay = .modelDetails(panel)
    }

    /// The details overlay's rows, a label and a value each (nil while the server is asked).
    func detailsRows(of model: String) -> [(label: String, value: String)]? {
        guard let details = modelDetails[model] else { return nil }
        let listed = knownModels.first { $0.name == model }
        var rows: [(String, String?)] = [
            (strings.factFamily, details.family ?? listed?.family),
            (strings.factParameters, parameters(details)),
            (strings.factQuantization, details.quantization ?? listed?.quantization),
            (strings.factContext, details.contextLength.map(strings.tokens)),
            (
                strings.factCapabilities,
                details.capabilities.isEmpty
                    ? nil : details.capabilities.map(strings.capability).joined(separator: ", ")
            ),
            (strings.factSize, listed.map { ModelSize.format($0.size) }),
            (
                strings.factModified,
                (details.modifiedAt ?? listed?.modifiedAt).map { date in
                    String(ChatListing.timestamp(date).prefix(16).map { $0 == "T" ? " " : $0 })
                }
            ),
        ]
        if let running = running(model) {
            let share = strings.gpuShare(size: running.size, inGPU: running.sizeVRAM)
            rows.append((strings.factLoaded, "\(ModelSize.format(running.size)) · \(share)"))
        }
        let license = (details.license ?? "").split(whereSeparator: \.isNewline)
            .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty }.prefix(Self.licenseLines)
        for (index, line) in license.enumerated() { rows.append((index == 0 ? strings.factLicense : "", line)) }
        return rows.compactMap { row in row.1.map { (row.0, $0) } }
    }

    /// How many lines of a license the details show.
    static let licenseLines = 4

    private func parameters(_ details: ModelDetails) -> String? {
        switch (details.parameterSize, details.parameterCount) {
        case (let size?, let count?): "\(size) (\(count))"
        case (let size?, nil): size
        case (nil, let count?): "\(count)"
        case (nil, nil): nil
        }
    }

    /// The model as `/api/ps` last listed it, when it is loaded.
    func running(_ model: String) -> RunningModel? {
        runningModels.first { $0.name == model || $0.model == model }
    }

    /// `loaded 1.2GB · 100% GPU · unloads in 4 min`.
    func loadedMark(_ running: RunningModel, now: Date) -> String {
        let unloads = running.expiresAt.map { strings.unloadsIn(seconds: $0.timeIntervalSince(now)) }
        return strings.loadedMark(
            memory: ModelSize.format(running.size),
            share: strings.gpuShare(size: running.size, inGPU: running.sizeVRAM),
            unloads: unloads)
    }

    /// `/api/ps` answered: the picker marks the loaded models.
    mutating func runningListed(_ result: Result<[RunningModel], OllamaError>, now: Moment) {
        guard case .success(let models) = result else { return }
        runningModels = models
        guard var open = picker else { return }
        var marks: [String: String] = [:]
        for model in models { marks[model.name] = loadedMark(model, now: now.date) }
        open.mark(marks, strings: strings)
        overlay = .picker(open)
    }

    /// Starts downloading `model`, shown in the pull overlay (the picker comes back after).
    mutating func startPull(_ model: String) -> [Effect] {
        overlay = .pull(PullPanel(model: model, returnTo: picker))
        return [.pullModel(model)]
    }

    /// A line of a download: progress goes to the overlay; success lists the models again and
    /// the picker selects the new one.
    mutating func pulling(_ model: String, _ event: PullEvent, now: Moment) -> [Effect] {
        guard case .pull(var panel) = overlay, panel.model == model, panel.outcome == .running else {
            // Cancelled too late: the model was pulled all the same, so the list must show it.
            return event == .finished ? [.listModels] : []
        }
        switch event {
        case .progress(let progress):
            panel.record(progress, now: now)
            overlay = .pull(panel)
            return []
        case .finished:
            var open = panel.returnTo ?? ModelPicker(canClose: session.model != nil)
            open.wanted = model
            open.note = strings.pulled(model)
            open.awaitList()
            overlay = .picker(open)
            return [.listModels]
        case .failed(let error):
            panel.outcome = .failed(strings.pullFailed(strings.describe(error)))
            overlay = .pull(panel)
            return []
        }
    }

    /// Delete in the picker: asks about the selected model.
    mutating func askToDeleteSelectedModel() -> [Effect] {
        guard let open = picker, let model = open.selectedModel else { return [] }
        overlay = .confirmDeleteModel(ModelDeletion(model: model, returnTo: open))
        return []
    }

    /// `/api/delete` answered: the list is asked again; the chat's model deleted leaves the
    /// picker open until another is chosen.
    mutating func modelDeleted(_ model: String, _ result: Result<Void, OllamaError>) -> [Effect] {
        var open = picker
        switch result {
        case .failure(let error):
            let text = strings.deleteFailed(strings.describe(error))
            guard open != nil else {
                notice = text
                return []
            }
            open?.message = text
        case .success:
            modelDetails[model] = nil
            runningModels.removeAll { $0.name == model }
            knownModels.removeAll { $0.name == model }
            if session.model == model {
                session.model = nil
                open = ModelPicker(canClose: false)
                open?.show(knownModels, strings: strings, preselect: nil, stillLoading: true)
                open?.message = strings.chatModelDeleted(model)
            } else if open == nil {
                notice = strings.modelDeleted(model)
                return [.listModels]
            } else {
                open?.note = strings.modelDeleted(model)
            }
        }
        if let open { overlay = .picker(open) }
        return [.listModels]
    }
}
