import ChatCore
import Foundation
import Testing

@testable import TerminalUI

/// Docs/keys.md lists the key table: every row help shows is a row of the page, under its
/// context's heading, and the page lists no key the table does not have.
struct KeyTableDocsTests {
    /// The page's table rows, by heading: the key column of each `| key | action |` row.
    func documentedKeys() throws -> [String: [String]] {
        let page = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Docs/keys.md")
        var sections: [String: [String]] = [:]
        var heading = ""
        for line in try String(contentsOf: page, encoding: .utf8).split(separator: "\n") {
            if line.hasPrefix("## ") {
                heading = String(line.dropFirst(3))
            } else if line.hasPrefix("| "), !line.hasPrefix("| key |"), !line.hasPrefix("| --- |") {
                let key = line.dropFirst(2).prefix { $0 != "|" }.trimmingCharacters(in: .whitespaces)
                sections[heading, default: []].append(key)
            }
        }
        return sections
    }

    @Test func everyHelpRowIsOnThePageUnderItsContext() throws {
        let documented = try documentedKeys()
        let sections = KeyBindings.helpSections(Strings(.english))
        #expect(Set(documented.keys) == Set(sections.map(\.title)))
        for section in sections {
            #expect(documented[section.title] == section.rows.map(\.label), "\(section.title)")
        }
    }
}
