import OllamaKit

/// The words of slash commands: what each does, and why one cannot run.
extension Strings {
    /// One line on what `topic` does, for completion and help.
    public func slashDescription(_ topic: SlashTopic) -> String {
        switch topic {
        case .set: pick("Change a setting of this chat", "Изменить настройку этого чата")
        case .show: pick("Show the model or this chat's settings", "Показать модель или настройки чата")
        case .load: pick("Chat with another model", "Перейти на другую модель")
        case .clear: pick("Start a new chat", "Начать новый чат")
        case .help: pick("List the commands", "Список команд")
        case .bye: pick("Quit", "Выйти")
        case .image: pick("Attach an image to the next message", "Приложить картинку к следующему сообщению")
        case .setSystem: pick("The system prompt, sent first", "Системный запрос, отправляется первым")
        case .setParameter: pick("A model option such as temperature", "Параметр модели, например temperature")
        case .setThink: pick("Let the model think, or how hard", "Разрешить модели размышлять и насколько")
        case .setNothink: pick("Answer without thinking", "Отвечать без размышлений")
        case .showInfo: pick("The model's details", "Сведения о модели")
        case .showParameters: pick("The options this chat sends", "Параметры, которые отправляет этот чат")
        case .showSystem: pick("The system prompt", "Системный запрос")
        }
    }

    /// What a think level asks of the model.
    public func thinkDescription(_ mode: ThinkMode) -> String {
        switch mode {
        case .off: pick("Answer without thinking", "Отвечать без размышлений")
        case .on: pick("Think before answering", "Размышлять перед ответом")
        case .low: pick("Think a little", "Размышлять немного")
        case .medium: pick("Think more", "Размышлять больше")
        case .high: pick("Think hardest", "Размышлять дольше всего")
        }
    }

    /// Why a command line cannot run.
    public func slashProblem(_ problem: SlashProblem) -> String {
        switch problem {
        case .unknownCommand(let word):
            return pick(
                "Unknown command /\(Self.shown(word)); /help lists them, // at the start sends a line that begins with /",
                "Неизвестная команда /\(Self.shown(word)); список — /help, а // в начале отправляет строку, начинающуюся с /"
            )
        case .unknownArgument(let command, let word):
            return pick(
                "/\(command.rawValue) has no \(Self.quoted(word)); use \(command.usage)",
                "У /\(command.rawValue) нет \(Self.quoted(word)); используйте \(command.usage)")
        case .incomplete(let topic):
            return pick("Use \(topic.usage)", "Используйте \(topic.usage)")
        case .badValue(let optionProblem):
            return settingProblem(optionProblem)
        }
    }
}

extension Strings {
    /// `/show parameters`: `name value` a line for each option set, think and keep_alive included.
    public func parameterLines(_ settings: ChatSettings) -> [String] {
        let think = settings.think.map { ["think " + $0.rawValue] } ?? []
        let options = OptionField.all.compactMap { field in
            settings.values[field.name].map { field.name.rawValue + " " + $0.text }
        }
        guard !(think + options).isEmpty else {
            return [
                pick(
                    "No options are set: the model's defaults are used.",
                    "Параметры не заданы: действуют значения модели.")
            ]
        }
        return think + options
    }

    /// `/show system`: the chat's system prompt, or that it has none.
    public func systemPromptLines(_ settings: ChatSettings) -> [String] {
        guard !settings.system.isEmpty else {
            return [pick("No system prompt is set.", "Системный запрос не задан.")]
        }
        return settings.system.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The help overlay's rows of commands: each one's usage and what it does.
    public var slashHelpRows: [(usage: String, text: String)] {
        // `/set` and `/show` are listed as the commands they lead to.
        let topics = SlashTopic.commands.flatMap { [$0] + $0.subtopics }.filter { $0.subtopics.isEmpty }
        return topics.map { ($0.usage, slashDescription($0)) }
            + [("/?", slashDescription(.help)), ("//text", pick("Sends /text", "Отправляет /текст"))]
    }
}
