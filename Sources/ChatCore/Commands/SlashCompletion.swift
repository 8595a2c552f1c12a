import OllamaKit

/// One candidate for a partly typed command: the line it completes to, the word it adds, and a
/// short description, as a popup lists them.
public struct SlashCompletion: Sendable, Equatable {
    /// The whole input line once this candidate is taken.
    public let line: String
    /// The word offered, as the popup shows it.
    public let word: String
    public let description: String

    /// The candidates for `line` as typed so far: command words after `/`, the words of `/set`
    /// and `/show`, option names after `/set parameter`, levels after `/set think`. Empty when
    /// the line is no partial command.
    public static func candidates(for line: String, strings: Strings) -> [SlashCompletion] {
        guard line.hasPrefix("/"), !line.hasPrefix("//") else { return [] }
        let words = line.dropFirst().split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let typed = words.last ?? ""
        let before = words.dropLast().filter { !$0.isEmpty }
        let prefix = "/" + before.map { $0 + " " }.joined()
        func offer(_ choices: [(word: String, description: String, space: Bool)]) -> [SlashCompletion] {
            choices.filter { $0.word.hasPrefix(typed.lowercased()) }.map { choice in
                SlashCompletion(
                    line: prefix + choice.word + (choice.space ? " " : ""), word: choice.word,
                    description: choice.description)
            }
        }
        func topics(_ list: [SlashTopic]) -> [SlashCompletion] {
            offer(list.map { ($0.word, strings.slashDescription($0), $0.takesArguments) })
        }
        switch before.map({ $0.lowercased() }) {
        case []: return topics(SlashTopic.commands)
        case ["set"]: return topics(SlashTopic.set.subtopics)
        case ["show"]: return topics(SlashTopic.show.subtopics)
        case ["set", "parameter"]:
            return offer(OptionField.all.map { ($0.name.rawValue, strings.explanation($0.name), true) })
        case ["set", "think"]:
            return offer(ThinkMode.allCases.map { ($0.rawValue, strings.thinkDescription($0), false) })
        default: return []
        }
    }
}
