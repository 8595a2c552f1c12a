/// The full-screen UI's words: status bar, picker, help, hints.
extension Strings {
    public var you: String { pick("You", "Вы") }
    public var retryHint: String { pick("Press F5 to try again.", "Нажмите F5, чтобы повторить.") }
    public var connecting: String { pick("connecting…", "подключение…") }
    public var ready: String { pick("ready", "готов") }
    public var generating: String { pick("generating…", "генерация…") }
    public var failed: String { pick("error", "ошибка") }
    public var offline: String { pick("offline", "нет связи") }
    public var noModelsState: String { pick("no models", "нет моделей") }
    public var noModelState: String { pick("no model", "нет модели") }
    public var keyHints: String {
        pick("F1 help  F2 clear  F3 model  Esc stop", "F1 справка  F2 очистить  F3 модель  Esc стоп")
    }
    public var shortKeyHints: String { pick("F1 help", "F1 справка") }
    public var chooseModel: String { pick("Choose a model", "Выберите модель") }
    public var filterPrompt: String { pick("Filter: ", "Фильтр: ") }
    public var typeToFilter: String { pick("type to filter", "введите для поиска") }
    public var noMatch: String { pick("no model matches", "нет подходящих моделей") }
    public var loadingModels: String { pick("loading models…", "загрузка моделей…") }
    public var pickerHints: String { pick("↑↓ move  Enter choose  Esc close", "↑↓ выбор  Enter взять  Esc закрыть") }

    /// The picker's hints with its model keys, for a box wide enough.
    public var pickerFullHints: String {
        pick(
            "↑↓ move  Enter choose  Tab details  Del delete  Esc close",
            "↑↓ выбор  Enter взять  Tab сведения  Del удалить  Esc закрыть")
    }
    public var embeddingOnly: String { pick("embedding only", "только эмбеддинги") }
    public var helpTitle: String { pick("Keys", "Клавиши") }
    public var helpClose: String { pick("Esc closes", "Esc закроет") }

    /// The help's footer when it scrolls: which lines show, and the keys.
    public func helpScrollPosition(first: Int, last: Int, of total: Int) -> String {
        pick(
            "\(first)–\(last) of \(total) · ↑↓ PgUp PgDn scroll · Esc closes",
            "\(first)–\(last) из \(total) · ↑↓ PgUp PgDn листать · Esc закроет")
    }
    public var newTextBelow: String { pick("↓ new text below — End", "↓ ниже новый текст — End") }
    public var tooSmall: String { pick("Terminal too small", "Терминал слишком мал") }
    public var waitForAnswer: String {
        pick("An answer is still coming: wait, or Esc to stop it", "Ответ ещё идёт: подождите или нажмите Esc")
    }
    public var notConnected: String { pick("Not connected: F5 to retry", "Нет связи: F5 — повторить") }
    public var noModelChosen: String { pick("Choose a model first: F3", "Сначала выберите модель: F3") }
    /// A prompt that got no answer at all, taken out of the chat.
    public var promptBackInInput: String {
        pick(
            "↩ Nothing came back, so the message is not part of the chat: it is back in the input line (Enter sends it).",
            "↩ Ответа не было, поэтому сообщение не вошло в переписку: оно снова в строке ввода (Enter отправит).")
    }

    public var promptNotSent: String {
        pick(
            "↩ Nothing came back, so the message is not part of the chat (↑ recalls it).",
            "↩ Ответа не было, поэтому сообщение не вошло в переписку (↑ вернёт его).")
    }

    public var answerCutShort: String {
        pick(
            "⚠ answer incomplete: the model will see the part received",
            "⚠ ответ неполный: модель увидит полученную часть")
    }

    public var confirmClearTitle: String { pick("Clear the session?", "Очистить сессию?") }

    public func confirmClearText(turns: Int) -> String {
        pick(
            "\(turns) turns leave the screen and what the model sees.",
            "Ходов: \(turns); они уйдут с экрана и из того, что видит модель.")
    }

    public var confirmClearHints: String {
        pick("Enter or F2 clears · Esc keeps", "Enter или F2 очистит · Esc оставит")
    }

    public func modelSwitched(_ model: String) -> String {
        pick("Model: \(model)", "Модель: \(model)")
    }

    public func unknownTerminal(_ term: String) -> String {
        pick(
            "the terminal type \"\(term)\" is not known here (no terminfo entry); try TERM=xterm-256color",
            "тип терминала \"\(term)\" здесь неизвестен (нет записи terminfo); попробуйте TERM=xterm-256color")
    }

    public func terminalCannotAddressCursor(_ term: String) -> String {
        pick(
            "the terminal type \"\(term)\" cannot move the cursor, so the full-screen UI cannot run; use headless mode: ollama-tui -m MODEL \"prompt\"",
            "терминал типа \"\(term)\" не умеет перемещать курсор, полноэкранный режим в нём невозможен; используйте режим без интерфейса: ollama-tui -m MODEL \"запрос\""
        )
    }

    /// The status bar's mark of `--demo`.
    public var demo: String { pick("demo", "демо") }

    public func demoServerFailed(_ reason: String) -> String {
        pick("the demo server could not start: \(reason)", "демо-сервер не запустился: \(reason)")
    }

    public var needsTerminal: String {
        pick(
            "the full-screen UI needs a terminal on stdin and stdout; give a prompt for headless mode",
            "полноэкранному режиму нужен терминал на stdin и stdout; для работы без него укажите запрос")
    }

    /// `3 turns · 1.2k tok`.
    public func totals(turns: Int, tokens: Int) -> String {
        let count =
            tokens >= 10_000
            ? "\(tokens / 1000)k" : tokens >= 1000 ? "\(Strings.oneDecimal(Double(tokens) / 1000))k" : "\(tokens)"
        return pick("\(turns) turn\(turns == 1 ? "" : "s") · \(count) tok", "ходов: \(turns) · \(count) ток")
    }
}
