#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Saves text to a file the user named: `~` is the home directory, a relative path is taken
/// from the current directory, and an existing file is replaced only when the caller says so.
enum FileExport {
    /// Why nothing (or not all) was saved, with the resolved path and the system's error.
    struct Failure: Error, Equatable, Sendable {
        /// What went wrong, for the UI to phrase.
        enum Kind: Equatable, Sendable {
            /// No path was typed.
            case noPath
            /// The file exists and `overwrite` was not set: ask, then save again with it.
            case exists
            /// A directory on the way does not exist, or is a file.
            case directoryMissing
            case permissionDenied
            case isDirectory
            /// Opening or writing failed otherwise (full disk, read-only file system…).
            case other
        }

        let kind: Kind
        let path: String
        let error: SystemError?
    }

    /// Writes `text` to the file `typed` names and returns the absolute path written. A new
    /// file is created exclusively (mode 0644, less the umask), so a file that appears meanwhile
    /// is never replaced unasked; with `overwrite`, an existing file is truncated and rewritten.
    static func save(
        _ text: String, to typed: String, overwrite: Bool, environment: [String: String]
    ) -> Result<String, Failure> {
        guard let path = resolve(typed, environment: environment) else {
            return .failure(Failure(kind: .noPath, path: typed, error: nil))
        }
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (overwrite ? O_TRUNC : O_EXCL)
        let descriptor = open(path, flags, mode_t(0o644))
        guard descriptor >= 0 else {
            let error = SystemError.current
            return .failure(Failure(kind: kind(of: error, path: path), path: path, error: error))
        }
        let written = writeAll(Array(text.utf8), to: descriptor)
        let closed = close(descriptor) == 0 ? nil : SystemError.current
        if let error = written ?? closed {
            return .failure(Failure(kind: kind(of: error, path: path), path: path, error: error))
        }
        return .success(path)
    }

    /// The absolute path for what was typed (surrounding blanks dropped), or nil for nothing.
    /// Only `~` and `~/…` are expanded (not `~user`).
    static func resolve(_ typed: String, environment: [String: String]) -> String? {
        guard let first = typed.firstIndex(where: { !$0.isWhitespace }),
            let last = typed.lastIndex(where: { !$0.isWhitespace })
        else { return nil }
        var path = String(typed[first...last])
        if path == "~" || path.hasPrefix("~/") {
            path = homeDirectory(environment: environment) + path.dropFirst()
        }
        if !path.hasPrefix("/") {
            path = currentDirectory() + "/" + path
        }
        return path
    }

    /// `HOME`, else the user database's entry.
    private static func homeDirectory(environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return "/" }
        return String(cString: directory)
    }

    private static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func kind(of error: SystemError, path: String) -> Failure.Kind {
        switch error.code {
        case EEXIST:
            var info = stat()
            return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR ? .isDirectory : .exists
        case ENOENT, ENOTDIR: return .directoryMissing
        case EACCES, EPERM: return .permissionDenied
        case EISDIR: return .isDirectory
        default: return .other
        }
    }

    /// Nil when all was written, else the error that stopped it.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> SystemError? {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return written < 0 ? SystemError.current : SystemError(code: EIO) }
                offset += written
            }
            return nil
        }
    }
}
