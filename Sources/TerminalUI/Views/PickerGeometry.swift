import ChatCore

/// Where the model picker goes in an area, and how many rows its list shows: computed once, for
/// the view and for the keys that page through the list.
struct PickerGeometry {
    /// The popup's frame; empty when the area is too small for it.
    let frame: Rect
    /// Rows of the list (the message row excluded).
    let listHeight: Int
    /// What the row under the list says, if anything (loading, an error, no match).
    let message: String?
    /// The message is a note (news, not a problem).
    let isNote: Bool

    init(picker: ModelPicker, area: Rect, strings: Strings) {
        let items = picker.selection.visible
        let message =
            picker.isLoading && items.isEmpty
            ? strings.loadingModels
            : picker.message ?? picker.note
                ?? (items.isEmpty && !picker.isLoading ? Self.nothingShown(picker, strings) : nil)
        let longest = items.map { CellWidth.of($0.name) + CellWidth.of($0.detail) + 6 }.max() ?? 0
        let messageWidth = message.map { CellWidth.of($0) + 4 } ?? 0
        let width = min(area.width - 2, max(44, longest + 2, messageWidth))
        let listCapacity = max(1, min(max(1, items.count), area.height - 8))
        let height = min(area.height, listCapacity + 4)
        guard width >= 10, height >= 5 else {
            frame = .empty
            listHeight = 0
            self.message = message
            isNote = false
            return
        }
        frame = area.centred(height: height, width: width)
        let rows = height - 3
        listHeight = max(0, message == nil ? rows : rows - 1)
        self.message = message
        isNote = picker.message == nil && picker.note != nil && !(picker.isLoading && items.isEmpty)
    }

    /// Nothing to list: a filter names a model to pull, or there are no models at all.
    private static func nothingShown(_ picker: ModelPicker, _ strings: Strings) -> String {
        if let name = picker.pullCandidate { return strings.enterPulls(TextSanitizer.sanitize(name)) }
        return picker.selection.items.isEmpty ? strings.typeToPull : strings.noMatch
    }
}
