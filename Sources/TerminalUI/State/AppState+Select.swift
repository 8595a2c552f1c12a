import ChatCore

/// Select mode: a highlight over the transcript's messages and code blocks, and what can be done
/// with the one highlighted (copy, save, open in an editor, show its source, fold its thinking).
extension AppState {
    /// The outcome of saving, as the runtime reports it.
    enum SaveResult: Sendable, Equatable {
        case saved(message: String)
        /// The file is there: ask before overwriting.
        case exists
        case failed(message: String)
    }

    /// F6: selects the newest item (the last answer's last code block, or the answer).
    mutating func enterSelectMode() -> [Effect] {
        let items = transcript.items()
        guard let last = items.last(where: { $0.codeBlock == nil }) else {
            notice = strings.nothingToSelect
            return []
        }
        let newest = items.last(where: { $0.block == last.block }) ?? last
        select(newest)
        return []
    }

    var selection: TranscriptItem? {
        if case .select(let item) = overlay { return item }
        return nil
    }

    mutating func handleSelectKey(_ key: KeyEvent, item: TranscriptItem, now: Moment) -> [Effect] {
        guard let action = KeyBindings.action(for: key, in: .select) else { return [] }
        let items = transcript.items()
        let index = items.firstIndex(of: item) ?? items.count - 1
        switch action {
        case .lineUp: select(items[max(0, index - 1)])
        case .lineDown: select(items[min(items.count - 1, index + 1)])
        case .pageUp, .pageDown: select(itemAPage(from: index, of: items, down: action == .pageDown))
        case .home: if let first = items.first { select(first) }
        case .end: if let last = items.last { select(last) }
        case .close: overlay = nil
        case .copy:
            guard let text = transcript.text(of: item)?.text else { return [] }
            return [.copy(text)]
        case .save:
            guard let text = transcript.text(of: item)?.text else { return [] }
            overlay = .savePrompt(SavePrompt(text: text, item: item))
        case .openInEditor:
            guard let taken = transcript.text(of: item) else { return [] }
            return [.openInEditor(text: taken.text, fileExtension: Self.fileExtension(for: taken.language))]
        case .toggleSource:
            transcript.toggleSource(ofBlock: item.block)
            select(TranscriptItem(block: item.block))
        case .toggleFold:
            transcript.toggleFold(ofBlock: item.block)
            select(item)
        default:
            return performAnywhere(action, now: now) ?? []
        }
        return []
    }

    /// Typing edits the path; Enter saves (the runtime answers with `saveFinished`), Esc goes back.
    mutating func handleSavePromptKey(_ key: KeyEvent, prompt: SavePrompt, now: Moment) -> [Effect] {
        var prompt = prompt
        switch key {
        case .character(let character):
            prompt.path.insert(String(character))
        case .paste(let text):
            prompt.path.insert(String(text.prefix { $0 != "\n" }))
        default:
            switch KeyBindings.action(for: key, in: .savePrompt) ?? KeyBindings.action(for: key, in: .chat) {
            case .choose:
                overlay = .savePrompt(prompt)
                return [.save(text: prompt.text, path: prompt.path.text, overwrite: false)]
            case .close:
                overlay = .select(prompt.item)
                return []
            case let action?:
                if !prompt.path.performLineEdit(action), let effects = performAnywhere(action, now: now) {
                    return effects
                }
            case nil: break
            }
        }
        overlay = .savePrompt(prompt)
        return []
    }

    /// The runtime saved, or found the file there, or failed.
    mutating func saveFinished(_ result: SaveResult) -> [Effect] {
        guard let prompt = pendingSavePrompt else { return [] }
        switch result {
        case .saved(let message):
            notice = message
            overlay = .select(prompt.item)
        case .exists:
            overlay = .confirmOverwrite(prompt)
        case .failed(let message):
            notice = message
            overlay = .savePrompt(prompt)
        }
        return []
    }

    /// Enter overwrites; any other key goes back to the path.
    mutating func handleOverwriteKey(_ key: KeyEvent, prompt: SavePrompt) -> [Effect] {
        overlay = .savePrompt(prompt)
        guard KeyBindings.action(for: key, in: .confirm) == .choose else { return [] }
        return [.save(text: prompt.text, path: prompt.path.text, overwrite: true)]
    }

    private var pendingSavePrompt: SavePrompt? {
        switch overlay {
        case .savePrompt(let prompt), .confirmOverwrite(let prompt): prompt
        default: nil
        }
    }

    /// Highlights `item` and scrolls so that as much of it as fits is in view, its top first.
    private mutating func select(_ item: TranscriptItem) {
        overlay = .select(item)
        let layout = layout
        let width = layout.transcriptWidth
        let height = layout.transcriptHeight
        guard height > 0, let rows = transcript.rows(of: item, width: width),
            let last = transcript.lastPosition(width: width)
        else { return }
        let bottom = scrollAnchor ?? last
        let top = transcript.move(bottom, by: -(height - 1), width: width)
        if rows.lowerBound < top || rows.upperBound > bottom {
            // Its last row at the bottom, unless that hides its first row: then its first at the top.
            let lowest = transcript.move(rows.lowerBound, by: height - 1, width: width)
            scrollAnchor = min(rows.upperBound, lowest)
            scroll(by: 0, layout: layout)
        }
    }

    /// The item a page above or below the start of `items[index]`.
    private mutating func itemAPage(from index: Int, of items: [TranscriptItem], down: Bool) -> TranscriptItem {
        let width = layout.transcriptWidth
        let page = max(1, layout.transcriptHeight - 1)
        guard let start = transcript.rows(of: items[index], width: width)?.lowerBound else { return items[index] }
        let target = transcript.move(start, by: down ? page : -page, width: width)
        let starts = items.map { transcript.rows(of: $0, width: width)?.lowerBound }
        var chosen = index
        if down {
            chosen = starts.lastIndex { $0.map { $0 <= target } ?? false } ?? index
            if chosen <= index { chosen = min(items.count - 1, index + 1) }
        } else {
            chosen = starts.firstIndex { $0.map { $0 >= target } ?? false } ?? 0
            if chosen >= index { chosen = max(0, index - 1) }
        }
        return items[chosen]
    }

    /// A file name's extension for a code block's language (`.txt` for one without colouring),
    /// or `.md` for a message.
    static func fileExtension(for language: String?) -> String {
        guard let language else { return ".md" }
        return CodeLanguage(infoString: language)?.fileExtension ?? ".txt"
    }
}
