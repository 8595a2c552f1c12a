import Testing

@testable import TerminalUI

/// Filtering, selection and scrolling of `ListSelection`.
@Suite struct ListSelectionTests {
    static let models = ["llama3:8b", "llama3:70b", "Mistral:7b", "qwen2.5-coder:7b", "phi3:mini"]
        .map { ListSelection.Item(name: $0, detail: "size") }

    @Test func filterIsACaseInsensitiveSubstringMatchAcrossPunctuation() {
        var list = ListSelection(items: Self.models)
        #expect(list.visible == Self.models)
        list.typeFilter("MIS")
        #expect(list.visible.map(\.name) == ["Mistral:7b"])
        list.filter = "3:7"
        #expect(list.visible.map(\.name) == ["llama3:70b"])
        list.filter = ":7b"
        #expect(list.visible.map(\.name) == ["Mistral:7b", "qwen2.5-coder:7b"])
        list.filter = "5-c"
        #expect(list.visible.map(\.name) == ["qwen2.5-coder:7b"])
        list.filter = "llama 8b"
        #expect(list.visible.map(\.name) == ["llama3:8b"])
        list.filter = "size"
        #expect(list.visible.isEmpty)
    }

    @Test func typingAndBackspaceEditTheFilter() {
        var list = ListSelection(items: Self.models)
        list.typeFilter("ll")
        list.typeFilter("x")
        #expect(list.filter == "llx")
        #expect(list.visibleCount == 0)
        list.backspaceFilter()
        #expect(list.filter == "ll")
        #expect(list.visibleCount == 2)
        list.backspaceFilter()
        list.backspaceFilter()
        list.backspaceFilter()
        #expect(list.filter == "")
        #expect(list.visibleCount == 5)
        list.typeFilter("phi")
        list.clearFilter()
        #expect(list.visibleCount == 5)
    }

    @Test func selectionStaysOnTheSameItemWhenStillVisible() {
        var list = ListSelection(items: Self.models)
        list.moveDown()
        list.moveDown()
        #expect(list.selected?.name == "Mistral:7b")
        list.filter = "7b"
        #expect(list.selectedIndex == 0)
        #expect(list.selected?.name == "Mistral:7b")
        list.moveDown()
        list.filter = ":"
        #expect(list.selected?.name == "qwen2.5-coder:7b")
        #expect(list.selectedIndex == 3)
        list.filter = "llama"
        #expect(list.selectedIndex == 0)
        #expect(list.selected?.name == "llama3:8b")
    }

    @Test func noMatchAndEmptyListAreHandled() {
        var list = ListSelection(items: Self.models, filter: "zzz")
        #expect(list.selected == nil)
        #expect(list.selectedIndex == 0)
        list.moveDown()
        list.moveToBottom()
        list.pageDown(by: 10)
        #expect(list.selectedIndex == 0)
        let r1 = list.window(height: 5)
        #expect(r1 == 0..<0)
        list.backspaceFilter()
        list.backspaceFilter()
        list.backspaceFilter()
        #expect(list.selected?.name == "llama3:8b")

        var empty = ListSelection()
        empty.moveUp()
        empty.moveDown()
        empty.pageUp(by: 3)
        empty.moveToTop()
        empty.typeFilter("a")
        #expect(empty.selected == nil)
        #expect(empty.visible.isEmpty)
        let r2 = empty.window(height: 3)
        #expect(r2.isEmpty)
    }

