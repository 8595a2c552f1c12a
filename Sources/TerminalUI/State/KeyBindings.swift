import ChatCore

/// What a key does. The context decides some of it (Home/End act on the input line when it has
/// text, else on the transcript; the same arrow moves the picker's selection or scrolls help).
/// Letters always type: no command hides behind a letter key.
enum UIAction: Sendable, Equatable {
    case help, clearSession, chooseModel, retry, stop, interrupt, quit, quitIfInputEmpty, suspend
    case send, newline, insertTab
    case pageUp, pageDown, lineUp, lineDown, wheelUp, wheelDown, home, end
    case historyUp, historyDown
    case left, right, wordLeft, wordRight, lineStart, lineEnd
    case backspace, deleteForward, deleteWordBackward, deleteWordForward, killToLineStart, killToLineEnd, yank
    case choose, close, reload
    case selectMode, toggleThinking, toggleSources, regenerate, editLast
    case copy, save, openInEditor, toggleSource, toggleFold
    case chatList, newChat, renameChat, deleteChat, find
    case settings, nextField, previousField
    case showDetails, deleteModel
}

/// Where a key-table row applies: an overlay's rows are looked up first, then the chat's (when no
/// overlay is shown), then the ones that work anywhere (tig's view keymaps over the generic one).
enum KeyContext: Sendable, CaseIterable {
    case anywhere, chat, picker, help, confirm, select, savePrompt, chatList, find, settings, modelDetails, pull
}

/// One row of the key table: where it applies, the keys, how help names them, what they do, and
/// the help sentence (nil for a row that help shows together with the row before it).
struct KeyBinding: Sendable {
    let context: KeyContext
    let keys: [KeyEvent]
    let label: String
    let action: UIAction
    let help: KeyHelpTopic?
}

/// The one key table: it drives both the key dispatch and the help overlay, so help can never
/// disagree with the keys.
enum KeyBindings {
    static let table: [KeyBinding] =
        anywhere + chat + picker + help + confirm + select + savePrompt + chatList + find + settings + modelDetails
        + pull

    private static let anywhere: [KeyBinding] = [
        KeyBinding(context: .anywhere, keys: [.function(1)], label: "F1", action: .help, help: .help),
        KeyBinding(context: .anywhere, keys: [.function(2)], label: "F2", action: .clearSession, help: .clearSession),
        KeyBinding(context: .anywhere, keys: [.function(3)], label: "F3", action: .chooseModel, help: .chooseModel),
        KeyBinding(context: .anywhere, keys: [.function(4)], label: "F4", action: .chatList, help: .chatList),
        KeyBinding(context: .anywhere, keys: [.function(5)], label: "F5", action: .retry, help: .retry),
        KeyBinding(context: .anywhere, keys: [.function(7)], label: "F7", action: .settings, help: .settings),
        KeyBinding(context: .anywhere, keys: [.control("c")], label: "Ctrl-C", action: .interrupt, help: .interrupt),
        KeyBinding(
            context: .anywhere, keys: [.control("d")], label: "Ctrl-D", action: .quitIfInputEmpty,
            help: .quitIfInputEmpty),
        KeyBinding(context: .anywhere, keys: [.function(10)], label: "F10", action: .quit, help: .quit),
        KeyBinding(context: .anywhere, keys: [.control("z")], label: "Ctrl-Z", action: .suspend, help: .suspend),
    ]

