import OllamaTestServer
import Testing

/// The test server's flags for loaded models, capabilities and pull faults.
struct ScriptArgumentsTests {
    @Test func loadedModels() {
        #expect(ScriptArguments.loadedModel("tiny") == LoadedModel(name: "tiny"))
        #expect(
            ScriptArguments.loadedModel("gemma3:270m=8192") == LoadedModel(name: "gemma3:270m", contextLength: 8192))
        #expect(ScriptArguments.loadedModel("tiny=0") == nil)
        #expect(ScriptArguments.loadedModel("tiny=many") == nil)
        #expect(ScriptArguments.loadedModel("=4096") == nil)
    }

    @Test func capabilities() {
        let entry = ScriptArguments.capabilities("tiny=completion,thinking,vision")
        #expect(entry?.name == "tiny")
        #expect(entry?.capabilities == ["completion", "thinking", "vision"])
        #expect(ScriptArguments.capabilities("tiny=")?.capabilities == [])
        #expect(ScriptArguments.capabilities("tiny") == nil)
        #expect(ScriptArguments.capabilities("=completion") == nil)
    }

    @Test func pullFaults() {
        #expect(ScriptArguments.pullFault("unreachable") == .unreachable)
        #expect(ScriptArguments.pullFault("unknown") == .unknownModel)
        #expect(ScriptArguments.pullFault("drop") == .drop(afterLines: 3))
        #expect(ScriptArguments.pullFault("drop:7") == .drop(afterLines: 7))
        #expect(ScriptArguments.pullFault("drop:-1") == nil)
        #expect(ScriptArguments.pullFault("slow") == nil)
    }
}
