import ChatCore
import ChatStore
import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Opens the chat archive, and runs the flags that only read or write it, then exits.
enum ArchiveMode {
    /// The archive for this run: off, unusable (why), or open.
    static func open(_ configuration: Configuration) -> HeadlessChat.Archive {
        guard configuration.historyEnabled else { return .off }
        let path = configuration.databasePath ?? "~/.local/share/ollama-tui/chats.sqlite"
        guard let databasePath = configuration.databasePath else { return .unusable(.cannotCreateFolder, path: path) }
        do {
            return .open(try ChatDatabase.open(path: databasePath), path: databasePath)
        } catch {
            return .unusable(error, path: databasePath)
        }
    }

    /// Runs --list-chats, --export or --import to completion and exits with its status.
    static func run(_ options: CommandLineOptions, configuration: Configuration) -> Never {
        let strings = Strings(configuration.language)
        let commands: ArchiveCommands
        switch open(configuration) {
        case .off:
            StandardStreams.write("ollama-tui: \(strings.needsHistory)\n", to: .standardError)
            exit(ExitStatus.usage.rawValue)
        case .unusable(let error, let path):
            StandardStreams.write(strings.storageProblem(error, path: path) + "\n", to: .standardError)
            exit(ExitStatus.storageFailed.rawValue)
        case .open(let archive, let path):
            commands = ArchiveCommands(
                archive: archive, path: path, strings: strings,
                output: { StandardStreams.write($0, to: .standardOutput) },
                errorOutput: { StandardStreams.write($0, to: .standardError) })
        }
        Task {
            let status: ExitStatus
            if let file = options.importFile {
                status = await commands.importChat(from: file)
            } else if let reference = options.export {
                status = await commands.export(reference, format: options.format)
            } else {
                status = await commands.listChats()
            }
            exit(status.rawValue)
        }
        dispatchMain()
    }
}
