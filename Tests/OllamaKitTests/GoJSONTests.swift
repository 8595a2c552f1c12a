import Foundation
import OllamaTestServer
import Testing

@testable import OllamaTestServer

/// The server's own lines are written exactly as Ollama writes them.
struct GoJSONTests {
    @Test(arguments: ["chat-stream", "chat-multiturn", "chat-bad-role", "chat-long"])
    func scriptedLinesMatchTheCapturedOnes(_ name: String) throws {
        let capture = try #require(CaptureLibrary.load(name))
        for line in capture.body.split(separator: 0x0A) {
            let text = String(decoding: line, as: UTF8.self)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            guard object["done"] as? Bool == false,
                let model = object["model"] as? String,
                let content = (object["message"] as? [String: Any])?["content"] as? String
            else { continue }
            let ours = GoJSON.chatLine(model: model, content: content).dropLast()
            let stamp = #""created_at":"[^"]*""#
            #expect(
                ours.replacingOccurrences(of: stamp, with: "", options: .regularExpression)
                    == text.replacingOccurrences(of: stamp, with: "", options: .regularExpression))
        }
    }

    @Test func timestampsLookLikeGos() {
        #expect(
            GoJSON.timestamp().range(
                of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$"#, options: .regularExpression) != nil)
    }
}