    private static let chat: [KeyBinding] = [
        KeyBinding(context: .chat, keys: [.escape], label: "Esc", action: .stop, help: .stop),
        KeyBinding(context: .chat, keys: [.enter], label: "Enter", action: .send, help: .send),
        KeyBinding(context: .chat, keys: [.newline], label: "Alt-Enter / Ctrl-J", action: .newline, help: .newline),
        KeyBinding(context: .chat, keys: [.tab], label: "Tab", action: .insertTab, help: .tab),
        KeyBinding(context: .chat, keys: [.pageUp], label: "PgUp / PgDn", action: .pageUp, help: .pageScroll),
        KeyBinding(context: .chat, keys: [.pageDown], label: "", action: .pageDown, help: nil),
        KeyBinding(context: .chat, keys: [.shiftUp], label: "Shift-↑ / Shift-↓", action: .lineUp, help: .lineScroll),
        KeyBinding(context: .chat, keys: [.shiftDown], label: "", action: .lineDown, help: nil),
        KeyBinding(context: .chat, keys: [.mouseWheelUp], label: "mouse wheel", action: .wheelUp, help: .wheelScroll),
        KeyBinding(context: .chat, keys: [.mouseWheelDown], label: "", action: .wheelDown, help: nil),
        KeyBinding(context: .chat, keys: [.home], label: "Home / End", action: .home, help: .topBottom),
        KeyBinding(context: .chat, keys: [.end], label: "", action: .end, help: nil),
        KeyBinding(context: .chat, keys: [.up], label: "↑ / ↓", action: .historyUp, help: .recall),
        KeyBinding(context: .chat, keys: [.down], label: "", action: .historyDown, help: nil),
        KeyBinding(
            context: .chat, keys: [.left, .control("b")], label: "← → / Ctrl-B Ctrl-F", action: .left,
            help: .characterMove),
        KeyBinding(context: .chat, keys: [.right, .control("f")], label: "", action: .right, help: nil),
        KeyBinding(
            context: .chat, keys: [.alt("b"), .ctrlLeft], label: "Alt-B / Alt-F", action: .wordLeft, help: .wordMove),
        KeyBinding(context: .chat, keys: [.alt("f"), .ctrlRight], label: "", action: .wordRight, help: nil),
        KeyBinding(
            context: .chat, keys: [.control("a")], label: "Ctrl-A / Ctrl-E", action: .lineStart, help: .lineStartEnd),
        KeyBinding(context: .chat, keys: [.control("e")], label: "", action: .lineEnd, help: nil),
        KeyBinding(
            context: .chat, keys: [.backspace, .control("h")], label: "Backspace / Delete", action: .backspace,
            help: .deleteCharacter),
        KeyBinding(context: .chat, keys: [.delete], label: "", action: .deleteForward, help: nil),
        KeyBinding(
            context: .chat, keys: [.control("w"), .altBackspace], label: "Ctrl-W / Alt-D", action: .deleteWordBackward,
            help: .deleteWord),
        KeyBinding(context: .chat, keys: [.alt("d")], label: "", action: .deleteWordForward, help: nil),
        KeyBinding(
            context: .chat, keys: [.control("u")], label: "Ctrl-U / Ctrl-K", action: .killToLineStart,
            help: .deleteToLineEdge),
        KeyBinding(context: .chat, keys: [.control("k")], label: "", action: .killToLineEnd, help: nil),
        KeyBinding(context: .chat, keys: [.control("y")], label: "Ctrl-Y", action: .yank, help: .yank),
        KeyBinding(context: .chat, keys: [.function(6)], label: "F6", action: .selectMode, help: .selectMode),
        KeyBinding(context: .chat, keys: [.control("r")], label: "Ctrl-R", action: .find, help: .find),
        KeyBinding(context: .chat, keys: [.alt("r")], label: "Alt-R", action: .regenerate, help: .regenerate),
        KeyBinding(context: .chat, keys: [.alt("e")], label: "Alt-E", action: .editLast, help: .editLast),
        KeyBinding(
            context: .chat, keys: [.alt("t")], label: "Alt-T", action: .toggleThinking, help: .toggleThinking),
        KeyBinding(context: .chat, keys: [.alt("m")], label: "Alt-M", action: .toggleSources, help: .toggleSources),
    ]

    private static let picker: [KeyBinding] = [
        KeyBinding(context: .picker, keys: [.up], label: "↑ / ↓", action: .lineUp, help: .pickerMove),
        KeyBinding(context: .picker, keys: [.down], label: "", action: .lineDown, help: nil),
        KeyBinding(context: .picker, keys: [.pageUp], label: "PgUp / PgDn", action: .pageUp, help: .pickerPage),
        KeyBinding(context: .picker, keys: [.pageDown], label: "", action: .pageDown, help: nil),
        KeyBinding(context: .picker, keys: [.home], label: "Home / End", action: .home, help: .pickerEnds),
        KeyBinding(context: .picker, keys: [.end], label: "", action: .end, help: nil),
        KeyBinding(
            context: .picker, keys: [.backspace, .control("h")], label: "Backspace", action: .backspace,
            help: .filterDelete),
        KeyBinding(
            context: .picker, keys: [.control("u")], label: "Ctrl-U", action: .killToLineStart, help: .filterClear),
        KeyBinding(context: .picker, keys: [.enter], label: "Enter", action: .choose, help: .chooseOrPull),
        KeyBinding(context: .picker, keys: [.tab], label: "Tab", action: .showDetails, help: .modelDetails),
        KeyBinding(context: .picker, keys: [.delete], label: "Delete", action: .deleteModel, help: .deleteModel),
        KeyBinding(context: .picker, keys: [.escape], label: "Esc", action: .close, help: .closePicker),
        KeyBinding(context: .picker, keys: [.function(5)], label: "F5", action: .reload, help: .reloadModels),
    ]

