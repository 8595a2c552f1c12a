/// Where the chat list goes in an area and how many chats it shows: each chat takes two rows
/// (its title and its detail or search snippet). Computed once, for the view and for paging.
struct ChatListGeometry {
    let frame: Rect
    /// Chats shown at once.
    let listHeight: Int

    init(area: Rect) {
        let width = min(area.width - 2, max(60, area.width * 3 / 4))
        let height = min(area.height - 2, max(8, area.height * 3 / 4))
        guard width >= 20, height >= 6 else {
            frame = .empty
            listHeight = 0
            return
        }
        frame = area.centred(height: height, width: width)
        // The border's two rows, the filter and the message row; two rows a chat.
        listHeight = max(1, (height - 4) / 2)
    }
}
