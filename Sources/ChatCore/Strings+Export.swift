/// The words for text taken out of the transcript: copied, saved, shown in an editor.
extension Strings {
    /// "📋 Copied 312 characters (terminal, xclip)": `ways` are `copyWayTerminal` and program names.
    public func copied(characters: Int, ways: [String]) -> String {
        let list = ways.joined(separator: ", ")
        return pick(
            "📋 Copied \(characters) \(characters == 1 ? "character" : "characters") (\(list))",
            "📋 Скопировано \(characters) \(Self.russianCount(characters, "символ", "символа", "символов")) (\(list))")
    }

    /// The way of a copy through the terminal's own clipboard (OSC 52).
    public var copyWayTerminal: String { pick("terminal", "терминал") }

    /// Nothing took the text; `reasons` are the sentences below.
    public func notCopied(_ reasons: [String]) -> String {
        pick("⚠️ Not copied: ", "⚠️ Не скопировано: ") + reasons.joined(separator: "; ")
    }

    public func tooLongForTerminal(bytes: Int, limit: Int) -> String {
        pick(
            "too long for the terminal (\(bytes) bytes, at most \(limit))",
            "слишком длинно для терминала (\(bytes) байт, не больше \(limit))")
    }

    public var noClipboardTool: String {
        pick(
            "no clipboard program (wl-copy, xclip, xsel, pbcopy) for this display",
            "нет программы буфера обмена (wl-copy, xclip, xsel, pbcopy) для этого дисплея")
    }

    public func clipboardToolFailed(_ tool: String, status: Int32) -> String {
        pick("\(tool) ended with status \(status)", "\(tool) завершился с кодом \(status)")
    }

    public func clipboardToolKilled(_ tool: String, signal: Int32) -> String {
        pick("\(tool) was killed by signal \(signal)", "\(tool) убит сигналом \(signal)")
    }

    public func clipboardToolTimedOut(_ tool: String) -> String {
        pick("\(tool) did not finish in time", "\(tool) не успел завершиться")
    }

    public func clipboardToolCouldNotStart(_ tool: String, _ detail: String) -> String {
        pick("\(tool) could not start (\(detail))", "не удалось запустить \(tool) (\(detail))")
    }

    public func saved(_ path: String) -> String { pick("💾 Saved to \(path)", "💾 Сохранено в \(path)") }

    public var noFileName: String { pick("⚠️ No file name given", "⚠️ Имя файла не задано") }

    public func fileExists(_ path: String) -> String {
        pick("⚠️ \(path) already exists", "⚠️ \(path) уже существует")
    }

    public func directoryMissing(_ path: String) -> String {
        pick("⚠️ No such directory for \(path)", "⚠️ Нет такого каталога для \(path)")
    }

    public func permissionDenied(_ path: String) -> String {
        pick("⚠️ Permission denied: \(path)", "⚠️ Нет прав на запись: \(path)")
    }

    public func isDirectory(_ path: String) -> String {
        pick("⚠️ \(path) is a directory", "⚠️ \(path) — это каталог")
    }

    public func couldNotSave(_ path: String, _ detail: String) -> String {
        pick("⚠️ Could not save \(path) (\(detail))", "⚠️ Не удалось сохранить \(path) (\(detail))")
    }

    public func editorFailed(status: Int32) -> String {
        pick("⚠️ The editor ended with status \(status)", "⚠️ Редактор завершился с кодом \(status)")
    }

    public func editorKilled(signal: Int32) -> String {
        pick("⚠️ The editor was killed by signal \(signal)", "⚠️ Редактор убит сигналом \(signal)")
    }

    public func editorCouldNotStart(_ detail: String) -> String {
        pick("⚠️ Could not start the editor (\(detail))", "⚠️ Не удалось запустить редактор (\(detail))")
    }

    public func temporaryFileFailed(_ directory: String, _ detail: String) -> String {
        pick(
            "⚠️ Could not write a temporary file in \(directory) (\(detail))",
            "⚠️ Не удалось записать временный файл в \(directory) (\(detail))")
    }

    /// The Russian noun form for a count: 1 символ, 2 символа, 5 символов, 21 символ, 11 символов.
    static func russianCount(_ count: Int, _ one: String, _ few: String, _ many: String) -> String {
        let (last, lastTwo) = (count % 10, count % 100)
        if last == 1 && lastTwo != 11 { return one }
        if (2...4).contains(last) && !(12...14).contains(lastTwo) { return few }
        return many
    }
}