    private static let help: [KeyBinding] = [
        KeyBinding(context: .help, keys: [.up], label: "↑ / ↓", action: .lineUp, help: .helpScroll),
        KeyBinding(context: .help, keys: [.down], label: "", action: .lineDown, help: nil),
        KeyBinding(context: .help, keys: [.pageUp], label: "PgUp / PgDn", action: .pageUp, help: .helpPage),
        KeyBinding(context: .help, keys: [.pageDown], label: "", action: .pageDown, help: nil),
        KeyBinding(context: .help, keys: [.home], label: "Home / End", action: .home, help: .helpEnds),
        KeyBinding(context: .help, keys: [.end], label: "", action: .end, help: nil),
        KeyBinding(
            context: .help, keys: [.escape, .function(1), .character("q")], label: "Esc / F1 / q", action: .close,
            help: .closeHelp),
    ]

    private static let confirm: [KeyBinding] = [
        KeyBinding(
            context: .confirm, keys: [.enter, .function(2)], label: "Enter / F2", action: .choose, help: .confirm),
        KeyBinding(context: .confirm, keys: [.escape], label: "Esc", action: .close, help: .cancel),
    ]

    private static let select: [KeyBinding] = [
        KeyBinding(context: .select, keys: [.up], label: "↑ / ↓", action: .lineUp, help: .selectMove),
        KeyBinding(context: .select, keys: [.down], label: "", action: .lineDown, help: nil),
        KeyBinding(context: .select, keys: [.pageUp], label: "PgUp / PgDn", action: .pageUp, help: .selectPage),
        KeyBinding(context: .select, keys: [.pageDown], label: "", action: .pageDown, help: nil),
        KeyBinding(context: .select, keys: [.home], label: "Home / End", action: .home, help: .selectEnds),
        KeyBinding(context: .select, keys: [.end], label: "", action: .end, help: nil),
        KeyBinding(
            context: .select, keys: [.enter, .character("c"), .character("y")], label: "Enter / c / y",
            action: .copy, help: .copySelection),
        KeyBinding(context: .select, keys: [.character("s")], label: "s", action: .save, help: .saveSelection),
        KeyBinding(
            context: .select, keys: [.character("e")], label: "e", action: .openInEditor, help: .editSelection),
        KeyBinding(
            context: .select, keys: [.character("m")], label: "m", action: .toggleSource, help: .sourceSelection),
        KeyBinding(
            context: .select, keys: [.character(" "), .character("t")], label: "Space / t", action: .toggleFold,
            help: .foldSelection),
        KeyBinding(
            context: .select, keys: [.escape, .function(6), .character("q")], label: "Esc / F6 / q", action: .close,
            help: .closeSelect),
    ]

    private static let savePrompt: [KeyBinding] = [
        KeyBinding(context: .savePrompt, keys: [.enter], label: "Enter", action: .choose, help: .saveTo),
        KeyBinding(context: .savePrompt, keys: [.escape], label: "Esc", action: .close, help: .cancelSave),
    ]

    private static let chatList: [KeyBinding] = [
        KeyBinding(context: .chatList, keys: [.up], label: "↑ / ↓", action: .lineUp, help: .chatListMove),
        KeyBinding(context: .chatList, keys: [.down], label: "", action: .lineDown, help: nil),
        KeyBinding(context: .chatList, keys: [.pageUp], label: "PgUp / PgDn", action: .pageUp, help: .chatListPage),
        KeyBinding(context: .chatList, keys: [.pageDown], label: "", action: .pageDown, help: nil),
        KeyBinding(context: .chatList, keys: [.home], label: "Home / End", action: .home, help: .chatListEnds),
        KeyBinding(context: .chatList, keys: [.end], label: "", action: .end, help: nil),
        KeyBinding(
            context: .chatList, keys: [.backspace, .control("h")], label: "Backspace", action: .backspace,
            help: .chatSearchDelete),
        KeyBinding(
            context: .chatList, keys: [.control("u")], label: "Ctrl-U", action: .killToLineStart,
            help: .chatSearchClear),
        KeyBinding(context: .chatList, keys: [.enter], label: "Enter", action: .choose, help: .openChat),
        KeyBinding(context: .chatList, keys: [.control("n")], label: "Ctrl-N", action: .newChat, help: .newChat),
        KeyBinding(context: .chatList, keys: [.control("r")], label: "Ctrl-R", action: .renameChat, help: .renameChat),
        KeyBinding(context: .chatList, keys: [.delete], label: "Delete", action: .deleteChat, help: .deleteChat),
        KeyBinding(
            context: .chatList, keys: [.escape, .function(4)], label: "Esc / F4", action: .close, help: .closeChatList),
    ]

