import ChatCore
import OllamaKit

/// Slash commands typed in the input line, as `ollama run` has them, and images attached to a
/// prompt.
extension AppState {
    mutating func run(_ command: SlashCommand, now: Moment) -> [Effect] {
        switch command {
        case .setSystem, .setParameter, .setThink:
            var settings = session.settings
            _ = settings.apply(command)
            return applySettings(settings, notice: settingsNotice(command))
        case .showInfo:
            guard let model = session.model else {
                notice = strings.noModelChosen
                return []
            }
            return showDetails(of: model)
        case .showParameters:
            let own = session.model.flatMap { modelDetails[$0] }.map(strings.modelParameterLines) ?? []
            let chat = strings.parameterLines(session.settings)
            let heading =
                session.settings.values.isEmpty && session.settings.think == nil ? [] : [strings.chatOptionsHeading]
            addCommandOutput(heading + chat.map { heading.isEmpty ? $0 : "  " + $0 } + own)
        case .showSystem:
            let own = session.model.flatMap { modelDetails[$0] }.map(strings.modelSystemPromptLines) ?? []
            addCommandOutput(strings.systemPromptLines(session.settings) + own)
        case .load(let name):
            guard let model = knownModels.first(where: { $0.isNamed(name) }) else {
                notice = strings.modelNotFound(name)
                return []
            }
            guard model.canChat else {
                notice = strings.cannotChat(model.name)
                return []
            }
            return choose(model)
        case .clear:
            return clearSession()
        case .help:
            overlay = .help(HelpPanel())
        case .bye:
            return [.quit]
        case .image(let path):
            if let model = session.model, let capabilities, !capabilities.contains("vision") {
                notice = strings.noVision(model: model)
                return []
            }
            return [.attachImages(paths: [path], prompt: nil)]
        }
        return []
    }

    private func settingsNotice(_ command: SlashCommand) -> String {
        switch command {
        case .setSystem(let text): text.isEmpty ? strings.systemPromptCleared : strings.systemPromptSet
        case .setParameter(let name, let value): strings.parameterSet(name, value)
        case .setThink(let mode): strings.thinkSet(mode)
        default: ""
        }
    }

    /// A command's output, drawn under the prompt line as dim notices (never part of the chat).
    private mutating func addCommandOutput(_ lines: [String]) {
        addNotice(.marker, lines.joined(separator: "\n"))
        followBottom()
    }

    /// The files asked for were read. For `/image` (no prompt) the images wait for the next
    /// message; for a prompt that named them, it is sent with them, without their paths. A file
    /// that is not there leaves its path in the prompt as text (it may be no path at all); any
    /// other problem sends nothing and gives the prompt back to the input line.
    mutating func imagesLoaded(
        prompt: String?, _ results: [Result<ImageAttachment, ImageAttachment.Problem>], now: Moment
    )
        -> [Effect]
    {
        let problem = results.lazy.compactMap { result -> ImageAttachment.Problem? in
            guard case .failure(let problem) = result else { return nil }
            if case .missing = problem, prompt != nil { return nil }
            return problem
        }.first
        if let problem {
            notice = strings.imageProblem(problem)
            if let prompt, editor.isEmpty { editor.insert(prompt) }
            return []
        }
        let loaded = results.compactMap { try? $0.get() }
        guard let prompt else {
            pendingImages += loaded
            if let image = loaded.last { notice = strings.imageAttached(image) }
            return []
        }
        let found = ImagePaths.find(in: prompt)
        var attached: [ImagePaths.Found] = []
        for (path, result) in zip(found, results) {
            if case .success = result { attached.append(path) }
        }
        pendingImages += loaded
        return begin(ImagePaths.removing(attached, from: prompt), now: now)
    }
}
