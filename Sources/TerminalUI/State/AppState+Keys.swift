import ChatCore

/// Key handling: the overlay's rows of the key table first, then the chat's (typing goes to the
/// input line), then the rows that work anywhere.
extension AppState {
    mutating func handle(_ key: KeyEvent, now: Moment) -> [Effect] {
        switch overlay {
        case .picker(let open): return handlePickerKey(key, picker: open, now: now)
        case .help(let panel): return handleHelpKey(key, panel: panel, now: now)
        case .confirmClear:
            overlay = nil
            return KeyBindings.action(for: key, in: .confirm) == .choose ? clearSession() : []
        case .select(let item): return handleSelectKey(key, item: item, now: now)
        case .savePrompt(let prompt): return handleSavePromptKey(key, prompt: prompt, now: now)
        case .confirmOverwrite(let prompt): return handleOverwriteKey(key, prompt: prompt)
        case .chatList(let panel): return handleChatListKey(key, panel: panel, now: now)
        case .find(let bar): return handleFindKey(key, bar: bar, now: now)
        case .settings(let panel): return handleSettingsKey(key, panel: panel, now: now)
        case .modelDetails(let panel): return handleDetailsKey(key, panel: panel, now: now)
        case .pull(let panel): return handlePullKey(key, panel: panel, now: now)
        case .confirmDeleteModel(let deletion): return handleDeleteModelKey(key, deletion: deletion)
        case nil: break
        }
        switch key {
        case .character(let character):
            editor.insert(String(character))
            return []
        case .paste(let text):
            editor.insert(text)
            return []
        default:
            guard let action = KeyBindings.action(for: key, in: .chat) else { return [] }
            return perform(action, now: now)
        }
    }

    /// The actions of the rows that work anywhere; nil for an action that is not one of them.
    mutating func performAnywhere(_ action: UIAction, now: Moment) -> [Effect]? {
        switch action {
        case .help:
            overlay = .help(HelpPanel(returnTo: picker))
            return []
        case .clearSession: return askToClearSession()
        case .chooseModel: return openPicker()
        case .chatList: return openChatList()
        case .settings: return openSettings()
        case .retry: return retry()
        case .interrupt: return interrupt(now: now)
        case .quit: return [.quit]
        case .quitIfInputEmpty:
            if editor.isEmpty { return [.quit] }
            editor.deleteForward()
            return []
        case .suspend: return [.suspend]
        default: return nil
        }
    }

    private mutating func perform(_ action: UIAction, now: Moment) -> [Effect] {
        if let effects = performAnywhere(action, now: now) { return effects }
        let candidates = completions
        if !candidates.isEmpty {
            // Tab takes the chosen candidate, ↑/↓ choose (the input's history waits).
            switch action {
            case .insertTab:
                takeCompletion(candidates)
                return []
            case .historyUp, .historyDown:
                moveCompletion(by: action == .historyUp ? -1 : 1, count: candidates.count)
                return []
            default: break
            }
        }
        // The input's width does not depend on how many rows it takes: no need to wrap it for
        // every key (`layout` does, to count them).
        let width = ScreenLayout(size: size, inputRows: 1).inputWidth
        switch action {
        case .stop: return stopAnswer(now: now)
        case .send: return send(now: now)
        case .newline: editor.insertNewline()
        case .insertTab: editor.insert("\t")
        case .pageUp, .pageDown:
            let layout = layout
            let page = max(1, layout.transcriptHeight - 1)
            scroll(by: action == .pageUp ? -page : page, layout: layout)
        case .lineUp: scroll(by: -1, layout: layout)
        case .lineDown: scroll(by: 1, layout: layout)
        case .wheelUp: scroll(by: -3, layout: layout)
        case .wheelDown: scroll(by: 3, layout: layout)
        case .home: if editor.isEmpty { scrollToTop(layout: layout) } else { editor.moveToLineStart() }
        case .end: if scrollAnchor != nil || editor.isEmpty { followBottom() } else { editor.moveToLineEnd() }
        case .historyUp: if !editor.moveUp(width: width) { editor.recallPrevious() }
        case .historyDown: if !editor.moveDown(width: width) { editor.recallNext() }
        case .left: editor.moveLeft()
        case .right: editor.moveRight()
        case .wordLeft: editor.moveWordLeft()
        case .wordRight: editor.moveWordRight()
        case .lineStart: editor.moveToLineStart()
        case .lineEnd: editor.moveToLineEnd()
        case .backspace: editor.backspace()
        case .deleteForward: editor.deleteForward()
        case .deleteWordBackward: editor.deleteWordBackward()
        case .deleteWordForward: editor.deleteWordForward()
        case .killToLineStart: editor.killToLineStart()
        case .killToLineEnd: editor.killToLineEnd()
        case .yank: editor.yank()
        case .selectMode: return enterSelectMode()
        case .find: return startFind()
        case .toggleThinking: transcript.toggleAllThinking()
        case .toggleSources: transcript.toggleAllSources()
        case .regenerate: return regenerate(now: now)
        case .editLast: return editLastPrompt()
        default: break
        }
        return []
    }

