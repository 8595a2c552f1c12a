import ChatCore

/// The completion popup of a slash command being typed: the candidates for the input line,
/// which one is chosen, and taking it.
extension AppState {
    /// The candidates for the input line when it is a partly typed command (nothing once the
    /// line is a whole command already, or has several lines).
    var completions: [SlashCompletion] {
        // Asked every frame: the input's first character decides before its text is built.
        guard overlay == nil, editor.chars.first == "/", !editor.chars.contains("\n") else { return [] }
        let text = editor.text
        let candidates = SlashCompletion.candidates(for: text, strings: strings)
        if candidates.count == 1, candidates[0].line == text || candidates[0].line == text + " " { return [] }
        return candidates
    }

    /// The candidate chosen with ↑/↓ (the first until then, and again after the line changes).
    var chosenCompletion: Int {
        guard let choice = completionChoice, choice.line == editor.text else { return 0 }
        return choice.index
    }

    /// ↑/↓ while the popup shows: the choice moves, round the list.
    mutating func moveCompletion(by delta: Int, count: Int) {
        let index = (chosenCompletion + delta + count) % count
        completionChoice = (editor.text, index)
    }

    /// Tab while the popup shows: the input line becomes the chosen candidate's.
    mutating func takeCompletion(_ candidates: [SlashCompletion]) {
        let taken = candidates[min(chosenCompletion, candidates.count - 1)]
        editor.replace(0..<editor.text.count, with: taken.line)
        completionChoice = nil
    }
}
