/// Key handling: help and the picker take keys first, then the key table, then typing.
extension AppState {
    mutating func handle(_ key: KeyEvent) -> [Effect] {
        if showingHelp {
            showingHelp = false
            return key == .control("c") ? interrupt() : []
        }
        if picker != nil { return handlePickerKey(key) }
        switch key {
        case .character("r") where (phase == .offline || phase == .noModels) && editor.isEmpty:
            return retry()
        case .character(let character):
            editor.insert(String(character))
            return []
        case .paste(let text):
            editor.insert(text)
            return []
        case .tab:
            editor.insert("\t")
            return []
        default:
            break
        }
        guard let action = KeyBindings.action(for: key) else { return [] }
        return perform(action)
    }

    private mutating func interrupt() -> [Effect] {
        phase == .answering ? stopAnswer() : [.quit]
    }

    private mutating func perform(_ action: UIAction) -> [Effect] {
        let width = layout.inputWidth
        switch action {
        case .help: showingHelp = true
        case .clearSession: return clearSession()
        case .chooseModel: return openPicker()
        case .retry: return retry()
        case .stop: return stopAnswer()
        case .interrupt: return interrupt()
        case .quit: return [.quit]
        case .quitIfInputEmpty: if editor.isEmpty { return [.quit] } else { editor.deleteForward() }
        case .suspend: return [.suspend]
        case .send: return send()
        case .newline: editor.insertNewline()
        case .pageUp: scroll(by: -max(1, layout.transcriptHeight - 1))
        case .pageDown: scroll(by: max(1, layout.transcriptHeight - 1))
        case .lineUp: scroll(by: -1)
        case .lineDown: scroll(by: 1)
        case .wheelUp: scroll(by: -3)
        case .wheelDown: scroll(by: 3)
        case .home: if editor.isEmpty { scrollToTop() } else { editor.moveToLineStart() }
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
        }
        return []
    }

    private mutating func handlePickerKey(_ key: KeyEvent) -> [Effect] {
        guard var open = picker else { return [] }
        let page = max(1, layout.pickerListHeight - 1)
        switch key {
        case .up: open.edit { $0.moveUp() }
        case .down: open.edit { $0.moveDown() }
        case .pageUp: open.edit { $0.pageUp(by: page) }
        case .pageDown: open.edit { $0.pageDown(by: page) }
        case .home: open.edit { $0.moveToTop() }
        case .end: open.edit { $0.moveToBottom() }
        case .backspace, .control("h"): open.edit { $0.backspaceFilter() }
        case .control("u"): open.edit { $0.clearFilter() }
        case .character(let character): open.edit { $0.typeFilter(String(character)) }
        case .paste(let text): open.edit { $0.typeFilter(String(text.prefix { $0 != "\n" })) }
        case .enter:
            picker = open
            chooseSelectedModel()
            return []
        case .escape:
            if open.canClose { picker = nil } else { picker = open }
            return []
        default:
            // Keys the picker does not use act as everywhere, through the one key table.
            picker = open
            guard let action = KeyBindings.action(for: key) else { return [] }
            switch action {
            case .help, .interrupt, .quit, .clearSession:
                return perform(action)
            case .retry:
                picker = ModelPicker(canClose: open.canClose)
                return [.listModels]
            default:
                return []
            }
        }
        picker = open
        return []
    }
}