    private mutating func handlePickerKey(_ key: KeyEvent, picker: ModelPicker, now: Moment) -> [Effect] {
        var open = picker
        switch key {
        case .character(let character):
            open.edit { $0.typeFilter(String(character)) }
            overlay = .picker(open)
            return []
        case .paste(let text):
            open.edit { $0.typeFilter(String(text.prefix { $0 != "\n" })) }
            overlay = .picker(open)
            return []
        default:
            break
        }
        guard let action = KeyBindings.action(for: key, in: .picker) else { return [] }
        let page = max(1, PickerGeometry(picker: open, area: Rect(size: size), strings: strings).listHeight - 1)
        switch action {
        case .lineUp: open.edit { $0.moveUp() }
        case .lineDown: open.edit { $0.moveDown() }
        case .pageUp: open.edit { $0.pageUp(by: page) }
        case .pageDown: open.edit { $0.pageDown(by: page) }
        case .home: open.edit { $0.moveToTop() }
        case .end: open.edit { $0.moveToBottom() }
        case .backspace: open.edit { $0.backspaceFilter() }
        case .killToLineStart: open.edit { $0.clearFilter() }
        case .choose:
            overlay = .picker(open)
            if open.selectedModel == nil, let name = open.pullCandidate { return startPull(name) }
            return chooseSelectedModel()
        case .showDetails:
            overlay = .picker(open)
            return open.selectedModel.map { showDetails(of: $0.name) } ?? []
        case .deleteModel:
            overlay = .picker(open)
            return askToDeleteSelectedModel()
        case .close:
            if open.canClose { overlay = nil }
            return []
        case .reload:
            overlay = .picker(ModelPicker(canClose: open.canClose))
            return [.listModels, .listRunning]
        case .quitIfInputEmpty:
            return [.quit]  // the picker has no input line to delete in
        default:
            return performAnywhere(action, now: now) ?? []
        }
        overlay = .picker(open)
        return []
    }

    private mutating func handleHelpKey(_ key: KeyEvent, panel: HelpPanel, now: Moment) -> [Effect] {
        var panel = panel
        let geometry = HelpGeometry(strings: strings, area: Rect(size: size))
        let (total, visible) = (geometry.totalRows, geometry.visibleRows)
        let page = max(1, visible - 1)
        let below: Overlay? = panel.returnTo.map { .picker($0) }
        switch KeyBindings.action(for: key, in: .help) {
        case .lineUp: panel.scroll(by: -1, total: total, visible: visible)
        case .lineDown: panel.scroll(by: 1, total: total, visible: visible)
        case .pageUp: panel.scroll(by: -page, total: total, visible: visible)
        case .pageDown: panel.scroll(by: page, total: total, visible: visible)
        case .home: panel.offset = 0
        case .end: panel.scroll(by: total, total: total, visible: visible)
        case .close, nil:
            overlay = below
            return []
        case let action?:
            // Any other key closes the help; the ones that work anywhere also do their work.
            overlay = below
            return performAnywhere(action, now: now) ?? []
        }
        overlay = .help(panel)
        return []
    }
}
