import ChatCore
import OllamaKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the headless mode to completion and exits with its status.
enum HeadlessMode {
    /// `flagModel` is `--model`; `continuing` the chat to continue (an id, or `last`).
    static func run(
        configuration: Configuration, prompt: String?, listModels: Bool, flagModel: String? = nil,
        continuing: String? = nil
    ) -> Never {
        let client = OllamaClient(configuration: configuration.clientConfiguration())
        let stopRequest = StopRequest()
        let chat = HeadlessChat(
            client: client,
            strings: Strings(configuration.language),
            output: { StandardStreams.write($0, to: .standardOutput) },
            errorOutput: { StandardStreams.write($0, to: .standardError) },
            stopRequest: stopRequest
        )
        let archive: ArchiveAccess = listModels ? .off : ArchiveMode.open(configuration)
        let task = Task {
            let status =
                listModels
                ? await chat.listModels()
                : await chat.answer(
                    prompt: prompt ?? "", flagModel: flagModel, model: configuration.model,
                    settings: configuration.chatDefaults, flags: configuration.chatFlags, archive: archive,
                    continuing: continuing)
            await client.shutdown()
            exit(status.rawValue)
        }
        StopOnSignal.wait(for: task, stopRequest: stopRequest)
    }
}
