import ChatCore
import OllamaKit
import Testing

@testable import TerminalUI

/// Where the connection stands, as the status bar and the transcript say it.
struct ConnectionStateTests {
    let refused = OllamaError.notReachable(host: "http://127.0.0.1:11434", reason: .refused)

    @Test func eachRetryReplacesThePreviousReport() {
        var state = makeState()
        _ = state.update(.modelsLoaded(.failure(refused)))
        for _ in 0..<3 {
            #expect(state.press(.function(5)) == [.listModels])
            _ = state.update(.modelsLoaded(.failure(refused)))
        }
        let (canvas, _) = state.canvas(rows: 10, columns: 70)
        expectScreen(
            canvas,
            [
                " ❌ Ollama is not running. Start it: ollama serve",
                "   (http://127.0.0.1:11434: connection refused)",
                "",
                " Press F5 to try again.",
                "",
                "",
                "",
                "──────────────────────────────────────────────────────────────────────",
                "›",
                " ✖ offline │ —                  F1 help  F2 clear  F3 model  Esc stop",
            ])
        state.press(.function(5))
        _ = state.update(.modelsLoaded(.success([])))
        let noModels = state.screen(rows: 10, columns: 70)
        #expect(noModels.filter { $0.contains("not running") }.isEmpty, "the new report replaces the old one")
        #expect(noModels.filter { $0.contains("No models installed") }.count == 1)
    }

    @Test func noModelsIsNotOffline() {
        var state = makeState()
        _ = state.update(.modelsLoaded(.success([])))
        let bar = state.screen(columns: 70).last ?? ""
        #expect(bar.contains("✖ no models"))
        #expect(!bar.contains("offline"))
    }
}
