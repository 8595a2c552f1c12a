import Foundation
import Testing

@testable import TerminalUI

extension ProcessTests {
    /// Showing text in the user's editor: real editors (scripts) that record what they were shown.
    @MainActor struct ExternalEditorTests {
        /// An editor that copies the file it is given to `seen`, and records its path and mode.
        private func recordingEditor(in folder: TemporaryFolder) -> String {
            folder.script(
                "editor",
                """
                /bin/cp "$1" \(folder.path)/seen
                echo "$1" > \(folder.path)/path
                /usr/bin/stat -c %a "$1" > \(folder.path)/mode
                echo "$#" > \(folder.path)/count
                """)
        }

        private func line(_ folder: TemporaryFolder, _ name: String) -> String? {
            folder.contents(name).map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .newlines) }
        }

        @Test func theEditorSeesAReadOnlyCopyThatIsGoneAfter() {
            let folder = TemporaryFolder()
            let files = TemporaryFolder()
            let editor = recordingEditor(in: folder)
            let text = "def f():\n    return \"👋🏽\"\n"
            var handedOver = 0
            let outcome = ExternalEditor.show(
                text, fileExtension: ".py", environment: ["EDITOR": editor, "TMPDIR": files.path + "/"]
            ) { body in
                handedOver += 1
                return body()
            }
            #expect(outcome == .closed(.exited(status: 0)))
            #expect(handedOver == 1)
            #expect(folder.contents("seen") == Array(text.utf8))
            #expect(line(folder, "mode") == "400")
            #expect(line(folder, "count") == "1")
            let path = line(folder, "path") ?? ""
            #expect(path.hasPrefix(files.path + "/ollama-tui-"))
            #expect(path.hasSuffix(".py"))
            #expect(access(path, F_OK) != 0, "the temporary file is deleted")
            #expect((try? FileManager.default.contentsOfDirectory(atPath: files.path)) == [])
        }

        @Test func visualComesBeforeEditorAndArgumentsAreKept() {
            let folder = TemporaryFolder()
            folder.script("visual", "echo \"$@\" > \(folder.path)/arguments")
            let environment = [
                "VISUAL": folder.path + "/visual --wait -n", "EDITOR": "/nonexistent", "TMPDIR": folder.path,
            ]
            let outcome = ExternalEditor.show("x", fileExtension: "md", environment: environment) { $0() }
            #expect(outcome == .closed(.exited(status: 0)))
            let arguments = line(folder, "arguments") ?? ""
            #expect(arguments.hasPrefix("--wait -n " + folder.path + "/ollama-tui-"))
            #expect(arguments.hasSuffix(".md"))
        }

        @Test func theCommandFallsBackToVi() {
            #expect(ExternalEditor.command(environment: [:]) == "vi")
            #expect(ExternalEditor.command(environment: ["VISUAL": " ", "EDITOR": "nano"]) == "nano")
            #expect(ExternalEditor.command(environment: ["VISUAL": "code -w", "EDITOR": "nano"]) == "code -w")
        }

        @Test func anEditorThatIsNotThereIsTheShellsStatus() {
            let folder = TemporaryFolder()
            let outcome = ExternalEditor.show(
                "x", fileExtension: "", environment: ["EDITOR": "/nonexistent/editor", "TMPDIR": folder.path]
            ) { $0() }
            #expect(outcome == .closed(.exited(status: 127)))
            #expect((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) == [])
        }

        @Test func anEditorKilledByASignalIsReported() {
            let folder = TemporaryFolder()
            let editor = folder.script("editor", "kill -TERM $$")
            let outcome = ExternalEditor.show(
                "x", fileExtension: "", environment: ["EDITOR": editor, "TMPDIR": folder.path]
            ) {
                $0()
            }
            // The shell either runs the editor as its child and reports 128 + the signal, or execs it.
            #expect(outcome == .closed(.exited(status: 128 + SIGTERM)) || outcome == .closed(.signalled(SIGTERM)))
        }

        @Test func aMissingTemporaryDirectoryIsReported() {
            let outcome = ExternalEditor.show("x", fileExtension: "md", environment: ["TMPDIR": "/nonexistent/tmp"]) {
                _ in
                Issue.record("the terminal was handed over with no file to show")
                return .closed(.exited(status: 0))
            }
            #expect(outcome == .couldNotCreateFile(directory: "/nonexistent/tmp", SystemError(code: ENOENT)))
        }

        @Test func onlyPlainExtensionsAreKept() {
            #expect(ExternalEditor.suffix(".md") == ".md")
            #expect(ExternalEditor.suffix("py") == ".py")
            #expect(ExternalEditor.suffix("c++") == ".c++")
            #expect(ExternalEditor.suffix("") == "")
            #expect(ExternalEditor.suffix("../x") == "")
            #expect(ExternalEditor.suffix("m d") == "")
            #expect(ExternalEditor.suffix(".$(rm)") == "")
        }
    }
}
