import OllamaKit

/// A command typed in the input line, as `ollama run` has them, with its arguments validated.
public enum SlashCommand: Sendable, Equatable {
    /// `/set system TEXT`: the chat's system prompt (empty: none).
    case setSystem(String)
    /// `/set parameter NAME VALUE`: one option, already valid.
    case setParameter(OptionField.Name, OptionValue)
    /// `/set think [LEVEL]`, `/set nothink`.
    case setThink(ThinkMode)
    case showInfo
    case showParameters
    case showSystem
    /// `/load MODEL`: chat with another model from here on.
    case load(model: String)
    /// `/clear`: a new chat.
    case clear
    /// `/help`, `/?`.
    case help
    /// `/bye`: quit.
    case bye
    /// `/image PATH`: attach a picture to the next message.
    case image(path: String)
}

/// What a line of input is: text for the model, a command, or a command that cannot run.
public enum InputLine: Sendable, Equatable {
    case send(String)
    case command(SlashCommand)
    case problem(SlashProblem)
}

/// Why a command cannot run; `Strings.slashProblem` words it. Such a line is never sent.
public enum SlashProblem: Error, Sendable, Equatable {
    /// `/word` is no command.
    case unknownCommand(String)
    /// `word` is not something `/set` or `/show` (the `command`) takes.
    case unknownArgument(command: SlashTopic, word: String)
    /// The command needs more: its usage is `topic`'s.
    case incomplete(SlashTopic)
    /// `/set parameter` or `/set think` with a value the option table refuses.
    case badValue(OptionProblem)
}
