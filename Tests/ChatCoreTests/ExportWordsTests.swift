import Testing

@testable import ChatCore

/// The sentences for copying, saving and the editor, in both languages.
struct ExportWordsTests {
    let english = Strings(.english)
    let russian = Strings(.russian)

    @Test func aCopySaysHowManyAndWhichWays() {
        #expect(
            english.copied(characters: 312, ways: ["terminal", "xclip"]) == "📋 Copied 312 characters (terminal, xclip)")
        #expect(english.copied(characters: 1, ways: ["xsel"]) == "📋 Copied 1 character (xsel)")
        #expect(russian.copied(characters: 312, ways: ["терминал"]) == "📋 Скопировано 312 символов (терминал)")
    }

    @Test func russianCountsTakeTheirForm() {
        let forms = [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 1000].map {
            Strings.russianCount($0, "символ", "символа", "символов")
        }
        #expect(
            forms == [
                "символ", "символа", "символа", "символов", "символов", "символов", "символов", "символ", "символа",
                "символов", "символ", "символов", "символов",
            ])
    }

    @Test func failuresNameThePathOrTheProgram() {
        #expect(english.fileExists("/tmp/a.md") == "⚠️ /tmp/a.md already exists")
        #expect(russian.isDirectory("/tmp") == "⚠️ /tmp — это каталог")
        #expect(english.notCopied([english.noClipboardTool]).hasPrefix("⚠️ Not copied: no clipboard program"))
        #expect(russian.clipboardToolFailed("xclip", status: 1) == "xclip завершился с кодом 1")
        #expect(english.editorFailed(status: 127) == "⚠️ The editor ended with status 127")
    }
}
