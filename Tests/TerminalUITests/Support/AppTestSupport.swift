import ChatCore
import OllamaKit

@testable import TerminalUI

/// A UI state as the app starts it, English, on a fixed host.
func makeState(preferredModel: String? = nil, language: Language = .english) -> AppState {
    AppState(strings: Strings(language), host: "http://127.0.0.1:11434", preferredModel: preferredModel)
}

let capturedModels = [
    ModelSummary(
        name: "gemma3:270m", size: 253_114_013, parameterSize: "268.10M", quantization: "Q4_K_M", family: "gemma3"),
    ModelSummary(
        name: "tiny:latest", size: 253_114_013, parameterSize: "268.10M", quantization: "Q4_K_M", family: "gemma3"),
]

extension AppState {
    /// The screen as rows of text, trailing spaces trimmed.
    /// The screen of a terminal `rows` × `columns` (the state is told the size first, as the
    /// runtime does), as rows of text with trailing spaces trimmed.
    mutating func screen(rows: Int = 14, columns: Int = 64) -> [String] {
        canvas(rows: rows, columns: columns).0.lines
    }

    mutating func canvas(rows: Int = 14, columns: Int = 64) -> (Canvas, CursorPosition?) {
        _ = update(.resize(rows: rows, columns: columns))
        var canvas = Canvas(rows: rows, columns: columns)
        let cursor = ScreenView.render(&self, into: &canvas)
        return (canvas, cursor)
    }

    /// A chunk of the answer being received.
    @discardableResult
    mutating func stream(_ chunk: ChatChunk) -> [Effect] {
        update(.chunk(chunk, answer: answerNumber))
    }

    @discardableResult
    mutating func press(_ keys: KeyEvent...) -> [Effect] {
        keys.flatMap { update(.key($0)) }
    }

    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        text.flatMap { update(.key(.character($0))) }
    }

    /// Connected with `model` chosen, as after the picker.
    static func connected(model: String = "tiny:latest") -> AppState {
        var state = makeState(preferredModel: model)
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        return state
    }
}
