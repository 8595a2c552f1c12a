/// A filterable, scrollable single-selection list (the model picker's state).
///
/// Filtering is a case-insensitive substring match on `Item.name`; punctuation such as ':'
/// is matched like any other character ("3:8" finds "llama3:8b"). A filter containing
/// whitespace is split into terms that must all match ("llama 8b" finds "llama3:8b").
struct ListSelection: Sendable {
    /// One selectable entry.
    struct Item: Equatable, Sendable {
        /// Primary text, matched by the filter.
        var name: String
        /// Secondary text (size, date...), not matched.
        var detail: String

        /// Creates an item.
        init(name: String, detail: String = "") {
            self.name = name
            self.detail = detail
        }
    }

    /// All items, unfiltered.
    private(set) var items: [Item]
    /// Lowercased names, parallel to `items`.
    private var foldedNames: [String]
    /// Indices into `items` of the visible (matching) items.
    private var matches: [Int]
    /// The filter text; changing it refilters and keeps the selection when still visible.
    var filter: String {
        didSet { refilter() }
    }
    /// Index of the selection in `visible`; 0 when nothing is visible.
    private(set) var selectedIndex = 0
    /// First visible row of the last `window(height:)`.
    private(set) var scrollOffset = 0

    /// Creates a list with `items`, filtered by `filter`, selecting the first visible item.
    init(items: [Item] = [], filter: String = "") {
        self.items = items
        self.foldedNames = items.map { $0.name.lowercased() }
        self.matches = []
        self.filter = filter
        refilter()
    }

    /// The items matching the filter, in their original order.
    var visible: [Item] { matches.map { items[$0] } }

    /// Number of visible items.
    var visibleCount: Int { matches.count }

    /// The selected item, nil when nothing matches.
    var selected: Item? {
        selectedIndex < matches.count ? items[matches[selectedIndex]] : nil
    }

    /// Replaces the items, keeping the selection on an item with the same name if visible.
    mutating func setItems(_ newItems: [Item]) {
        let previousName = selected?.name
        items = newItems
        foldedNames = newItems.map { $0.name.lowercased() }
        matches = Self.matching(foldedNames, filter: filter)
        selectedIndex = 0
        if let previousName { select(name: previousName) }
    }

    /// Appends typed text to the filter.
    mutating func typeFilter(_ s: String) {
        filter += s
    }

    /// Removes the last character of the filter (no-op when empty).
    mutating func backspaceFilter() {
        guard !filter.isEmpty else { return }
        filter.removeLast()
    }

    /// Empties the filter.
    mutating func clearFilter() {
        filter = ""
    }

    /// Selects visible index `index`, clamped into range.
    mutating func select(index: Int) {
        selectedIndex = min(max(0, index), max(0, matches.count - 1))
    }

    /// Selects the first visible item named exactly `name`; false (no change) if none.
    @discardableResult
    mutating func select(name: String) -> Bool {
        guard let found = matches.firstIndex(where: { items[$0].name == name }) else { return false }
        selectedIndex = found
        return true
    }

    /// Selects the previous item (stays on the first).
    mutating func moveUp() { select(index: selectedIndex - 1) }

    /// Selects the next item (stays on the last).
    mutating func moveDown() { select(index: selectedIndex + 1) }

    /// Moves the selection up by `count` items (at least 1), stopping at the first.
    mutating func pageUp(by count: Int) {
        select(index: selectedIndex - min(max(1, count), matches.count))
    }

    /// Moves the selection down by `count` items (at least 1), stopping at the last.
    mutating func pageDown(by count: Int) {
        select(index: selectedIndex + min(max(1, count), matches.count))
    }

    /// Selects the first visible item.
    mutating func moveToTop() { select(index: 0) }

    /// Selects the last visible item.
    mutating func moveToBottom() { select(index: matches.count - 1) }

    /// The range of `visible` indices to draw in `height` rows, scrolled only as far as needed
    /// to keep the selection in view (the offset is stored for stable scrolling).
    mutating func window(height: Int) -> Range<Int> {
        let count = matches.count
        let rows = min(max(0, height), count)
        guard rows > 0 else {
            scrollOffset = 0
            return 0..<0
        }
        scrollOffset = Self.offset(keeping: selectedIndex, visible: scrollOffset, rows: rows, count: count)
        return scrollOffset..<scrollOffset + rows
    }

    /// The first shown row of a `rows`-high window over `count` rows that shows `index`: the
    /// window stays where it was (`offset`) unless `index` left it, then moves just enough.
    static func offset(keeping index: Int, visible offset: Int, rows: Int, count: Int) -> Int {
        var offset = offset
        if index < offset {
            offset = index
        } else if index - offset >= rows {
            offset = index - rows + 1
        }
        return max(0, min(offset, count - rows))
    }

    /// Recomputes `matches`, keeping the selected item selected when it is still visible.
    private mutating func refilter() {
        let previous = selectedIndex < matches.count ? matches[selectedIndex] : nil
        matches = Self.matching(foldedNames, filter: filter)
        if let previous, let kept = matches.firstIndex(of: previous) {
            selectedIndex = kept
        } else {
            selectedIndex = 0
        }
    }

    /// Indices of `names` (already lowercased) containing every whitespace-separated term.
    private static func matching(_ names: [String], filter: String) -> [Int] {
        let terms = filter.lowercased().split(whereSeparator: \.isWhitespace).map(Array.init)
        guard !terms.isEmpty else { return Array(names.indices) }
        return names.indices.filter { i in
            let name = Array(names[i])
            return terms.allSatisfy { contains(name, $0) }
        }
    }

    /// Whether `needle` occurs as a contiguous run in `haystack` (needle non-empty).
    private static func contains(_ haystack: [Character], _ needle: [Character]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count)
        where haystack[start..<start + needle.count].elementsEqual(needle) {
            return true
        }
        return false
    }
}
