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
    static func open(_ configuration: Configuration) -> ArchiveAccess {
        guard configuration.historyEnabled else { return .off }
        let path = configuration.databasePath ?? "~/.local/share/ollama-tui/chats.sqlite"
        guard let databasePath = configuration.databasePath else { return .unusable(.cannotCreateFolder, path: path) }
        do {
            return .open(try ChatDatabase.open(path: databasePath), path: databasePath)
        } catch {
            return .unusable(error, path: databasePath)
        }
    }

    /// The chat `reference` names (an id, or `last`) with all its messages, read before the
    /// full-screen UI starts; nil for `last` when nothing is stored yet. Exits when the chat is
    /// not there or the archive cannot be used.
    static func load(_ reference: String, from access: ArchiveAccess, strings: Strings) -> StoredChat? {
        guard case .open(let archive, let path) = access else {
            if case .unusable(let error, let path) = access {
                StandardStreams.write(strings.storageProblem(error, path: path) + "\n", to: .standardError)
            }
            exit(ExitStatus.storageFailed.rawValue)
        }
        let commands = ArchiveCommands(
            archive: archive, path: path, strings: strings, output: { _ in },
            errorOutput: { StandardStreams.write($0, to: .standardError) })
        let loaded = LoadedChat()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do throws(StorageError) {
                if let id = try await commands.resolve(reference) {
                    loaded.result = .success(try await archive.loadChat(id, tail: nil))
                } else {
                    loaded.result = .success(nil)
                }
            } catch {
                loaded.result = .failure(error)
            }
            done.signal()
        }
        done.wait()
        switch loaded.result {
        case .success(let chat?):
            return chat
        case .success(nil) where reference == "last":
            return nil
        case .success(nil), .none:
            StandardStreams.write(strings.noSuchChat(reference) + "\n", to: .standardError)
            exit(ExitStatus.usage.rawValue)
        case .failure(let error):
            StandardStreams.write(strings.storageProblem(error, path: path) + "\n", to: .standardError)
            exit(ExitStatus.storageFailed.rawValue)
        }
    }

    /// The loaded chat, handed from the loading task to the main thread (the semaphore orders it).
    private final class LoadedChat: @unchecked Sendable {
        var result: Result<StoredChat?, StorageError>?
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
