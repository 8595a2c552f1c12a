#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// An image sent with a prompt to a vision model: its file's name, its size, and its bytes in
/// base64 as `/api/chat` takes them in a message's `images`.
public struct ImageAttachment: Sendable, Equatable, Codable {
    /// The file's last path component, as the transcript shows it.
    public var name: String
    public var byteCount: Int
    public var base64: String

    public init(name: String, byteCount: Int, base64: String) {
        self.name = name
        self.byteCount = byteCount
        self.base64 = base64
    }

    /// The largest file attached (Ollama itself takes larger ones; a prompt of 27 MB of base64
    /// is already slow to send and to store).
    public static let maxBytes = 20_000_000

    /// The file endings offered as images, as `ollama run` offers them.
    public static let fileExtensions = ["png", "jpg", "jpeg", "webp"]

    /// Why a file cannot be attached.
    public enum Problem: Error, Sendable, Equatable {
        case missing(path: String)
        case unreadable(path: String)
        case tooLarge(path: String, bytes: Int)
        case notAnImage(path: String)
    }

    /// Reads the image at `path` (a leading `~/` is the home folder): a PNG, JPEG or WebP file
    /// of at most `maxBytes`, recognised by its first bytes, not by its name.
    public static func load(path: String, home: String?) -> Result<ImageAttachment, Problem> {
        let resolved = expand(path, home: home)
        var status = stat()
        guard stat(resolved, &status) == 0 else {
            return .failure(errno == EACCES ? .unreadable(path: path) : .missing(path: path))
        }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notAnImage(path: path)) }
        guard status.st_size <= maxBytes else { return .failure(.tooLarge(path: path, bytes: Int(status.st_size))) }
        guard let data = FileManager.default.contents(atPath: resolved) else {
            return .failure(.unreadable(path: path))
        }
        guard data.count <= maxBytes else { return .failure(.tooLarge(path: path, bytes: data.count)) }
        guard isImage(data) else { return .failure(.notAnImage(path: path)) }
        let name = resolved.split(separator: "/").last.map(String.init) ?? resolved
        return .success(ImageAttachment(name: name, byteCount: data.count, base64: data.base64EncodedString()))
    }

    /// PNG, JPEG or WebP, by the signature at the file's start.
    static func isImage(_ data: Data) -> Bool {
        let head = [UInt8](data.prefix(12))
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        if head.starts(with: png) { return true }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return true }
        return head.count == 12 && head[0..<4].elementsEqual("RIFF".utf8) && head[8..<12].elementsEqual("WEBP".utf8)
    }

    static func expand(_ path: String, home: String?) -> String {
        guard path.hasPrefix("~/"), let home, !home.isEmpty else { return path }
        return home + path.dropFirst()
    }
}
