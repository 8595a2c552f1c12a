/// The state of `ChatRecorder`'s writes: which chat, where the prompt and answer went. It runs
/// the steps in order on the recorder's one task.
struct RecordingWriter {
    let archive: any ChatArchive
    private(set) var chat: ChatID?
    private(set) var failure: StorageError?
    private var promptPosition: Int?
    private var answerPosition: Int?
    /// The settings a chat made here starts with.
    private var settings = ChatSettings()

    init(archive: any ChatArchive, chat: ChatID?) {
        self.archive = archive
        self.chat = chat
    }

    /// Runs `step`; returns the failure when this step was the first to fail.
    mutating func apply(_ step: RecordingStep) async -> StorageError? {
        guard failure == nil else { return nil }
        do {
            try await run(step)
            return nil
        } catch {
            failure = error
            return error
        }
    }

    private mutating func run(_ step: RecordingStep) async throws(StorageError) {
        switch step {
        case .prompt(let entry):
            let chat = try await chatForPrompt(entry)
            promptPosition = try await archive.append(entry, to: chat)
            answerPosition = nil
        case .answer(let entry, let ended):
            guard let chat else { return }
            if let answerPosition {
                try await archive.update(entry, at: answerPosition, in: chat, streaming: !ended)
            } else {
                answerPosition = try await archive.append(entry, to: chat, streaming: !ended)
            }
            if ended { answerPosition = nil }
        case .withdraw:
            guard let chat, let promptPosition else { return }
            try await archive.removeMessages(from: promptPosition, in: chat)
            if promptPosition == 0 {
                try await archive.delete(chat)
                self.chat = nil
            }
            self.promptPosition = nil
            answerPosition = nil
        case .shorten(let count):
            guard let chat else { return }
            try await archive.removeMessages(from: count, in: chat)
            if count == 0 {
                try await archive.delete(chat)
                self.chat = nil
            }
            promptPosition = promptPosition.flatMap { $0 < count ? $0 : nil }
            answerPosition = nil
        case .continueChat(let id):
            chat = id
            promptPosition = nil
            answerPosition = nil
        case .forget(let id):
            guard chat == id else { return }
            chat = nil
            promptPosition = nil
            answerPosition = nil
        case .newChat:
            chat = nil
            promptPosition = nil
            answerPosition = nil
        case .settings(let changed):
            settings = changed
            guard let chat else { return }
            try await archive.saveSettings(changed, of: chat)
        }
    }

    private mutating func chatForPrompt(_ entry: SessionHistory.Entry) async throws(StorageError) -> ChatID {
        if let chat { return chat }
        let created = try await archive.createChat(
            title: ChatTitle.from(prompt: entry.content), model: entry.model, settings: settings,
            createdAt: entry.createdAt)
        chat = created
        return created
    }
}
