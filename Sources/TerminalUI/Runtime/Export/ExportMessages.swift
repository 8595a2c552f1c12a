import ChatCore

/// The status bar's sentence for a copy: what took the text, else why nothing did.
extension CopyReport {
    func message(_ strings: Strings) -> String {
        guard copied else {
            return strings.notCopied(
                problems.map { problem in
                    switch problem {
                    case .tooLargeForTerminal(let bytes, let limit):
                        strings.tooLongForTerminal(bytes: bytes, limit: limit)
                    case .noTool: strings.noClipboardTool
                    case .tool(let name, let outcome): Self.reason(name, outcome, strings)
                    }
                })
        }
        let names = ways.map { way in
            switch way {
            case .terminal: strings.copyWayTerminal
            case .tool(let name): name
            }
        }
        // A way that worked is enough; a program that failed as well is said after it.
        let failedTools = problems.compactMap { problem -> String? in
            guard case .tool(let name, let outcome) = problem else { return nil }
            return Self.reason(name, outcome, strings)
        }
        return ([strings.copied(characters: characters, ways: names)] + failedTools).joined(separator: "; ")
    }

    private static func reason(_ tool: String, _ outcome: ClipboardTool.Outcome, _ strings: Strings) -> String {
        switch outcome {
        case .copied: tool  // a success is a way, never a problem
        case .failed(.exited(let status)): strings.clipboardToolFailed(tool, status: status)
        case .failed(.signalled(let signal)): strings.clipboardToolKilled(tool, signal: signal)
        case .timedOut: strings.clipboardToolTimedOut(tool)
        case .couldNotStart(let error): strings.clipboardToolCouldNotStart(tool, error.description)
        }
    }
}

/// The status bar's sentence for a save that failed (`exists` is for a question instead).
extension FileExport.Failure {
    func message(_ strings: Strings) -> String {
        switch kind {
        case .noPath: strings.noFileName
        case .exists: strings.fileExists(path)
        case .directoryMissing: strings.directoryMissing(path)
        case .permissionDenied: strings.permissionDenied(path)
        case .isDirectory: strings.isDirectory(path)
        case .other: strings.couldNotSave(path, error?.description ?? "")
        }
    }
}

/// The status bar's sentence after the editor, nil when it ended normally.
extension ExternalEditor.Outcome {
    func message(_ strings: Strings) -> String? {
        switch self {
        case .closed(.exited(status: 0)): nil
        case .closed(.exited(let status)): strings.editorFailed(status: status)
        case .closed(.signalled(let signal)): strings.editorKilled(signal: signal)
        case .couldNotStart(let error): strings.editorCouldNotStart(error.description)
        case .couldNotCreateFile(let directory, let error): strings.temporaryFileFailed(directory, error.description)
        }
    }
}
