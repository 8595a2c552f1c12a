import ChatCore

/// What a key does. Context decides some of it (Home/End act on the input line when it has
/// text, else on the transcript; `r` retries only while offline with an empty input line).
enum UIAction: Sendable, Equatable {
    case help, clearSession, chooseModel, retry, stop, interrupt, quit, quitIfInputEmpty, suspend
    case send, newline
    case pageUp, pageDown, lineUp, lineDown, wheelUp, wheelDown, home, end
    case historyUp, historyDown
    case left, right, wordLeft, wordRight, lineStart, lineEnd
    case backspace, deleteForward, deleteWordBackward, deleteWordForward, killToLineStart, killToLineEnd, yank
}

/// One row of the key table: the keys, how help names them, and what they do.
struct KeyBinding: Sendable {
    let keys: [KeyEvent]
    let label: String
    let action: UIAction
    let english: String
    let russian: String

    func description(_ language: Language) -> String {
        language == .english ? english : russian
    }
}

/// The one key table: it drives both the key dispatch and the help overlay, so help can never
/// disagree with the keys.
enum KeyBindings {
    static let table: [KeyBinding] = [
        KeyBinding(keys: [.function(1)], label: "F1", action: .help, english: "show or hide this help", russian: "показать или скрыть справку"),
        KeyBinding(keys: [.function(2)], label: "F2", action: .clearSession, english: "clear the session (history and screen)", russian: "очистить сессию (историю и экран)"),
        KeyBinding(keys: [.function(3)], label: "F3", action: .chooseModel, english: "choose the model", russian: "выбрать модель"),
        KeyBinding(keys: [.function(5)], label: "F5 / r", action: .retry, english: "connect again (r with an empty input line)", russian: "подключиться снова (r при пустой строке ввода)"),
        KeyBinding(keys: [.escape], label: "Esc", action: .stop, english: "stop the answer; close a popup", russian: "остановить ответ; закрыть окно"),
        KeyBinding(keys: [.control("c")], label: "Ctrl-C", action: .interrupt, english: "stop the answer; quit when idle", russian: "остановить ответ; выйти, если ответа нет"),
        KeyBinding(keys: [.control("d")], label: "Ctrl-D", action: .quitIfInputEmpty, english: "quit (on an empty input line)", russian: "выйти (при пустой строке ввода)"),
        KeyBinding(keys: [.function(10)], label: "F10", action: .quit, english: "quit", russian: "выйти"),
        KeyBinding(keys: [.control("z")], label: "Ctrl-Z", action: .suspend, english: "suspend to the shell (fg returns)", russian: "свернуть в оболочку (fg вернёт)"),
        KeyBinding(keys: [.enter], label: "Enter", action: .send, english: "send the message", russian: "отправить сообщение"),
        KeyBinding(keys: [.newline], label: "Alt-Enter / Ctrl-J", action: .newline, english: "new line in the message", russian: "новая строка в сообщении"),
        KeyBinding(keys: [.pageUp], label: "PgUp / PgDn", action: .pageUp, english: "scroll the transcript by a page", russian: "листать переписку по страницам"),
        KeyBinding(keys: [.pageDown], label: "", action: .pageDown, english: "", russian: ""),
        KeyBinding(keys: [.shiftUp], label: "Shift-↑ / Shift-↓", action: .lineUp, english: "scroll by a line", russian: "прокрутка на строку"),
        KeyBinding(keys: [.shiftDown], label: "", action: .lineDown, english: "", russian: ""),
        KeyBinding(keys: [.mouseWheelUp], label: "mouse wheel", action: .wheelUp, english: "scroll by three lines", russian: "прокрутка на три строки"),
        KeyBinding(keys: [.mouseWheelDown], label: "", action: .wheelDown, english: "", russian: ""),
        KeyBinding(keys: [.home], label: "Home / End", action: .home, english: "top / bottom of the transcript; in a typed line, its start / end", russian: "начало / конец переписки; в набранной строке — её начало / конец"),
        KeyBinding(keys: [.end], label: "", action: .end, english: "", russian: ""),
        KeyBinding(keys: [.up], label: "↑ / ↓", action: .historyUp, english: "earlier prompts of this session; lines of a long message", russian: "прежние запросы сессии; строки длинного сообщения"),
        KeyBinding(keys: [.down], label: "", action: .historyDown, english: "", russian: ""),
        KeyBinding(keys: [.left, .control("b")], label: "← → / Ctrl-B Ctrl-F", action: .left, english: "move by a character", russian: "сдвиг на символ"),
        KeyBinding(keys: [.right, .control("f")], label: "", action: .right, english: "", russian: ""),
        KeyBinding(keys: [.alt("b"), .ctrlLeft], label: "Alt-B / Alt-F", action: .wordLeft, english: "move by a word (also Ctrl-← Ctrl-→)", russian: "сдвиг на слово (и Ctrl-← Ctrl-→)"),
        KeyBinding(keys: [.alt("f"), .ctrlRight], label: "", action: .wordRight, english: "", russian: ""),
        KeyBinding(keys: [.control("a")], label: "Ctrl-A / Ctrl-E", action: .lineStart, english: "start / end of the line", russian: "начало / конец строки"),
        KeyBinding(keys: [.control("e")], label: "", action: .lineEnd, english: "", russian: ""),
        KeyBinding(keys: [.backspace, .control("h")], label: "Backspace / Delete", action: .backspace, english: "delete before / at the cursor", russian: "удалить перед курсором / под ним"),
        KeyBinding(keys: [.delete], label: "", action: .deleteForward, english: "", russian: ""),
        KeyBinding(keys: [.control("w"), .altBackspace], label: "Ctrl-W / Alt-D", action: .deleteWordBackward, english: "delete the word before / after", russian: "удалить слово до / после курсора"),
        KeyBinding(keys: [.alt("d")], label: "", action: .deleteWordForward, english: "", russian: ""),
        KeyBinding(keys: [.control("u")], label: "Ctrl-U / Ctrl-K", action: .killToLineStart, english: "delete to the start / end of the line", russian: "удалить до начала / конца строки"),
        KeyBinding(keys: [.control("k")], label: "", action: .killToLineEnd, english: "", russian: ""),
        KeyBinding(keys: [.control("y")], label: "Ctrl-Y", action: .yank, english: "paste what Ctrl-U/K/W deleted", russian: "вставить удалённое Ctrl-U/K/W"),
    ]

    private static let lookup: [KeyEvent: UIAction] = {
        var map: [KeyEvent: UIAction] = [:]
        for binding in table {
            for key in binding.keys { map[key] = binding.action }
        }
        return map
    }()

    static func action(for key: KeyEvent) -> UIAction? {
        lookup[key]
    }

    /// The rows help shows: a label and a description, one a line.
    static func helpRows(_ language: Language) -> [(label: String, text: String)] {
        table.filter { !$0.label.isEmpty }.map { ($0.label, $0.description(language)) }
    }
}
