/// The words for the chat archive: why it cannot be used, and the state of saving.
extension Strings {
    /// Why the archive at `path` cannot be opened or written; the chat goes on in memory.
    public func storageProblem(_ error: StorageError, path: String) -> String {
        let reason: String
        switch error {
        case .cannotCreateFolder:
            reason = pick("its folder cannot be created", "не удаётся создать его папку")
        case .notADatabase:
            reason = pick("the file is not a chat database", "файл не является базой чатов")
        case .corrupt:
            reason = pick("the database is damaged", "база данных повреждена")
        case .newerSchema:
            reason = pick(
                "it was written by a newer ollama-tui; update this one",
                "его записала более новая версия ollama-tui; обновите эту")
        case .readOnly:
            reason = pick("the file or its folder is read-only", "файл или его папка доступны только для чтения")
        case .diskFull:
            reason = pick("the disk is full", "диск заполнен")
        case .locked:
            reason = pick("another process keeps it locked", "другой процесс держит его заблокированным")
        case .chatNotFound(let id):
            reason = pick("chat \(id) is not there", "чата \(id) там нет")
        case .failed(let code):
            reason = pick("SQLite error \(code)", "ошибка SQLite \(code)")
        }
        return pick(
            "💾 Chats are not saved: \(reason) (\(path)). The file was left as it is; this chat stays in memory.",
            "💾 Чаты не сохраняются: \(reason) (\(path)). Файл не изменён; этот чат остаётся в памяти.")
    }

    /// The status bar's mark when the user turned history off.
    public var historyOff: String { pick("history off", "история выключена") }

    /// The status bar's mark when saving failed.
    public var historyFailed: String { pick("not saved", "не сохраняется") }

    /// `--export` or `--resume` named a chat that is not stored.
    public func noSuchChat(_ reference: String) -> String {
        pick("No stored chat \(reference) (see --list-chats)", "Нет сохранённого чата \(reference) (см. --list-chats)")
    }

    /// `--continue`, `--export last`: nothing stored yet.
    public var noChatsYet: String { pick("No chats are stored yet", "Сохранённых чатов пока нет") }

    /// `--import` read a file that is not a chat export.
    public func importProblem(_ problem: ImportProblem, path: String) -> String {
        let reason: String
        switch problem {
        case .unreadable: reason = pick("the file cannot be read", "файл не читается")
        case .notJSON: reason = pick("the file is not JSON", "файл не в формате JSON")
        case .notAChatExport:
            reason = pick("it is not an ollama-tui chat export", "это не экспорт чата ollama-tui")
        case .missing(let field): reason = pick("\(field) is missing", "нет поля \(field)")
        case .badValue(let field): reason = pick("\(field) has a wrong value", "неверное значение \(field)")
        case .noMessages: reason = pick("it has no messages", "в нём нет сообщений")
        case .newerVersion(let version):
            reason = pick(
                "it is format version \(version), from a newer ollama-tui",
                "это версия формата \(version), от более новой ollama-tui")
        }
        return pick(
            "Cannot import \(path): \(reason). Nothing was stored.",
            "Не удаётся импортировать \(path): \(reason). Ничего не сохранено.")
    }

    /// `--import` stored the chat.
    public func imported(_ id: ChatID, messages: Int) -> String {
        pick("Imported as chat \(id) (\(messages) messages)", "Импортировано как чат \(id) (сообщений: \(messages))")
    }

    /// `--no-history` with a flag that needs the archive.
    public var needsHistory: String {
        pick(
            "--no-history cannot be used with a flag that reads or writes stored chats",
            "--no-history нельзя сочетать с флагами, которые читают или пишут сохранённые чаты")
    }
}
