import ChatCore

/// Keys of the model overlays: the details, a download, and the question before a delete.
extension AppState {
    mutating func handleDetailsKey(_ key: KeyEvent, panel: ModelDetailsPanel, now: Moment) -> [Effect] {
        switch KeyBindings.action(for: key, in: .modelDetails) {
        case .close:
            overlay = panel.returnTo.map { .picker($0) }
            return []
        case .help:
            // Help returns to the picker the details were opened from.
            overlay = .help(HelpPanel(returnTo: panel.returnTo))
            return []
        case let action?:
            return performAnywhere(action, now: now) ?? []
        case nil:
            return []
        }
    }

    /// While the download runs only Esc (cancel) and quitting work: the overlay is its only view.
    mutating func handlePullKey(_ key: KeyEvent, panel: PullPanel, now: Moment) -> [Effect] {
        var panel = panel
        switch KeyBindings.action(for: key, in: .pull) {
        case .close where panel.outcome == .running:
            panel.outcome = .cancelled
            overlay = .pull(panel)
            return [.cancelPull]
        case .close:
            overlay = panel.returnTo.map { .picker($0) }
            return []
        case let action? where [.interrupt, .quit, .suspend].contains(action):
            return (action == .suspend ? [] : [.cancelPull]) + (performAnywhere(action, now: now) ?? [])
        default:
            return []
        }
    }

    mutating func handleDeleteModelKey(_ key: KeyEvent, deletion: ModelDeletion) -> [Effect] {
        var open = deletion.returnTo
        guard KeyBindings.action(for: key, in: .confirm) == .choose else {
            overlay = .picker(open)
            return []
        }
        open.note = strings.deletingModel(deletion.model.name)
        overlay = .picker(open)
        return [.deleteModel(deletion.model.name)]
    }
}
