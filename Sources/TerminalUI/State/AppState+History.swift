import ChatCore

/// The saved chat: a reopened one drawn from its history, and what the status bar says about saving.
extension AppState {
    /// Opens with `chat`'s history on screen; the next message continues it.
    mutating func resume(_ chat: StoredChat) {
        session = ChatSession(model: session.model, history: chat.history, settings: chat.settings)
        transcript = Transcript(history: history, notices: screenNotices, strings: strings)
        followBottom()
    }

    /// Saving failed: said once in the transcript, and in the status bar from then on.
    mutating func historyFailed(_ message: String) -> [Effect] {
        historyMark = strings.historyFailed
        addNotice(.error, message)
        return []
    }
}
