/// The words of the chat list (F4).
extension Strings {
    public var chatListTitle: String { pick("Chats", "Чаты") }

    public var chatListHints: String {
        pick(
            "Enter open  Ctrl-N new  Ctrl-R rename  Del delete  Esc close",
            "Enter открыть  Ctrl-N новый  Ctrl-R имя  Del удалить  Esc закрыть")
    }

    public var searchPrompt: String { pick("Search: ", "Поиск: ") }
    public var searchChats: String { pick("type to search every chat", "наберите для поиска по всем чатам") }
    public var loadingChats: String { pick("Loading…", "Загрузка…") }
    public var noChats: String { pick("No chats saved yet", "Сохранённых чатов пока нет") }
    public var noChatMatches: String { pick("Nothing found", "Ничего не найдено") }

    public var chatListNeedsHistory: String {
        pick(
            "Chats are not saved in this run (--no-history)", "В этом запуске чаты не сохраняются (--no-history)")
    }

    /// `tiny:latest · 2026-12-01 13:45 · 12 messages`.
    public func chatDetail(model: String?, date: String, messages: Int) -> String {
        let count = pick("\(messages) messages", "сообщений: \(messages)")
        return [model ?? "—", date, count].joined(separator: " · ")
    }

    public var renameTitle: String { pick("Rename the chat", "Переименовать чат") }
    public var renameHints: String { pick("Enter rename · Esc cancel", "Enter переименовать · Esc отмена") }
    public var deleteTitle: String { pick("Delete the chat?", "Удалить чат?") }

    public func deleteText(title: String) -> String {
        pick("“\(title)” and its messages are deleted.", "«\(title)» и его сообщения будут удалены.")
    }

    public var deleteHints: String { pick("Enter deletes · Esc keeps", "Enter удалит · Esc оставит") }

    public func chatOpened(_ title: String) -> String { pick("Opened “\(title)”", "Открыт «\(title)»") }
}

/// The words of finding in the open chat (Ctrl-R).
extension Strings {
    public var findPrompt: String { pick("Find: ", "Найти: ") }

    /// `3/12`, or `no match`.
    public func findCount(current: Int, of total: Int) -> String {
        total == 0 ? pick("no match", "не найдено") : "\(current)/\(total)"
    }
}
