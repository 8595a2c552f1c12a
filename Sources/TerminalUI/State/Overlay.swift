/// The one popup over the screen. It takes the keys first (its context's rows of the key table,
/// then the global ones) and is drawn last; settings, the chat list, search and confirmations
/// become cases here.
enum Overlay: Sendable {
    case picker(ModelPicker)
    case help(HelpPanel)
    /// F2 on a session of several turns asks first.
    case confirmClear(turns: Int)
    /// Select mode: a message or code block highlighted in the transcript (nothing drawn on top).
    case select(TranscriptItem)
    /// Asking where to save the selected text.
    case savePrompt(SavePrompt)
    /// The file exists: overwrite it?
    case confirmOverwrite(SavePrompt)
    /// F4: the stored chats, searched by typing.
    case chatList(ChatListPanel)
    /// Ctrl-R: finding words in the open chat (drawn in place of the input line).
    case find(FindBar)
    /// F7: the chat's system prompt, options and think mode.
    case settings(SettingsPanel)
    /// A model's facts (Tab in the picker, `/show info`).
    case modelDetails(ModelDetailsPanel)
    /// A model being downloaded.
    case pull(PullPanel)
    /// Delete in the picker asks first.
    case confirmDeleteModel(ModelDeletion)
}

/// Saving the selected text: the path being typed, and the item to go back to.
struct SavePrompt: Sendable {
    var path = LineEditor()
    let text: String
    let item: TranscriptItem
}

/// The help overlay's state: how far it is scrolled, and the picker to go back to when help was
/// opened over it.
struct HelpPanel: Sendable {
    var offset = 0
    var returnTo: ModelPicker?

    /// Scrolls by `delta` rows, within the rows there are to show in `visible` rows.
    mutating func scroll(by delta: Int, total: Int, visible: Int) {
        offset = min(max(0, offset + delta), max(0, total - visible))
    }
}
