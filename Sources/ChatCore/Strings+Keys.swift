/// What each row of the key table does, as the help overlay says it.
public enum KeyHelpTopic: Sendable, CaseIterable {
    case help, clearSession, chooseModel, retry, interrupt, quitIfInputEmpty, quit, suspend
    case stop, send, newline, pageScroll, lineScroll, wheelScroll, topBottom, recall
    case characterMove, wordMove, lineStartEnd, deleteCharacter, deleteWord, deleteToLineEdge, yank, tab
    case pickerMove, pickerPage, pickerEnds, filterDelete, filterClear, choose, closePicker, reloadModels
    case helpScroll, helpPage, helpEnds, closeHelp
    case confirm, cancel
    case selectMode, toggleThinking, toggleSources, regenerate, editLast
    case selectMove, selectPage, selectEnds, copySelection, saveSelection, editSelection, sourceSelection
    case foldSelection, closeSelect
    case saveTo, cancelSave
    case chatList, chatListMove, chatListPage, chatListEnds, chatSearchDelete, chatSearchClear, openChat, newChat
    case renameChat, deleteChat, closeChatList
    case find, findPrevious, findNext, findDelete, findClear, closeFind
    case settings, settingsMove, settingsChoose, settingsNewline, settingsApply, settingsDiscard
    case chooseOrPull, modelDetails, deleteModel, closeDetails, cancelPull
}

