#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The command-line uses of the archive: `--list-chats`, `--export`, `--import`. Each writes its
/// result to `output`, any problem to `errorOutput`, and returns the exit status.
public struct ArchiveCommands: Sendable {
    /// What `--export` writes.
    public enum Format: String, Sendable, CaseIterable {
        case markdown = "md"
        case json
    }

    public let archive: any ChatArchive
    /// The database's path, for messages.
    public let path: String
    public let strings: Strings
    public let output: @Sendable (String) -> Void
    public let errorOutput: @Sendable (String) -> Void

    public init(
        archive: any ChatArchive, path: String, strings: Strings, output: @escaping @Sendable (String) -> Void,
        errorOutput: @escaping @Sendable (String) -> Void
    ) {
        self.archive = archive
        self.path = path
        self.strings = strings
        self.output = output
        self.errorOutput = errorOutput
    }

    /// Every chat, newest first, one a line (`ChatListing`).
    public func listChats() async -> ExitStatus {
        do throws(StorageError) {
            let pageSize = 1000
            var offset = 0
            while true {
                let page = try await archive.listChats(limit: pageSize, offset: offset)
                output(page.map { ChatListing.line($0) + "\n" }.joined())
                guard page.count == pageSize else { return .success }
                offset += pageSize
            }
        } catch {
            return fail(error)
        }
    }

    /// The chat `reference` names (its id, or `last`) in `format`.
    public func export(_ reference: String, format: Format) async -> ExitStatus {
        do throws(StorageError) {
            guard let id = try await resolve(reference), let chat = try await archive.loadChat(id, tail: nil) else {
                errorOutput(strings.noSuchChat(reference) + "\n")
                return .usage
            }
            switch format {
            case .markdown: output(ChatMarkdown.render(chat, strings: strings))
            case .json:
                guard let json = try? ChatExport(chat).json() else { return fail(.failed(code: -1)) }
                output(json)
            }
            return .success
        } catch {
            return fail(error)
        }
    }

    /// Stores the chat in the export at `file`; a file that is not one stores nothing.
    public func importChat(from file: String) async -> ExitStatus {
        let export: ChatExport
        do throws(ImportProblem) {
            guard let data = FileManager.default.contents(atPath: file) else { throw .unreadable }
            export = try ChatExport.read(data)
        } catch {
            errorOutput(strings.importProblem(error, path: file) + "\n")
            return .usage
        }
        do throws(StorageError) {
            let id = try await archive.importChat(
                title: export.title, model: export.model, settings: export.settings, createdAt: export.createdAt,
                updatedAt: export.updatedAt, history: export.history)
            output(strings.imported(id, messages: export.history.count) + "\n")
            return .success
        } catch {
            return fail(error)
        }
    }

    /// The chat `reference` names: `last` is the newest, else a number.
    public func resolve(_ reference: String) async throws(StorageError) -> ChatID? {
        if reference == "last" { return try await archive.newestChat() }
        return ChatID(reference)
    }

    private func fail(_ error: StorageError) -> ExitStatus {
        errorOutput(strings.storageProblem(error, path: path) + "\n")
        return .storageFailed
    }
}
