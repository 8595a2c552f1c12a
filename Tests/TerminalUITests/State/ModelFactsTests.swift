import ChatCore
import OllamaKit
import Testing

@testable import TerminalUI

/// What the server says about the chat's model (`/api/show`, `/api/ps`) is asked for when a model
/// is chosen and kept, so the UI can offer what the model can do.
struct ModelFactsTests {
    @Test func choosingAModelAsksAboutItAndAboutWhatIsLoaded() {
        var state = makeState(preferredModel: "tiny")
        #expect(state.update(.modelsLoaded(.success(capturedModels))) == [.showModel("tiny:latest"), .listRunning])
        #expect(state.capabilities == nil, "unknown until the server says")
        let details = ModelDetails(capabilities: ["completion", "vision"])
        _ = state.update(.modelShown("tiny:latest", .success(details)))
        #expect(state.capabilities == ["completion", "vision"])
        // Chosen again from the picker: only what is loaded is asked again.
        state.press(.function(3))
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        state.type("tiny")
        #expect(state.press(.enter) == [.listRunning])
    }

    @Test func anAnswerThatEndsRefreshesWhatIsLoaded() {
        var state = AppState.connected()
        state.type("Hi")
        _ = state.press(.enter)
        state.stream(.content("Hello"))
        #expect(state.stream(.done(ChatCounters(doneReason: "stop"))) == [.listRunning])
        let loaded = RunningModel(name: "tiny:latest", model: "tiny:latest", size: 1, contextLength: 4096)
        _ = state.update(.runningListed(.success([loaded])))
        #expect(state.runningModel == loaded)
        _ = state.update(.runningListed(.failure(.streamError(message: "gone"))))
        #expect(state.runningModel == loaded, "a failed refresh keeps what was known")
    }
}
