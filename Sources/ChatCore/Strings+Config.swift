/// The words of the config file's problems.
extension Strings {
    /// `PATH, line 3: what is wrong; what the app does instead`.
    public func configProblem(_ problem: ConfigProblem) -> String {
        let place =
            problem.line.map { pick("\(problem.path), line \($0)", "\(problem.path), строка \($0)") } ?? problem.path
        switch problem.kind {
        case .malformed(let parserWords):
            // The parser's words may quote the file.
            let description = Self.shown(parserWords, limit: 300)
            return place
                + pick(
                    ": not a TOML file (\(description)); the defaults are used",
                    ": это не файл TOML (\(description)); используются значения по умолчанию")
        case .unreadable:
            return place
                + pick(
                    ": cannot be read; the defaults are used",
                    ": не удаётся прочитать; используются значения по умолчанию")
        case .badValue(let optionProblem):
            return place + ": " + settingProblem(optionProblem)
                + pick("; the model's default is used", "; используется значение модели по умолчанию")
        case .notText(let key):
            return place
                + pick(
                    ": \(key) is text in quotes; it is not used",
                    ": \(key) — текст в кавычках; значение не используется")
        case .notABoolean(let key):
            return place
                + pick(
                    ": \(key) is true or false; it is not used",
                    ": \(key) — true или false; значение не используется")
        case .unknownKey(let key):
            return place
                + pick(
                    ": unknown setting \(Self.quoted(key)), ignored",
                    ": неизвестная настройка \(Self.quoted(key)), пропущена")
        }
    }
}

extension Strings {
    /// `--option temperature` without `=VALUE`.
    public func optionFlagWithoutValue(_ text: String) -> String {
        pick(
            "--option \(Self.quoted(text)): use NAME=VALUE, e.g. --option temperature=0.7",
            "--option \(Self.quoted(text)): укажите NAME=VALUE, например --option temperature=0.7")
    }
}
