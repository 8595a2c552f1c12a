/// Reads a line of input as `ollama run` does: `/word …` is a command, `//text` sends `/text`,
/// and a line that starts with `/` without a command word (a path such as `/usr/lib/x what is
/// this`) is sent as it is. An unknown `/word` is a problem, never sent.
public enum SlashParser {
    public static func parse(_ line: String) -> InputLine {
        guard line.hasPrefix("/") else { return .send(line) }
        if line.hasPrefix("//") { return .send(String(line.dropFirst())) }
        let (first, rest) = split(line.dropFirst())
        guard isCommandWord(first), !first.isEmpty else { return .send(line) }
        switch first.lowercased() {
        case "set": return set(rest)
        case "show": return show(rest)
        case "load":
            let model = rest.trimmingBlanks()
            return model.isEmpty ? .problem(.incomplete(.load)) : .command(.load(model: model))
        case "image":
            let path = rest.trimmingBlanks()
            return path.isEmpty ? .problem(.incomplete(.image)) : .command(.image(path: path))
        case "clear": return .command(.clear)
        case "help", "?": return .command(.help)
        case "bye": return .command(.bye)
        default: return .problem(.unknownCommand(first))
        }
    }

    private static func set(_ arguments: Substring) -> InputLine {
        let (word, rest) = split(arguments)
        switch word.lowercased() {
        case "": return .problem(.incomplete(.set))
        case "system":
            return .command(.setSystem(String(rest.drop { $0 == " " || $0 == "\t" })))
        case "parameter":
            let (name, value) = split(rest)
            guard !name.isEmpty else { return .problem(.incomplete(.setParameter)) }
            guard let field = OptionField.named(name) else { return .problem(.badValue(.unknownName(name))) }
            switch field.validate(String(value)) {
            case .success(let parsed?): return .command(.setParameter(field.name, parsed))
            case .success(nil): return .problem(.incomplete(.setParameter))
            case .failure(let problem): return .problem(.badValue(problem))
            }
        case "think":
            switch ChatSettings.think(from: String(rest)) {
            case .success(let mode): return .command(.setThink(mode ?? .on))
            case .failure(let problem): return .problem(.badValue(problem))
            }
        case "nothink": return .command(.setThink(.off))
        default: return .problem(.unknownArgument(command: .set, word: word))
        }
    }

    private static func show(_ arguments: Substring) -> InputLine {
        let (word, _) = split(arguments)
        switch word.lowercased() {
        case "": return .problem(.incomplete(.show))
        case "info": return .command(.showInfo)
        case "parameters": return .command(.showParameters)
        case "system": return .command(.showSystem)
        default: return .problem(.unknownArgument(command: .show, word: word))
        }
    }

    /// A command word is letters alone, or `?`: `/usr/lib/x` and `/5` are not.
    static func isCommandWord(_ word: String) -> Bool {
        word == "?" || word.allSatisfy { $0.isLetter }
    }

    /// The first word and what follows it (the blank after the word dropped).
    static func split(_ text: Substring) -> (word: String, rest: Substring) {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        let word = trimmed.prefix { !$0.isWhitespace }
        let rest = trimmed.dropFirst(word.count)
        return (String(word), rest.first.map { $0 == " " || $0 == "\t" } == true ? rest.dropFirst() : rest)
    }
}
