import CNcursesw
import Foundation
import Testing

@testable import TerminalUI

/// A curses screen whose terminal is a file, so a test can read every byte the backend sends.
final class FileTerminal {
    private let path = NSTemporaryDirectory() + "curses-output-\(UUID().uuidString).bin"
    private let output: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>
    private let screen: OpaquePointer

    /// No curses screen could be made on a file here.
    struct Unavailable: Error {}

    init(rows: Int, columns: Int, term: String = "tmux-256color") throws {
        setlocale(LC_CTYPE, "C.UTF-8")
        guard let output = fopen(path, "w+") else { throw Unavailable() }
        guard let input = fopen("/dev/null", "r") else {
            fclose(output)
            throw Unavailable()
        }
        guard let screen = newterm(term, output, input) else {
            fclose(output)
            fclose(input)
            throw Unavailable()
        }
        self.output = output
        self.input = input
        self.screen = screen
        set_term(screen)
        resizeterm(Int32(rows), Int32(columns))
        refresh()
        takeBytes()
    }

    /// The terminal's file descriptor, for the backend's direct writes.
    var descriptor: Int32 { fileno(output) }

    /// What was written since the last call (and forgets it).
    @discardableResult
    func takeBytes() -> [UInt8] {
        fflush(output)
        let bytes = (FileManager.default.contents(atPath: path)).map(Array.init) ?? []
        ftruncate(fileno(output), 0)
        lseek(fileno(output), 0, SEEK_SET)
        return bytes
    }

    func close() {
        endwin()
        delscreen(screen)
        fclose(output)
        fclose(input)
        try? FileManager.default.removeItem(atPath: path)
    }
}

extension Array where Element == UInt8 {
    /// Whether `text`'s UTF-8 occurs in these bytes, byte for byte.
    func containsUTF8(_ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        return (0...(count - needle.count)).contains { start in
            self[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}

/// What `CursesScreen` sends to the terminal: whole grapheme clusters, however many scalars.
@Suite(.serialized)
struct CursesOutputTests {
    static let clusters = ["👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "🧑🏿‍💻", "❤️", "🇯🇵", "e\u{301}\u{302}\u{303}\u{304}\u{305}"]
    static let line = "A " + clusters.joined(separator: " ") + " Z"

    @Test func everyClusterReachesTheTerminalWhole() throws {
        let terminal = try FileTerminal(rows: 6, columns: 60)
        defer { terminal.close() }
        var canvas = Canvas(rows: 6, columns: 60)
        canvas.put(Self.line, row: 1, column: 2, role: .normal)
        #expect(canvas.text(row: 1) == "  " + Self.line, "the canvas keeps every cluster whole")
        var screen = CursesScreen(palette: Palette(useColor: false), output: terminal.descriptor)
        screen.present(&canvas, cursor: CursorPosition(row: 4, column: 3))
        let written = terminal.takeBytes()
        for cluster in Self.clusters {
            #expect(written.containsUTF8(cluster), "\(cluster.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(Array(written.suffix(6)) == Array("\u{1B}[5;4H".utf8), "the cursor is put back where curses left it")
    }

    @Test func aClusterIsWrittenAgainWhenItsRowChangesAndNotOtherwise() throws {
        let terminal = try FileTerminal(rows: 6, columns: 60)
        defer { terminal.close() }
        var screen = CursesScreen(palette: Palette(useColor: false), output: terminal.descriptor)
        var canvas = Canvas(rows: 6, columns: 60)
        canvas.put("x 👨‍👩‍👧‍👦 y", row: 1, column: 0, role: .normal)
        screen.present(&canvas, cursor: CursorPosition(row: 4, column: 3))
        #expect(terminal.takeBytes().containsUTF8("👨‍👩‍👧‍👦"))

        // Another row changes: curses does not touch row 1, so neither does the backend.
        canvas.put("x 👨‍👩‍👧‍👦 y", row: 1, column: 0, role: .normal)
        canvas.put("other", row: 3, column: 0, role: .normal)
        screen.present(&canvas, cursor: CursorPosition(row: 4, column: 3))
        let quiet = terminal.takeBytes()
        #expect(quiet.containsUTF8("other"))
        #expect(!quiet.containsUTF8("👨‍👩‍👧‍👦"))

        // A cell of row 1 changes: curses may redraw around it, so the cluster is written again.
        canvas.put("x 👨‍👩‍👧‍👦 z", row: 1, column: 0, role: .normal)
        canvas.put("other", row: 3, column: 0, role: .normal)
        screen.present(&canvas, cursor: CursorPosition(row: 4, column: 3))
        #expect(terminal.takeBytes().containsUTF8("👨‍👩‍👧‍👦"))
    }

    @Test func aClusterKeepsItsStyleAndTheAttributesAreResetAfterIt() throws {
        let terminal = try FileTerminal(rows: 6, columns: 60)
        defer { terminal.close() }
        var screen = CursesScreen(palette: Palette(useColor: false), output: terminal.descriptor)
        var canvas = Canvas(rows: 6, columns: 60)
        canvas.put("👍🏽", row: 2, column: 4, role: .userLabel)  // bold without colours
        screen.present(&canvas, cursor: CursorPosition(row: 4, column: 3))
        let written = terminal.takeBytes()
        let text = String(decoding: written, as: UTF8.self)
        let cluster = try #require(text.range(of: "👍🏽"))
        let before = text[..<cluster.lowerBound]
        let after = text[cluster.upperBound...]
        #expect(before.hasSuffix("\u{1B}[3;5H\u{1B}[0;1m\u{0F}"), "addressed, then bold: \(before.debugDescription)")
        #expect(after == "\u{1B}[m\u{0F}\u{1B}[5;4H", "then normal, and the cursor back: \(after.debugDescription)")

        // The next frame's own output starts from normal attributes and the right place.
        canvas.put("👍🏽", row: 2, column: 4, role: .userLabel)
        canvas.put("ok", row: 4, column: 0, role: .normal)
        screen.present(&canvas, cursor: CursorPosition(row: 4, column: 3))
        let next = String(decoding: terminal.takeBytes(), as: UTF8.self)
        #expect(next.contains("ok"))
        #expect(!next.contains("\u{1B}[0;1m"), "no bold left over: \(next.debugDescription)")
    }

    @Test func aClusterReplacedByPlainTextIsNotWrittenAgain() throws {
        let terminal = try FileTerminal(rows: 6, columns: 60)
        defer { terminal.close() }
        var screen = CursesScreen(palette: Palette(useColor: false), output: terminal.descriptor)
        var canvas = Canvas(rows: 6, columns: 60)
        canvas.put("x 🇯🇵 y", row: 1, column: 0, role: .normal)
        screen.present(&canvas, cursor: nil)
        #expect(terminal.takeBytes().containsUTF8("🇯🇵"))
        canvas.put("x ab y", row: 1, column: 0, role: .normal)
        screen.present(&canvas, cursor: nil)
        let written = terminal.takeBytes()
        #expect(!written.containsUTF8("🇯🇵"))
        #expect(written.containsUTF8("ab"))
    }
}
