import Foundation
import Testing

@testable import TerminalUI

/// Saving to a file the user typed: new, existing, replaced, and the ways it fails.
struct FileExportTests {
    @Test func aNewFileIsWrittenWithMode0644() {
        let folder = TemporaryFolder()
        let text = "# Answer\n\nПривет 👋🏽\n"
        let previous = umask(0o022)
        defer { umask(previous) }
        let result = FileExport.save(text, to: folder.path + "/answer.md", overwrite: false, environment: [:])
        #expect(result == .success(folder.path + "/answer.md"))
        #expect(folder.contents("answer.md") == Array(text.utf8))
        var info = stat()
        stat(folder.path + "/answer.md", &info)
        #expect(info.st_mode & 0o777 == 0o644)
    }

    @Test func anExistingFileIsRefusedThenReplacedWhenAsked() {
        let folder = TemporaryFolder()
        let path = folder.path + "/notes.txt"
        _ = FileManager.default.createFile(atPath: path, contents: Data("an old and longer text".utf8))
        let refused = FileExport.save("new", to: path, overwrite: false, environment: [:])
        #expect(refused == .failure(.init(kind: .exists, path: path, error: SystemError(code: EEXIST))))
        #expect(folder.contents("notes.txt") == Array("an old and longer text".utf8), "left as it was")
        let replaced = FileExport.save("new", to: path, overwrite: true, environment: [:])
        #expect(replaced == .success(path))
        #expect(folder.contents("notes.txt") == Array("new".utf8))
    }

    @Test func aMissingDirectoryIsReported() {
        let folder = TemporaryFolder()
        let path = folder.path + "/no/such/dir/file.md"
        let result = FileExport.save("x", to: path, overwrite: false, environment: [:])
        #expect(result == .failure(.init(kind: .directoryMissing, path: path, error: SystemError(code: ENOENT))))
        _ = FileManager.default.createFile(atPath: folder.path + "/plain", contents: Data())
        let underFile = FileExport.save("x", to: folder.path + "/plain/file.md", overwrite: true, environment: [:])
        #expect((try? underFile.get()) == nil)
        if case .failure(let failure) = underFile { #expect(failure.kind == .directoryMissing) }
    }

    @Test func aDirectoryIsNotAFile() {
        let folder = TemporaryFolder()
        mkdir(folder.path + "/sub", 0o755)
        for overwrite in [false, true] {
            let result = FileExport.save("x", to: folder.path + "/sub", overwrite: overwrite, environment: [:])
            if case .failure(let failure) = result {
                #expect(failure.kind == .isDirectory, "overwrite: \(overwrite)")
            } else {
                Issue.record("saved over a directory (overwrite: \(overwrite))")
            }
        }
    }

    /// Checked on the error's number: the tests may run as root, whom no directory refuses.
    @Test func refusedPermissionIsReportedAsSuch() {
        for code in [EACCES, EPERM] {
            #expect(FileExport.kind(of: SystemError(code: code), path: "/x") == .permissionDenied)
        }
        #expect(FileExport.kind(of: SystemError(code: ENOENT), path: "/x") == .directoryMissing)
    }

    @Test func aTildeIsTheHomeDirectory() {
        let folder = TemporaryFolder()
        let result = FileExport.save("home", to: "  ~/saved.md ", overwrite: false, environment: ["HOME": folder.path])
        #expect(result == .success(folder.path + "/saved.md"))
        #expect(folder.contents("saved.md") == Array("home".utf8))
        #expect(FileExport.resolve("~", environment: ["HOME": "/home/u"]) == "/home/u")
        #expect(FileExport.resolve("~user/x", environment: ["HOME": "/home/u"])?.hasSuffix("/~user/x") == true)
    }

    @Test func aRelativePathIsTakenFromTheCurrentDirectory() {
        let here = FileManager.default.currentDirectoryPath
        #expect(FileExport.resolve("out/a.md", environment: [:]) == here + "/out/a.md")
        #expect(FileExport.resolve("/abs/a.md", environment: [:]) == "/abs/a.md")
    }

    @Test func nothingTypedIsNoPath() {
        #expect(
            FileExport.save("x", to: "   ", overwrite: false, environment: [:])
                == .failure(.init(kind: .noPath, path: "   ", error: nil)))
    }
}
