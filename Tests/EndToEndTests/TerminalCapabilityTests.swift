import Foundation
import Testing

/// A terminal type that cannot address the cursor is refused before the screen is taken.
@Suite(.serialized)
struct TerminalCapabilityTests {
    static let message =
        "ollama-tui: the terminal type \"dumb\" cannot move the cursor, so the full-screen UI cannot run; use headless mode: ollama-tui -m MODEL \"prompt\""

    @Test func aDumbTerminalIsRefusedAndNothingButTheMessageIsWritten() async throws {
        let session = try TmuxSession(
            environment: ["TERM": "dumb", "OLLAMA_HOST": "127.0.0.1:1"], columns: 200, startDelay: 0.5)
        let path = NSTemporaryDirectory() + "pane-output-\(UUID().uuidString).bin"
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: path) }
        session.recordOutput(to: path)
        #expect(await session.waitFor("__EXITED__"))
        let screen = session.screen()
        #expect(screen.first == Self.message, "the message is on the first row, nothing before it")
        #expect(screen.dropFirst().first == "__EXITED__ 2", "no row is left behind")
        #expect(!session.alternateScreenOn)
        // Every byte the app wrote: the message, and nothing else (no screen set-up, no reset).
        let deadline = ContinuousClock.now + .seconds(5)
        var written = ""
        while ContinuousClock.now < deadline {
            written = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
            if written.contains("__EXITED__") { break }
            try? await Task.sleep(for: .milliseconds(50))
        }
        let appOutput = written.components(separatedBy: "__EXITED__").first ?? ""
        #expect(appOutput == Self.message + "\r\n", "\(appOutput.debugDescription)")
    }

    @Test func aDumbTerminalIsRefusedInRussianToo() async throws {
        let session = try TmuxSession(
            environment: ["TERM": "dumb", "OLLAMA_HOST": "127.0.0.1:1", "OLLAMA_TUI_LANG": "ru"], columns: 200)
        #expect(await session.waitFor("__EXITED__ 2"))
        #expect(session.text.contains("терминал типа \"dumb\" не умеет перемещать курсор"))
        #expect(session.text.contains("ollama-tui -m MODEL"))
    }
}
