import Foundation

/// A fresh directory for one test, removed with everything in it when the value goes away.
final class TemporaryFolder {
    let path: String

    init() {
        var template = Array((NSTemporaryDirectory() + "/ollama-tui-test-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { $0.baseAddress.flatMap { mkdtemp($0) } }
        path = made.map { String(cString: $0) } ?? NSTemporaryDirectory()
    }

    deinit {
        chmodTree(path)
        try? FileManager.default.removeItem(atPath: path)
    }

    /// An executable `/bin/sh` script named `name` here, with `body` after the shebang line.
    @discardableResult
    func script(_ name: String, _ body: String) -> String {
        let file = path + "/" + name
        // Close-on-exec, so a program another test starts meanwhile does not keep it open for writing.
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        let bytes = Array(("#!/bin/sh\n" + body + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        chmod(file, 0o755)
        return file
    }

    /// The bytes of the file `name` here, nil when there is none.
    func contents(_ name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path + "/" + name).map { Array($0) }
    }

    /// Makes what a test locked (mode 0500 directories) removable again.
    private func chmodTree(_ root: String) {
        chmod(root, 0o755)
        for entry in (try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? [] {
            chmod(root + "/" + entry, 0o755)
        }
    }
}
