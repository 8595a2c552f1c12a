import Testing

@testable import TerminalUI

/// cmark-gfm keeps the characters its extensions react to in one table for the whole process and
/// changes it during every parse; parses on several threads at once must still each see them.
struct MarkdownConcurrencyTests {
    @Test func parsesOnManyThreadsAtOnceAllSeeTheExtensions() async {
        let text = "Visit www.example.com, ~~old~~ and https://example.org now\n\n| a | b |\n| - | - |\n| 1 | 2 |\n"
        let expected = MarkdownParser.parse(text)
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    for _ in 0..<300 where MarkdownParser.parse(text) != expected { return false }
                    return true
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 }, "a parse lost an extension while another ran")
    }
}
