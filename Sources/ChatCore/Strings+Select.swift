/// The words of select mode and of taking text out: copying, saving, opening in an editor, and
/// answering again or editing the last prompt.
extension Strings {
    /// The status bar's state in select mode, and its key hints (full, and when space is short).
    public var selecting: String { pick("select", "выбор") }

    public var selectKeyHints: String {
        pick(
            "↑↓ move  Enter copy  s save  e editor  m source  Space fold  Esc done",
            "↑↓ выбор  Enter копия  s сохранить  e редактор  m исходник  Space свернуть  Esc выход")
    }

    public var selectShortKeyHints: String { pick("Enter copy  Esc done", "Enter копия  Esc выход") }

    public var nothingToSelect: String { pick("Nothing to select yet", "Пока нечего выбрать") }

    public var saveTitle: String { pick("Save to a file", "Сохранить в файл") }
    public var saveHints: String { pick("Enter save · Esc cancel", "Enter сохранить · Esc отмена") }

    public var overwriteTitle: String { pick("Overwrite the file?", "Заменить файл?") }

    public func overwriteText(path: String) -> String {
        pick("\(path) exists; saving replaces it.", "\(path) уже есть; сохранение заменит его.")
    }

    public var overwriteHints: String { pick("Enter overwrites · Esc keeps", "Enter заменит · Esc оставит") }

    public var nothingToRegenerate: String {
        pick("No answer to write again yet", "Пока нет ответа, чтобы ответить заново")
    }

    public var nothingToEdit: String { pick("No prompt to edit yet", "Пока нет запроса для изменения") }

    public var emptyInputFirst: String {
        pick("Empty the input line first (Ctrl-U)", "Сначала очистите строку ввода (Ctrl-U)")
    }

    public var editingLastTurn: String {
        pick(
            "Editing the last prompt: Enter replaces the last turn, Alt-E keeps it",
            "Правка запроса: Enter заменит последний ход, Alt-E оставит его")
    }

    public var keptLastTurn: String { pick("The last turn is kept", "Последний ход оставлен") }
}