/// The help overlay's words: a sentence per key-table row and a title per context.
extension Strings {
    public func keyHelp(_ topic: KeyHelpTopic) -> String {
        switch topic {
        case .help: pick("show or hide this help", "показать или скрыть справку")
        case .clearSession:
            pick(
                "clear the session (history and screen); the chat stays saved",
                "очистить сессию (историю и экран); чат остаётся сохранённым")
        case .chooseModel: pick("choose the model", "выбрать модель")
        case .retry: pick("connect again", "подключиться снова")
        case .interrupt: pick("stop the answer; quit when idle", "остановить ответ; выйти, если ответа нет")
        case .quitIfInputEmpty: pick("quit (on an empty input line)", "выйти (при пустой строке ввода)")
        case .quit: pick("quit", "выйти")
        case .suspend: pick("suspend to the shell (fg returns)", "свернуть в оболочку (fg вернёт)")
        case .stop: pick("stop the answer", "остановить ответ")
        case .send: pick("send the message", "отправить сообщение")
        case .newline: pick("new line in the message", "новая строка в сообщении")
        case .pageScroll: pick("scroll the transcript by a page", "листать переписку по страницам")
        case .lineScroll: pick("scroll by a line", "прокрутка на строку")
        case .wheelScroll: pick("scroll by three lines", "прокрутка на три строки")
        case .topBottom:
            pick(
                "top / bottom of the transcript; in a typed line, its start / end",
                "начало / конец переписки; в набранной строке — её начало / конец")
        case .recall:
            pick(
                "earlier prompts of this session; lines of a long message",
                "прежние запросы сессии; строки длинного сообщения")
        case .characterMove: pick("move by a character", "сдвиг на символ")
        case .wordMove: pick("move by a word (also Ctrl-← Ctrl-→)", "сдвиг на слово (и Ctrl-← Ctrl-→)")
        case .lineStartEnd: pick("start / end of the line", "начало / конец строки")
        case .deleteCharacter: pick("delete before / at the cursor", "удалить перед курсором / под ним")
        case .deleteWord:
            pick(
                "delete the word before / after (also Alt-Backspace)",
                "удалить слово до / после курсора (и Alt-Backspace)")
        case .deleteToLineEdge: pick("delete to the start / end of the line", "удалить до начала / конца строки")
        case .yank: pick("paste what Ctrl-U/K/W deleted", "вставить удалённое Ctrl-U/K/W")
        case .tab: pick("a tab character", "символ табуляции")
        case .pickerMove: pick("move the selection", "двигать выбор")
        case .pickerPage: pick("move by a page", "двигать по страницам")
        case .pickerEnds: pick("first / last model", "первая / последняя модель")
        case .filterDelete:
            pick(
                "delete the filter's last character (typing filters)",
                "стереть последний символ фильтра (набор фильтрует)")
        case .filterClear: pick("clear the filter", "очистить фильтр")
        case .choose: pick("choose the selected model", "выбрать модель")
        case .closePicker: pick("close (once a model is in use)", "закрыть (когда модель уже выбрана)")
        case .reloadModels: pick("reload the list", "обновить список")
        case .helpScroll: pick("scroll the help by a line", "прокрутить справку на строку")
        case .helpPage: pick("scroll the help by a page", "листать справку по страницам")
        case .helpEnds: pick("top / bottom of the help", "начало / конец справки")
        case .closeHelp: pick("close the help (any other key too)", "закрыть справку (и любая другая клавиша)")
        case .confirm: pick("yes: clear the session, or overwrite the file", "да: очистить сессию или заменить файл")
        case .cancel: pick("no: keep it (any other key too)", "нет: оставить (и любая другая клавиша)")
        case .selectMode:
            pick(
                "select a message or code block to copy, save or open",
                "выбрать сообщение или код: копировать, сохранить, открыть")
        case .toggleThinking: pick("fold / unfold all thinking", "свернуть / развернуть все размышления")
        case .toggleSources:
            pick("show answers as Markdown source / rendered", "ответы исходным Markdown / оформленными")
        case .regenerate: pick("answer the last prompt again", "ответить на последний запрос заново")
        case .editLast:
            pick(
                "edit the last prompt (sending replaces the last turn)",
                "изменить последний запрос (отправка заменит последний ход)")
        case .selectMove: pick("previous / next message or code block", "предыдущее / следующее сообщение или код")
        case .selectPage: pick("move by a page", "сдвиг на страницу")
        case .selectEnds: pick("first / last", "первое / последнее")
        case .copySelection: pick("copy it to the clipboard", "копировать в буфер обмена")
        case .saveSelection: pick("save it to a file", "сохранить в файл")
        case .editSelection:
            pick("open a read-only copy in $VISUAL / $EDITOR", "открыть копию для чтения в $VISUAL / $EDITOR")
        case .sourceSelection: pick("this answer as Markdown source / rendered", "этот ответ исходником / оформленным")
        case .foldSelection: pick("fold / unfold this thinking", "свернуть / развернуть эти размышления")
        case .closeSelect: pick("leave select mode", "выйти из режима выбора")
        case .saveTo: pick("save to the path typed", "сохранить по набранному пути")
        case .cancelSave: pick("cancel", "отменить")
        case .chatList:
            pick("the saved chats: search, open, rename, delete", "сохранённые чаты: поиск, открыть, имя, удалить")
        case .chatListMove: pick("move the selection", "двигать выбор")
        case .chatListPage: pick("move by a page", "двигать по страницам")
        case .chatListEnds: pick("newest / oldest", "новейший / старейший")
        case .chatSearchDelete:
            pick(
                "delete the search's last character (typing searches every message)",
                "стереть последний символ поиска (набор ищет во всех сообщениях)")
        case .chatSearchClear: pick("clear the search", "очистить поиск")
        case .openChat:
            pick("open the chat (at the match); it goes on from there", "открыть чат (на найденном) и продолжить")
        case .newChat: pick("a new chat (the one on screen stays saved)", "новый чат (текущий остаётся сохранённым)")
        case .renameChat: pick("rename the selected chat", "переименовать выбранный чат")
        case .deleteChat: pick("delete the selected chat (asks first)", "удалить выбранный чат (с вопросом)")
        case .closeChatList: pick("close the list", "закрыть список")
        case .find: pick("find words in this chat", "найти слова в этом чате")
        case .findPrevious:
            pick("the match before (typing shows the newest)", "предыдущее совпадение (набор показывает последнее)")
        case .findNext: pick("the match after", "следующее совпадение")
        case .findDelete: pick("delete the last character", "стереть последний символ")
        case .findClear: pick("clear the words", "очистить поиск")
        case .closeFind: pick("stop finding (the view stays there)", "закончить поиск (вид остаётся)")
        case .settings:
            pick(
                "chat settings: system prompt, options, thinking",
                "настройки чата: системный запрос, параметры, размышления")
        case .settingsMove: pick("previous / next field", "предыдущее / следующее поле")
        case .settingsChoose:
            pick("choose think's value; in a field, move the cursor", "выбрать think; в поле — сдвинуть курсор")
        case .settingsNewline: pick("new line in the system prompt", "новая строка в системном запросе")
        case .settingsApply: pick("apply (not while a value is bad)", "применить (если все значения верны)")
        case .settingsDiscard: pick("close without applying", "закрыть, ничего не меняя")
        case .chooseOrPull:
            pick(
                "choose the model; when nothing installed matches, pull the name typed",
                "выбрать модель; если ничего не подходит, скачать набранное имя")
        case .modelDetails: pick("the model's details", "сведения о модели")
        case .deleteModel: pick("delete the model (asks first)", "удалить модель (с вопросом)")
        case .closeDetails: pick("back to the picker", "назад к выбору модели")
        case .cancelPull:
            pick("cancel the pull; back to the picker once it ended", "отменить скачивание; после конца — назад")
        }
    }

    public var keysAnywhere: String { pick("Anywhere", "Везде") }
    public var keysChat: String { pick("Transcript and input line", "Переписка и строка ввода") }
    public var keysPicker: String { pick("Model picker", "Выбор модели") }
    public var keysHelp: String { pick("Help", "Справка") }
    public var keysConfirm: String {
        pick("Questions (clear the session, overwrite a file)", "Вопросы (очистить сессию, заменить файл)")
    }
    public var keysSelect: String { pick("Select mode", "Режим выбора") }
    public var keysSavePrompt: String { pick("Saving to a file", "Сохранение в файл") }
    public var keysChatList: String { pick("Chat list", "Список чатов") }
    public var keysFind: String { pick("Finding in the chat", "Поиск в чате") }
    public var keysSettings: String { pick("Chat settings", "Настройки чата") }
}