    @Test func movementIsClamped() {
        var list = ListSelection(items: Self.models)
        list.moveUp()
        #expect(list.selectedIndex == 0)
        list.pageDown(by: 3)
        #expect(list.selectedIndex == 3)
        list.pageDown(by: 3)
        #expect(list.selectedIndex == 4)
        list.moveDown()
        #expect(list.selectedIndex == 4)
        list.pageUp(by: 2)
        #expect(list.selectedIndex == 2)
        list.pageUp(by: 0)
        #expect(list.selectedIndex == 1)
        list.pageDown(by: Int.max)
        #expect(list.selectedIndex == 4)
        list.pageUp(by: Int.max)
        #expect(list.selectedIndex == 0)
        list.moveToBottom()
        #expect(list.selected?.name == "phi3:mini")
        list.moveToTop()
        #expect(list.selected?.name == "llama3:8b")
        list.select(index: 99)
        #expect(list.selectedIndex == 4)
        let r3 = list.select(name: "Mistral:7b")
        #expect(r3)
        #expect(list.selectedIndex == 2)
        let r4 = list.select(name: "nope")
        #expect(!r4)
        #expect(list.selectedIndex == 2)
    }

    @Test func windowScrollsStablyToKeepTheSelectionInView() {
        let items = (0..<10).map { ListSelection.Item(name: "m\($0)") }
        var list = ListSelection(items: items)
        let r5 = list.window(height: 3)
        #expect(r5 == 0..<3)
        list.moveDown()
        list.moveDown()
        let r6 = list.window(height: 3)
        #expect(r6 == 0..<3)
        list.moveDown()
        let r7 = list.window(height: 3)
        #expect(r7 == 1..<4)
        list.moveUp()
        list.moveUp()
        let r8 = list.window(height: 3)
        #expect(r8 == 1..<4)
        list.moveUp()
        let r9 = list.window(height: 3)
        #expect(r9 == 0..<3)
        list.moveToBottom()
        let r10 = list.window(height: 3)
        #expect(r10 == 7..<10)
        let r11 = list.window(height: 20)
        #expect(r11 == 0..<10)
        let r12 = list.window(height: 0)
        #expect(r12 == 0..<0)
        let r13 = list.window(height: -4)
        #expect(r13 == 0..<0)
        list.filter = "m9"
        let r14 = list.window(height: 3)
        #expect(r14 == 0..<1)
    }

    @Test func replacingItemsKeepsTheSelectionByName() {
        var list = ListSelection(items: Self.models)
        let r15 = list.select(name: "phi3:mini")
        #expect(r15)
        list.setItems(Array(Self.models.reversed()))
        #expect(list.selected?.name == "phi3:mini")
        #expect(list.selectedIndex == 0)
        list.setItems([ListSelection.Item(name: "other", detail: "")])
        #expect(list.selected?.name == "other")
        list.setItems([])
        #expect(list.selected == nil)
    }

    @Test func randomOperationsKeepInvariants() {
        var rng = SplitMix(seed: 7)
        let names = ["a:1", "ab:2", "B", "abc", "c:a", "", "日本:x"]
        var list = ListSelection(items: names.map { ListSelection.Item(name: $0) })
        for _ in 0..<2_000 {
            switch rng.next(below: 12) {
            case 0: list.typeFilter(["a", ":", "b", " ", "日", "z"][rng.next(below: 6)])
            case 1: list.backspaceFilter()
            case 2: list.moveUp()
            case 3: list.moveDown()
            case 4: list.pageUp(by: rng.next(below: 5) - 1)
            case 5: list.pageDown(by: rng.next(below: 5) - 1)
            case 6: list.moveToTop()
            case 7: list.moveToBottom()
            case 8:
                list.setItems(
                    Array(names.prefix(rng.next(below: names.count + 1))).map { ListSelection.Item(name: $0) })
            case 9: list.clearFilter()
            case 10: list.select(index: rng.next(below: 12) - 3)
            default: list.select(name: names[rng.next(below: names.count)])
            }
            let height = rng.next(below: 6) - 1
            let range = list.window(height: height)
            #expect(range.lowerBound >= 0 && range.upperBound <= list.visibleCount)
            #expect(range.count <= max(0, height))
            if list.visibleCount == 0 {
                #expect(list.selected == nil && list.selectedIndex == 0)
            } else {
                #expect(list.selectedIndex < list.visibleCount)
                if height > 0 { #expect(range.contains(list.selectedIndex)) }
            }
        }
    }
}
