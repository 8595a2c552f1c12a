import ChatCore
import Foundation
import Testing

@testable import TerminalUI

/// What the status bar says after a copy, a save or the editor.
struct ExportMessagesTests {
    let english = Strings(.english)
    let russian = Strings(.russian)

    @Test func aCopyNamesItsWays() {
        let report = CopyReport(characters: 312, ways: [.terminal, .tool("xclip")], problems: [])
        #expect(report.message(english) == "📋 Copied 312 characters (terminal, xclip)")
        #expect(report.message(russian) == "📋 Скопировано 312 символов (терминал, xclip)")
    }

    @Test func aProgramThatFailedBesideAWayThatWorkedIsSaid() {
        let report = CopyReport(
            characters: 2, ways: [.terminal], problems: [.tool(name: "xclip", .failed(.exited(status: 1)))])
        #expect(report.message(english) == "📋 Copied 2 characters (terminal); xclip ended with status 1")
        let noTool = CopyReport(characters: 2, ways: [.terminal], problems: [.noTool])
        #expect(noTool.message(english) == "📋 Copied 2 characters (terminal)", "a missing program is no news then")
    }

    @Test func nothingCopiedGivesEveryReason() {
        let report = CopyReport(
            characters: 80_000, ways: [], problems: [.tooLargeForTerminal(bytes: 80_000, limit: 75_000), .noTool])
        #expect(
            report.message(english)
                == "⚠️ Not copied: too long for the terminal (80000 bytes, at most 75000); "
                + "no clipboard program (wl-copy, xclip, xsel, pbcopy) for this display")
        let timedOut = CopyReport(characters: 1, ways: [], problems: [.tool(name: "wl-copy", .timedOut)])
        #expect(timedOut.message(russian) == "⚠️ Не скопировано: wl-copy не успел завершиться")
    }

    @Test func saveFailuresNameThePath() {
        let missing = FileExport.Failure(kind: .directoryMissing, path: "/no/a.md", error: SystemError(code: ENOENT))
        #expect(missing.message(english) == "⚠️ No such directory for /no/a.md")
        let other = FileExport.Failure(kind: .other, path: "/full/a.md", error: SystemError(code: ENOSPC))
        #expect(other.message(english) == "⚠️ Could not save /full/a.md (No space left on device)")
    }

    @Test func theEditorIsQuietWhenAllWentWell() {
        #expect(ExternalEditor.Outcome.closed(.exited(status: 0)).message(english) == nil)
        #expect(
            ExternalEditor.Outcome.closed(.exited(status: 127)).message(english) == "⚠️ The editor ended with status 127"
        )
        #expect(ExternalEditor.Outcome.closed(.signalled(9)).message(russian) == "⚠️ Редактор убит сигналом 9")
    }
}