    private static let find: [KeyBinding] = [
        KeyBinding(context: .find, keys: [.up, .enter], label: "↑ / Enter", action: .lineUp, help: .findPrevious),
        KeyBinding(context: .find, keys: [.down], label: "↓", action: .lineDown, help: .findNext),
        KeyBinding(
            context: .find, keys: [.backspace, .control("h")], label: "Backspace", action: .backspace,
            help: .findDelete),
        KeyBinding(context: .find, keys: [.control("u")], label: "Ctrl-U", action: .killToLineStart, help: .findClear),
        KeyBinding(context: .find, keys: [.escape], label: "Esc", action: .close, help: .closeFind),
    ]

    private static let settings: [KeyBinding] = [
        KeyBinding(
            context: .settings, keys: [.up], label: "↑ ↓ / Shift-Tab Tab", action: .lineUp, help: .settingsMove),
        KeyBinding(context: .settings, keys: [.down], label: "", action: .lineDown, help: nil),
        KeyBinding(context: .settings, keys: [.backTab], label: "", action: .previousField, help: nil),
        KeyBinding(context: .settings, keys: [.tab], label: "", action: .nextField, help: nil),
        KeyBinding(
            context: .settings, keys: [.left, .control("b")], label: "← → / Space", action: .left,
            help: .settingsChoose),
        KeyBinding(
            context: .settings, keys: [.right, .control("f"), .character(" ")], label: "", action: .right, help: nil),
        KeyBinding(
            context: .settings, keys: [.newline], label: "Alt-Enter / Ctrl-J", action: .newline,
            help: .settingsNewline),
        KeyBinding(context: .settings, keys: [.enter], label: "Enter", action: .choose, help: .settingsApply),
        KeyBinding(
            context: .settings, keys: [.escape, .function(7)], label: "Esc / F7", action: .close,
            help: .settingsDiscard),
    ]

    private static let modelDetails: [KeyBinding] = [
        KeyBinding(
            context: .modelDetails, keys: [.escape, .tab], label: "Esc / Tab", action: .close, help: .closeDetails)
    ]

    private static let pull: [KeyBinding] = [
        KeyBinding(context: .pull, keys: [.escape], label: "Esc", action: .close, help: .cancelPull)
    ]

    private static let lookup: [KeyContext: [KeyEvent: UIAction]] = {
        var maps: [KeyContext: [KeyEvent: UIAction]] = [:]
        for binding in table {
            for key in binding.keys { maps[binding.context, default: [:]][key] = binding.action }
        }
        return maps
    }()

    /// The action of `key` in `context`, else the one it has anywhere.
    static func action(for key: KeyEvent, in context: KeyContext) -> UIAction? {
        lookup[context]?[key] ?? lookup[.anywhere]?[key]
    }

    /// The rows help shows, by context: a heading, then a label and a sentence a line.
    static func helpSections(_ strings: Strings) -> [(title: String, rows: [(label: String, text: String)])] {
        KeyContext.allCases.map { context in
            let rows = table.filter { $0.context == context }.compactMap { binding in
                binding.help.map { (binding.label, strings.keyHelp($0)) }
            }
            return (title(of: context, strings), rows)
        }
    }

    private static func title(of context: KeyContext, _ strings: Strings) -> String {
        switch context {
        case .anywhere: strings.keysAnywhere
        case .chat: strings.keysChat
        case .picker: strings.keysPicker
        case .help: strings.keysHelp
        case .confirm: strings.keysConfirm
        case .select: strings.keysSelect
        case .savePrompt: strings.keysSavePrompt
        case .chatList: strings.keysChatList
        case .find: strings.keysFind
        case .settings: strings.keysSettings
        case .modelDetails: strings.keysModelDetails
        case .pull: strings.keysPull
        }
    }
}
