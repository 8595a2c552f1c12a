/// A copy by every way there is: the terminal (OSC 52) and the machine's clipboard program.
enum Clipboard {
    /// Writes the OSC 52 sequence through `writeToTerminal` at once (on the caller's thread,
    /// between frames), then runs the clipboard tool found in `environment`, if any, off that
    /// thread, and reports both. On the main actor, which owns the terminal.
    @MainActor static func copy(
        _ text: String, environment: [String: String], writeToTerminal: @MainActor ([UInt8]) -> Void
    ) async -> CopyReport {
        var report = CopyReport(characters: text.count)
        switch OSC52.sequence(for: text) {
        case .success(let bytes):
            writeToTerminal(bytes)
            report.ways.append(.terminal)
        case .failure(.tooLarge(let bytes, let limit)):
            report.problems.append(.tooLargeForTerminal(bytes: bytes, limit: limit))
        }
        guard let tool = ClipboardTool.find(environment: environment) else {
            report.problems.append(.noTool)
            return report
        }
        let outcome = await tool.copy(text, environment: environment)
        if outcome == .copied {
            report.ways.append(.tool(tool.name))
        } else {
            report.problems.append(.tool(name: tool.name, outcome))
        }
        return report
    }
}
