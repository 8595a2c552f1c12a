import ChatCore
import OllamaKit

/// The chat list (F4): the stored chats, newest first, searched as the user types; opening one
/// draws it from its history and continues it.
extension AppState {
    /// The chat list's search, while it is open.
    var chatListQuery: String? {
        if case .chatList(let panel) = overlay { return panel.filter.text }
        return nil
    }

    mutating func openChatList() -> [Effect] {
        overlay = .chatList(ChatListPanel())
        return [.listChats(query: "")]
    }

    mutating func handleChatListKey(_ key: KeyEvent, panel: ChatListPanel, now: Moment) -> [Effect] {
        var panel = panel
        if var title = panel.renaming { return renameKey(key, title: &title, panel: panel) }
        if panel.confirmingDelete {
            panel.confirmingDelete = false
            overlay = .chatList(panel)
            guard KeyBindings.action(for: key, in: .confirm) == .choose, let row = panel.selectedRow else { return [] }
            return [.deleteChat(row.chat, query: panel.filter.text)]
        }
        switch key {
        case .character(let character):
            panel.filter.insert(String(character))
            return filterChanged(panel)
        case .paste(let text):
            panel.filter.insert(String(text.prefix { $0 != "\n" }))
            return filterChanged(panel)
        default:
            break
        }
        let page = max(1, ChatListGeometry(area: Rect(size: size)).listHeight - 1)
        switch KeyBindings.action(for: key, in: .chatList) {
        case .lineUp: panel.move(by: -1)
        case .lineDown: panel.move(by: 1)
        case .pageUp: panel.move(by: -page)
        case .pageDown: panel.move(by: page)
        case .home: panel.move(by: -panel.rows.count)
        case .end: panel.move(by: panel.rows.count)
        case .backspace:
            panel.filter.backspace()
            return filterChanged(panel)
        case .killToLineStart:
            panel.filter.clear()
            return filterChanged(panel)
        case .choose:
            overlay = .chatList(panel)
            guard let row = panel.selectedRow else { return [] }
            return [.loadChat(row.chat, position: row.position)]
        case .newChat:
            overlay = nil
            return clearSession()
        case .renameChat:
            if let row = panel.selectedRow { panel.renaming = LineEditor(text: row.title) }
        case .deleteChat:
            panel.confirmingDelete = panel.selectedRow != nil
        case .close:
            overlay = nil
            return []
        case let action?:
            overlay = .chatList(panel)
            return performAnywhere(action, now: now) ?? []
        case nil:
            break
        }
        overlay = .chatList(panel)
        return []
    }

    /// The runtime's rows for a filter (dropped when the filter has changed since).
    mutating func chatsListed(query: String, _ result: Result<[ChatListPanel.Row], ChatListFailure>) {
        guard case .chatList(var panel) = overlay else { return }
        switch result {
        case .success(let rows):
            panel.show(rows, for: query)
        case .failure(let failure):
            guard query == panel.filter.text else { return }
            panel.show([], for: query)
            panel.message =
                switch failure {
                case .historyOff: strings.chatListNeedsHistory
                case .failed(let message): message
                }
        }
        overlay = .chatList(panel)
    }

    /// A stored chat replaces the session: drawn from its history, continued by the next message,
    /// scrolled to `position` (the message a search found) when there is one.
    mutating func open(_ chat: StoredChat, at position: Int?) -> [Effect] {
        var effects: [Effect] = []
        if phase == .answering {
            phase = .ready
            answerNumber &+= 1
            effects.append(.cancelChat)
        }
        let model = chat.summary.model.map(ModelSummary.fullName) ?? session.model
        session = ChatSession(model: model, history: chat.history, chatID: chat.summary.id, settings: chat.settings)
        screenNotices.removeAll()
        editingLastTurn = false
        lastAnswerFailed = false
        rebuildTranscript()
        overlay = nil
        followBottom()
        if let position { scrollToEntry(position - chat.firstPosition) }
        notice = strings.chatOpened(TextSanitizer.sanitize(chat.summary.title))
        if let model, !knownModels.isEmpty, !knownModels.contains(where: { $0.name == model }) {
            // Its model is gone: the chat stays, a model is chosen for what follows.
            effects += openPicker()
        }
        return effects
    }

    private mutating func filterChanged(_ panel: ChatListPanel) -> [Effect] {
        var panel = panel
        panel.isLoading = true
        overlay = .chatList(panel)
        return [.listChats(query: panel.filter.text)]
    }

    private mutating func renameKey(_ key: KeyEvent, title: inout LineEditor, panel: ChatListPanel) -> [Effect] {
        var panel = panel
        switch key {
        case .character(let character): title.insert(String(character))
        case .paste(let text): title.insert(String(text.prefix { $0 != "\n" }))
        default:
            switch KeyBindings.action(for: key, in: .savePrompt) ?? KeyBindings.action(for: key, in: .chat) {
            case .choose:
                panel.renaming = nil
                overlay = .chatList(panel)
                guard let row = panel.selectedRow, !title.text.isEmpty else { return [] }
                return [.renameChat(row.chat, title: title.text, query: panel.filter.text)]
            case .close:
                panel.renaming = nil
                overlay = .chatList(panel)
                return []
            case let action?: _ = title.performLineEdit(action)
            case nil: break
            }
        }
        panel.renaming = title
        overlay = .chatList(panel)
        return []
    }

    /// Scrolls so that the history entry numbered `entry` is at the top of the transcript.
    private mutating func scrollToEntry(_ entry: Int) {
        let layout = layout
        guard let block = transcript.firstBlock(ofEntry: entry), layout.transcriptHeight > 0 else { return }
        let start = Transcript.Position(block: block, row: 0)
        scrollAnchor = transcript.move(start, by: layout.transcriptHeight - 1, width: layout.transcriptWidth)
        scroll(by: 0, layout: layout)
    }
}
