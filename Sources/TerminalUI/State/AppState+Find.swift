import ChatCore

/// Ctrl-R (a reverse search, as in readline): finding words in the open chat. Typing finds the rows that hold them and shows the
/// newest; ↑ (or Enter) goes to the one before, ↓ to the one after; Esc leaves the view there.
extension AppState {
    mutating func startFind() -> [Effect] {
        overlay = .find(FindBar())
        return []
    }

    var findBar: FindBar? {
        if case .find(let bar) = overlay { return bar }
        return nil
    }

    mutating func handleFindKey(_ key: KeyEvent, bar: FindBar, now: Moment) -> [Effect] {
        var bar = bar
        switch key {
        case .character(let character):
            bar.query.insert(String(character))
            refind(&bar)
        case .paste(let text):
            bar.query.insert(String(text.prefix { $0 != "\n" }))
            refind(&bar)
        default:
            switch KeyBindings.action(for: key, in: .find) {
            case .choose, .lineUp: step(&bar, by: -1)
            case .lineDown: step(&bar, by: 1)
            case .backspace:
                bar.query.backspace()
                refind(&bar)
            case .killToLineStart:
                bar.query.clear()
                refind(&bar)
            case .close:
                overlay = nil
                return []
            case let action?:
                overlay = .find(bar)
                return performAnywhere(action, now: now) ?? []
            case nil:
                break
            }
        }
        overlay = .find(bar)
        return []
    }

    /// Every row holding the words, in order; the newest is shown.
    private mutating func refind(_ bar: inout FindBar) {
        let query = TextSearch.prepared(bar.query.text)
        let width = layout.transcriptWidth
        bar.matches = []
        if !query.isEmpty {
            for block in transcript.blocks.indices {
                for (row, content) in transcript.rows(ofBlock: block, width: width).enumerated()
                where !TextSearch.matches(of: query, in: content.text).isEmpty {
                    bar.matches.append(Transcript.Position(block: block, row: row))
                }
            }
        }
        bar.current = bar.matches.count - 1
        show(bar.currentMatch)
    }

    private mutating func step(_ bar: inout FindBar, by delta: Int) {
        guard !bar.matches.isEmpty else { return }
        bar.current = min(max(0, bar.current + delta), bar.matches.count - 1)
        show(bar.currentMatch)
    }

    /// Scrolls so that `match` is in the middle of the transcript pane.
    private mutating func show(_ match: Transcript.Position?) {
        guard let match else { return }
        let layout = layout
        scrollAnchor = transcript.move(match, by: layout.transcriptHeight / 2, width: layout.transcriptWidth)
        scroll(by: 0, layout: layout)
    }
}
