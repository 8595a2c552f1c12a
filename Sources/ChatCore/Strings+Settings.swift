/// The words of chat settings: what each option does and why a value cannot be used.
extension Strings {
    /// One line on what `name` changes, for a settings screen or a completion popup.
    public func explanation(_ name: OptionField.Name) -> String {
        switch name {
        case .temperature:
            pick(
                "Randomness: higher is more creative, lower more focused",
                "Случайность: выше — изобретательнее, ниже — точнее")
        case .topP:
            pick(
                "Samples only from the likeliest words making up this share",
                "Выбор только из самых вероятных слов с этой суммарной долей")
        case .topK: pick("Samples only from this many likeliest words", "Выбор только из стольких самых вероятных слов")
        case .minP:
            pick(
                "Drops words less likely than this share of the likeliest",
                "Отбрасывает слова менее вероятные, чем эта доля от самого вероятного")
        case .seed: pick("The same seed and prompt give the same answer", "Одно зерно и один запрос дают один ответ")
        case .numCtx: pick("Tokens of context the model reads", "Сколько токенов контекста читает модель")
        case .numPredict:
            pick("Most tokens to answer with (-1: no limit)", "Наибольшая длина ответа в токенах (-1: без предела)")
        case .repeatPenalty: pick("How strongly repetition is discouraged", "Насколько сильно подавляются повторы")
        case .stop: pick("Text that ends the answer", "Текст, на котором ответ заканчивается")
        case .keepAlive:
            pick("How long the model stays loaded after an answer", "Сколько модель остаётся загруженной после ответа")
        }
    }

    /// What values `name` takes: `top_k is a whole number of 1 or more`.
    public func allowedValues(_ field: OptionField) -> String {
        let name = field.name.rawValue
        switch field.kind {
        case .decimal(let lowest?, let highest?):
            return pick(
                "\(name) is a number from \(OptionValue.plain(lowest)) to \(OptionValue.plain(highest))",
                "\(name) — число от \(OptionValue.plain(lowest)) до \(OptionValue.plain(highest))")
        case .decimal(let lowest?, nil):
            return pick(
                "\(name) is a number of \(OptionValue.plain(lowest)) or more",
                "\(name) — число не меньше \(OptionValue.plain(lowest))")
        case .decimal:
            return pick("\(name) is a number", "\(name) — число")
        case .whole(lowest: .some(-2)):
            return pick(
                "\(name) is a whole number of -2 or more (-1: no limit, -2: until the context is full)",
                "\(name) — целое число не меньше -2 (-1: без предела, -2: пока не заполнится контекст)")
        case .whole(let lowest?):
            return pick("\(name) is a whole number of \(lowest) or more", "\(name) — целое число не меньше \(lowest)")
        case .whole(nil):
            return pick("\(name) is a whole number", "\(name) — целое число")
        case .sequences:
            return pick(
                "\(name) is one or more sequences separated by spaces; quote one that holds spaces: \"\\n\\n\" \"User:\"",
                "\(name) — одна или несколько последовательностей через пробел; содержащую пробелы возьмите в кавычки: \"\\n\\n\" \"User:\""
            )
        case .keepAlive:
            return pick(
                "\(name) is seconds or a duration such as 5m, 1h30m, -1 (negative: keep loaded, 0: unload at once)",
                "\(name) — секунды или длительность вроде 5m, 1h30m, -1 (отрицательное: не выгружать, 0: выгрузить сразу)"
            )
        }
    }

    /// Why a setting's value cannot be used, with what would be.
    public func settingProblem(_ problem: OptionProblem) -> String {
        switch problem {
        case .unknownName(let name):
            let names = OptionField.all.map(\.name.rawValue).joined(separator: ", ")
            return pick(
                "There is no option \(Self.quoted(name)); the options are \(names)",
                "Параметра \(Self.quoted(name)) нет; есть \(names)")
        case .invalid(let name, let text):
            return pick("\(Self.quoted(text)) cannot be used: ", "\(Self.quoted(text)) не подходит: ")
                + allowedValues(OptionField(name))
        case .invalidThink(let text):
            return pick(
                "\(Self.quoted(text)) cannot be used: think is on, off, low, medium or high",
                "\(Self.quoted(text)) не подходит: think — on, off, low, medium или high")
        }
    }

    /// Untrusted text in a message: its control characters shown escaped, cut after `limit` characters.
    static func shown(_ text: String, limit: Int = 80) -> String {
        let visible = text.unicodeScalars.prefix(limit).map { scalar in
            scalar.properties.generalCategory == .control ? scalar.escaped(asASCII: true) : String(scalar)
        }.joined()
        return visible + (text.unicodeScalars.count > limit ? "…" : "")
    }

    /// Untrusted text in a message, shown and in quotes.
    static func quoted(_ text: String) -> String {
        "\"" + shown(text) + "\""
    }
}
