import Foundation
import OllamaTestServer
import Testing

@testable import OllamaKit

/// `POST /api/show`: what the model-details screen needs, from the capture and from other shapes.
struct ModelDetailsTests {
    @Test func theCaptureDecodes() async throws {
        try await withServer { _, client in
            let details = try await client.showModel("gemma3:270m")
            #expect(details.family == "gemma3")
            #expect(details.parameterCount == 268_098_176)
            #expect(details.parameterSize == "268.10M")
            #expect(details.quantization == "Q4_K_M")
            #expect(details.contextLength == 32768)
            #expect(details.capabilities == ["completion"])
            #expect(details.license == nil)
            #expect(details.systemPrompt == nil)
            #expect(details.modifiedAt == RFC3339.parse("2026-11-24T21:44:32.719938344Z"))
            #expect(details.modifiedAt != nil)
            #expect(details.parametersText?.hasPrefix("num_predict                    256\n") == true)
            #expect(
                details.parameters == [
                    ModelParameter(name: "num_predict", value: "256"),
                    ModelParameter(name: "stop", value: "<end_of_turn>"),
                    ModelParameter(name: "temperature", value: "1"),
                    ModelParameter(name: "top_k", value: "64"),
                    ModelParameter(name: "top_p", value: "0.95"),
                ])
        }
    }

    @Test func licenseAndSystemPrompt() throws {
        let json = try JSONValue.parse(
            #"{"license":"MIT License\nCopyright","modelfile":"FROM x\nSYSTEM \"\"\"You are terse.\nVery.\"\"\"\nPARAMETER top_k 1\n","details":{"family":""},"model_info":{"general.architecture":"llama"}}"#
        )
        let details = ModelDetails(json: json)
        #expect(details.license == "MIT License\nCopyright")
        #expect(details.systemPrompt == "You are terse.\nVery.")
        #expect(details.family == "llama")
        #expect(details.parameters == [])
    }

    @Test func aSystemFieldWinsAndOneLineSystemsRead() {
        #expect(Modelfile.system("FROM x\nSYSTEM Be brief.\n") == "Be brief.")
        #expect(Modelfile.system("FROM x\n# SYSTEM not this\n") == nil)
        let json = JSONValue.object([("system", .string("From the field")), ("modelfile", .string("SYSTEM other"))])
        #expect(ModelDetails(json: json).systemPrompt == "From the field")
    }

    @Test func repeatedStopsAreEachAPair() {
        let text =
            "stop                           \"<|im_start|>\"\nstop                           \"<|im_end|>\"\nnum_ctx                        4096"
        #expect(
            ModelParameter.parse(text) == [
                ModelParameter(name: "stop", value: "<|im_start|>"),
                ModelParameter(name: "stop", value: "<|im_end|>"),
                ModelParameter(name: "num_ctx", value: "4096"),
            ])
    }

    @Test func scriptedCapabilitiesAndNameAreSubstituted() async throws {
        var script = ServerScript()
        script.capabilities = ["tiny": ["completion", "thinking", "vision"]]
        let server = try await OllamaTestServer.start(script: script)
        let received = try await RawHTTP.exchange(
            port: server.port, request: CaptureTests.post("/api/show", #"{"model":"tiny"}"#))
        try await server.shutdown()
        let answer = RawHTTP.withoutDate(received)
        let capture = RawHTTP.withoutDate(try CaptureTests.expectedBytes("show"))
        let expected = capture.replacing("# FROM gemma3:270m", with: "# FROM tiny:latest")
            .replacing(#""capabilities":["completion"]"#, with: #""capabilities":["completion","thinking","vision"]"#)
            .replacing("4815\r\n", with: "\(String(18453 + 20, radix: 16))\r\n")
        #expect(answer == expected)
    }

    @Test func theClientReadsScriptedCapabilities() async throws {
        var script = ServerScript()
        script.capabilities = ["gemma3:270m": ["completion", "thinking"]]
        try await withServer(script) { _, client in
            let details = try await client.showModel("gemma3:270m")
            #expect(details.capabilities == ["completion", "thinking"])
        }
    }
}
