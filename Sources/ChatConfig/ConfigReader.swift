import ChatCore
import OllamaKit

/// Reads the keys of a parsed config file into settings, noting a problem for each key it cannot use.
struct ConfigReader {
    let path: String
    private(set) var problems: [ConfigProblem] = []

    init(path: String) {
        self.path = path
    }

    mutating func read(_ table: TOMLTable, into file: inout ConfigFile) {
        for key in table.keys {
            guard let value = table[key] else { continue }
            let line = table.line(of: key)
            switch key {
            case "model":
                guard let model = text(value, key: key, line: line) else { continue }
                file.model = model.trimmingBlanks().isEmpty ? nil : model
            case "system":
                guard let system = text(value, key: key, line: line) else { continue }
                file.settings.system = system
            case "think":
                let words = value.bool.map { $0 ? "on" : "off" } ?? value.string ?? String(describing: value)
                switch ChatSettings.think(from: words) {
                case .success(let mode): file.settings.think = mode
                case .failure(let problem): note(.badValue(problem), line: line)
                }
            case "history":
                guard let history = value.bool else {
                    note(.notABoolean(key), line: line)
                    continue
                }
                file.history = history
            case OptionField.Name.keepAlive.rawValue:
                readOption(key, value, into: &file.settings, line: line)
            case "options":
                guard let options = value.table else {
                    note(.unknownKey(key), line: line)
                    continue
                }
                for name in options.keys {
                    guard let option = options[name] else { continue }
                    readOption(name, option, into: &file.settings, line: options.line(of: name))
                }
            default:
                note(.unknownKey(key), line: line)
            }
        }
    }

    private mutating func readOption(
        _ name: String, _ value: TOMLValue, into settings: inout ChatSettings, line: Int?
    ) {
        guard let field = OptionField.named(name) else {
            note(.unknownKey(name), line: line)
            return
        }
        let result: Result<OptionValue?, OptionProblem>
        if let array = value.array {
            result = field.validate(sequences: array.map { $0.string ?? String(describing: $0) })
        } else if field.kind == .sequences, let text = value.string {
            // A string in the file is one sequence as it stands.
            result = field.validate(sequences: [text])
        } else {
            result = field.validate(Self.words(value))
        }
        do {
            try settings.set(field.name, to: result.get())
        } catch {
            note(.badValue(error), line: line)
        }
    }

    /// A value as the text a user would have typed for it.
    private static func words(_ value: TOMLValue) -> String {
        if let string = value.string { return string }
        if let int = value.int { return String(int) }
        if let double = value.double { return String(double) }
        return String(describing: value)
    }

    private mutating func text(_ value: TOMLValue, key: String, line: Int?) -> String? {
        guard let text = value.string else {
            note(.notText(key), line: line)
            return nil
        }
        return text
    }

    private mutating func note(_ kind: ConfigProblem.Kind, line: Int?) {
        problems.append(ConfigProblem(kind, path: path, line: line))
    }
}
