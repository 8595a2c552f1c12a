/// Headless answers saved as chats, and `--continue` / `--resume` with a prompt.
extension HeadlessChat {
    /// Answers `prompt` and saves the turn. With `continuing` (a chat id, or `last`), the
    /// chat's history is sent first and the turn is added to it, with the chat's model unless
    /// `flagModel` names one; otherwise `model` as `answer(prompt:model:)` takes it. A new chat
    /// is sent with `settings`, a continued one with its own settings and `flags` over them.
    public func answer(
        prompt: String, flagModel: String?, model: String?, settings: ChatSettings = ChatSettings(),
        flags: ChatSettingsPatch = ChatSettingsPatch(), archive: ArchiveAccess, continuing: String?
    ) async -> ExitStatus {
        switch archive {
        case .off:
            return await answer(prompt: prompt, model: flagModel ?? model, settings: settings)
        case .unusable(let error, let path):
            errorOutput(strings.storageProblem(error, path: path) + "\n")
            // Without its history the chat cannot be continued.
            guard continuing == nil else { return .storageFailed }
            let status = await answer(prompt: prompt, model: flagModel ?? model, settings: settings)
            return status == .success ? .storageFailed : status
        case .open(let archive, let path):
            var history = SessionHistory()
            var chat: ChatID?
            var chosenModel = flagModel ?? model
            var chosenSettings = settings
            if let continuing {
                let commands = ArchiveCommands(
                    archive: archive, path: path, strings: strings, output: output, errorOutput: errorOutput)
                do throws(StorageError) {
                    var stored: StoredChat?
                    if let id = try await commands.resolve(continuing) {
                        stored = try await archive.loadChat(id, tail: nil)
                    }
                    if let stored {
                        history = stored.history
                        chat = stored.summary.id
                        chosenModel = flagModel ?? stored.summary.model ?? model
                        chosenSettings = flags.applied(to: stored.settings)
                    } else if continuing != "last" {
                        errorOutput(strings.noSuchChat(continuing) + "\n")
                        return .usage
                    }
                } catch {
                    errorOutput(strings.storageProblem(error, path: path) + "\n")
                    return .storageFailed
                }
            }
            let recorder = ChatRecorder(archive: archive, chat: chat)
            let status = await answer(
                prompt: prompt, model: chosenModel, history: history, settings: chosenSettings, recorder: recorder)
            guard let failure = await recorder.finish().failure else { return status }
            errorOutput(strings.storageProblem(failure, path: path) + "\n")
            return status == .success ? .storageFailed : status
        }
    }
}
