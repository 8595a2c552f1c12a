import Testing

@testable import ChatCore

/// The prompt of a headless run: piped text first, then the arguments, as `ollama run` joins them.
struct HeadlessPromptTests {
    @Test func pipedTextThenASpaceThenThePrompt() {
        #expect(
            HeadlessPrompt.combine(arguments: ["Summarize", "this"], standardInput: "Some text.\n")
                == "Some text.\n Summarize this")
    }

    @Test func eitherAlone() {
        #expect(HeadlessPrompt.combine(arguments: ["Hi"], standardInput: nil) == "Hi")
        #expect(HeadlessPrompt.combine(arguments: ["Hi"], standardInput: " \n") == "Hi")
        #expect(HeadlessPrompt.combine(arguments: [], standardInput: "\n What is 2+2?\n\n") == "What is 2+2?")
        #expect(HeadlessPrompt.combine(arguments: [], standardInput: "  \n") == nil)
        #expect(HeadlessPrompt.combine(arguments: [], standardInput: nil) == nil)
    }
}
