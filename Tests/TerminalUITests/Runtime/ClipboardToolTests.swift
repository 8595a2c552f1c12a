import Foundation
import Testing

@testable import TerminalUI

extension ProcessTests {
    /// Finding the clipboard program for the display, and running real ones (scripts) with the text.
    struct ClipboardToolTests {
        @Test func xclipIsChosenUnderX() {
            let folder = TemporaryFolder()
            for name in ["xclip", "xsel", "wl-copy"] { folder.script(name, "exit 0") }
            let tool = ClipboardTool.find(environment: ["PATH": folder.path, "DISPLAY": ":0"])
            #expect(
                tool
                    == ClipboardTool(
                        name: "xclip", path: folder.path + "/xclip", arguments: ["-selection", "clipboard"]))
        }

        @Test func wlCopyComesFirstUnderWayland() {
            let folder = TemporaryFolder()
            for name in ["xclip", "wl-copy"] { folder.script(name, "exit 0") }
            let both = ClipboardTool.find(environment: [
                "PATH": folder.path, "DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0",
            ])
            #expect(both?.name == "wl-copy")
            #expect(both?.arguments == [])
            let onlyX = ClipboardTool.find(environment: ["PATH": folder.path, "DISPLAY": ":0", "WAYLAND_DISPLAY": ""])
            #expect(onlyX?.name == "xclip", "an empty WAYLAND_DISPLAY names no display")
        }

