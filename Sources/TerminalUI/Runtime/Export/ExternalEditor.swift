#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Shows text in the user's editor: a read-only copy in a fresh temporary file, opened with
/// `$VISUAL`, else `$EDITOR`, else `vi`, in the terminal's foreground; the file is deleted after.
enum ExternalEditor {
    /// How it went.
    enum Outcome: Equatable, Sendable {
        /// The editor ran and ended; `.exited(status: 127)` is the shell's "command not found".
        case closed(ChildProcess.Exit)
        case couldNotCreateFile(directory: String, SystemError)
        case couldNotStart(SystemError)
    }

    /// The editor's command line, as the user wrote it (it may hold arguments: `code -w`).
    static func command(environment: [String: String]) -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name], value.contains(where: { !$0.isWhitespace }) { return value }
        }
        return "vi"
    }

    /// Writes `text` to a temporary file ending in `fileExtension` (".md", "py"), runs the
    /// editor on it inside `handOver` and waits for it, then deletes the file. Blocks the
    /// calling thread, the terminal's owner, until the editor ends. Pass `terminal.handOver`,
    /// which gives the terminal back as the shell left it while the editor runs and takes it
    /// again after (the caller then redraws everything, as after Ctrl-Z). `environment` is the
    /// editor's whole environment; its `TMPDIR` chooses the directory (else /tmp).
    @MainActor static func show(
        _ text: String, fileExtension: String, environment: [String: String],
        handOver: @MainActor (() -> Outcome) -> Outcome
    ) -> Outcome {
        let directory = temporaryDirectory(environment: environment)
        let path: String
        switch TemporaryCopy.create(text, in: directory, suffix: suffix(fileExtension)) {
        case .success(let created): path = created
        case .failure(let error): return .couldNotCreateFile(directory: directory, error)
        }
        defer { unlink(path) }
        let script = command(environment: environment) + " \"$1\""
        return handOver {
            switch ForegroundJob.run(path: "/bin/sh", arguments: ["-c", script, "sh", path], environment: environment) {
            case .success(let exit): .closed(exit)
            case .failure(let error): .couldNotStart(error)
            }
        }
    }

    /// A dot and up to 16 letters, digits, `_`, `+` or `-` of the one given; nothing else.
    static func suffix(_ fileExtension: String) -> String {
        let name = fileExtension.hasPrefix(".") ? fileExtension.dropFirst() : Substring(fileExtension)
        let allowed = name.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_+-".unicodeScalars.contains($0))
        }
        guard allowed, !name.isEmpty, name.count <= 16 else { return "" }
        return "." + name
    }

    private static func temporaryDirectory(environment: [String: String]) -> String {
        var directory = environment["TMPDIR"] ?? ""
        while directory.count > 1 && directory.hasSuffix("/") { directory.removeLast() }
        return directory.isEmpty ? "/tmp" : directory
    }
}

/// The read-only temporary file an editor is shown.
private enum TemporaryCopy {
    /// A new file `ollama-tui-XXXXXX<suffix>` in `directory` holding `text`, mode 0400.
    static func create(_ text: String, in directory: String, suffix: String) -> Result<String, SystemError> {
        var template = Array((directory + "/ollama-tui-XXXXXX" + suffix).utf8CString)
        let descriptor = mkstemps(&template, Int32(suffix.utf8.count))
        guard descriptor >= 0 else { return .failure(.current) }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: SystemError?
        Array(text.utf8).withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else {
                    failure = written < 0 ? .current : SystemError(code: EIO)
                    return
                }
                offset += written
            }
        }
        if failure == nil && fchmod(descriptor, 0o400) != 0 { failure = .current }
        if close(descriptor) != 0 && failure == nil { failure = .current }
        if let failure {
            unlink(path)
            return .failure(failure)
        }
        return .success(path)
    }
}