        @Test func xselWhenThereIsNoXclip() {
            let folder = TemporaryFolder()
            folder.script("xsel", "exit 0")
            let tool = ClipboardTool.find(environment: ["PATH": "/nonexistent:" + folder.path, "DISPLAY": ":1"])
            #expect(
                tool == ClipboardTool(name: "xsel", path: folder.path + "/xsel", arguments: ["--clipboard", "--input"]))
        }

        @Test func noDisplayMeansNoXOrWaylandTool() {
            let folder = TemporaryFolder()
            for name in ["xclip", "xsel", "wl-copy"] { folder.script(name, "exit 0") }
            #expect(ClipboardTool.find(environment: ["PATH": folder.path]) == nil)
            #expect(ClipboardTool.find(environment: ["PATH": folder.path, "DISPLAY": ""]) == nil)
            folder.script("pbcopy", "exit 0")
            #expect(ClipboardTool.find(environment: ["PATH": folder.path])?.name == "pbcopy")
        }

        @Test func theEarlierPathEntryWins() {
            let first = TemporaryFolder()
            let second = TemporaryFolder()
            first.script("xclip", "exit 0")
            second.script("xclip", "exit 0")
            let tool = ClipboardTool.find(environment: ["PATH": first.path + ":" + second.path, "DISPLAY": ":0"])
            #expect(tool?.path == first.path + "/xclip")
        }

        @Test func filesThatCannotRunAreSkipped() {
            let folder = TemporaryFolder()
            let plain = folder.script("xclip", "exit 0")
            chmod(plain, 0o644)
            mkdir(folder.path + "/xsel", 0o755)
            let later = TemporaryFolder()
            later.script("xclip", "exit 0")
            // A relative entry is never searched: it would depend on the current directory.
            let environment = ["PATH": "relative:" + folder.path + ":" + later.path, "DISPLAY": ":0"]
            #expect(ClipboardTool.find(environment: environment)?.path == later.path + "/xclip")
            #expect(ClipboardTool.find(environment: ["PATH": folder.path, "DISPLAY": ":0"]) == nil)
        }

        @Test func theToolGetsTheTextOnStdinByteForByte() {
            let folder = TemporaryFolder()
            let tool = fakeXclip(in: folder)
            let text = "line one\nПривет 👨‍👩‍👧 \u{0}\u{1B}[31m tab\there\r\n"
            let outcome = tool.copyNow(text, environment: ["PATH": folder.path])
            #expect(outcome == .copied)
            #expect(folder.contents("copied") == Array(text.utf8))
            #expect(folder.contents("arguments") == Array("-selection clipboard\n".utf8))
        }

        @Test func aLargeTextGoesThroughThePipeWhole() async {
            let folder = TemporaryFolder()
            let tool = fakeXclip(in: folder)
            let text = String(repeating: "0123456789abcdé\n", count: 70_000)
            let outcome = await tool.copy(text, environment: [:])
            #expect(outcome == .copied)
            #expect(folder.contents("copied") == Array(text.utf8))
        }

        @Test func aFailingToolIsReportedWithItsStatus() {
            let folder = TemporaryFolder()
            folder.script("xclip", "/bin/cat > /dev/null\nexit 3")
            let tool = ClipboardTool.find(environment: ["PATH": folder.path, "DISPLAY": ":0"])
            #expect(tool?.copyNow("text", environment: [:]) == .failed(.exited(status: 3)))
        }

        @Test func aToolThatLeavesWithoutReadingDoesNotTakeTheAppWithIt() {
            let folder = TemporaryFolder()
            folder.script("xclip", "exit 0")
            let tool = ClipboardTool.find(environment: ["PATH": folder.path, "DISPLAY": ":0"])
            let outcome = tool?.copyNow(String(repeating: "x", count: 1_000_000), environment: [:])
            #expect(outcome == .copied, "EPIPE, not SIGPIPE; the tool's status says how it went")
        }

        @Test func aToolThatHangsTimesOutAndIsKilled() {
            let folder = TemporaryFolder()
            folder.script("xclip", "echo $$ > \(folder.path)/pid\n/bin/sleep 10")
            let tool = ClipboardTool.find(environment: ["PATH": folder.path, "DISPLAY": ":0"])
            #expect(tool?.copyNow("small", environment: [:], timeout: .milliseconds(500)) == .timedOut)
            let pid = folder.contents("pid").flatMap { Int32(String(decoding: $0, as: UTF8.self).filter(\.isNumber)) }
            #expect(pid.map { kill($0, 0) } == -1, "the tool was killed and reaped")
        }

        @Test func aToolThatNeverReadsALargeTextTimesOut() {
            let folder = TemporaryFolder()
            folder.script("xclip", "/bin/sleep 10")
            let tool = ClipboardTool.find(environment: ["PATH": folder.path, "DISPLAY": ":0"])
            let text = String(repeating: "y", count: 1_000_000)
            #expect(tool?.copyNow(text, environment: [:], timeout: .milliseconds(500)) == .timedOut)
        }

        @Test func aToolThatCannotStartIsReported() {
            let tool = ClipboardTool(name: "xclip", path: "/nonexistent/xclip", arguments: [])
            #expect(tool.copyNow("text", environment: [:]) == .couldNotStart(SystemError(code: ENOENT)))
        }

        /// An `xclip` that writes its stdin to `copied` and its arguments to `arguments`.
        private func fakeXclip(in folder: TemporaryFolder) -> ClipboardTool {
            folder.script("xclip", "echo \"$@\" > \(folder.path)/arguments\n/bin/cat > \(folder.path)/copied")
            return ClipboardTool(name: "xclip", path: folder.path + "/xclip", arguments: ["-selection", "clipboard"])
        }
    }

    /// A copy by every way: the terminal's sequence and the tool, and what the report says.
    @MainActor struct ClipboardTests {
        @Test func bothWaysAreUsedAndReported() async {
            let folder = TemporaryFolder()
            folder.script("xclip", "/bin/cat > \(folder.path)/copied")
            var written: [[UInt8]] = []
            let report = await Clipboard.copy("héllo 👋🏽", environment: ["PATH": folder.path, "DISPLAY": ":0"]) {
                written.append($0)
            }
            #expect(report == CopyReport(characters: 7, ways: [.terminal, .tool("xclip")], problems: []))
            #expect(written == [try? OSC52.sequence(for: "héllo 👋🏽").get()])
            #expect(folder.contents("copied") == Array("héllo 👋🏽".utf8))
        }

        @Test func withoutAToolTheTerminalAlone() async {
            let folder = TemporaryFolder()
            var written = 0
            let report = await Clipboard.copy("abc", environment: ["PATH": folder.path]) { _ in written += 1 }
            #expect(report.ways == [.terminal])
            #expect(report.problems == [.noTool])
            #expect(written == 1)
        }

        @Test func aTextTooLargeForTheTerminalStillGoesToTheTool() async {
            let folder = TemporaryFolder()
            folder.script("xclip", "/bin/cat > \(folder.path)/copied")
            let text = String(repeating: "z", count: OSC52.maximumTextBytes + 1)
            var written = 0
            let report = await Clipboard.copy(text, environment: ["PATH": folder.path, "DISPLAY": ":0"]) { _ in
                written += 1
            }
            #expect(written == 0)
            #expect(report.ways == [.tool("xclip")])
            #expect(report.problems == [.tooLargeForTerminal(bytes: text.utf8.count, limit: OSC52.maximumTextBytes)])
            #expect(report.copied)
        }

        @Test func aFailedToolIsAProblemNotAWay() async {
            let folder = TemporaryFolder()
            folder.script("xsel", "exit 1")
            let text = String(repeating: "z", count: OSC52.maximumTextBytes + 1)
            let report = await Clipboard.copy(text, environment: ["PATH": folder.path, "DISPLAY": ":0"]) { _ in }
            #expect(!report.copied)
            #expect(report.problems.last == .tool(name: "xsel", .failed(.exited(status: 1))))
        }
    }
}
