/// Scrolling the transcript: the position is a row anchor, nil while following the newest text.
extension AppState {
    mutating func followBottom() {
        scrollAnchor = nil
        unseenBelow = false
    }

    /// Scrolls the transcript by `delta` rows (negative: back in time).
    mutating func scroll(by delta: Int, layout: ScreenLayout) {
        let width = layout.transcriptWidth
        let height = layout.transcriptHeight
        guard height > 0, let last = transcript.lastPosition(width: width),
            let first = transcript.firstPosition(width: width)
        else { return }
        let lowest = transcript.move(first, by: height - 1, width: width)
        var target = transcript.move(scrollAnchor ?? last, by: delta, width: width)
        if target < lowest { target = lowest }
        if target >= last {
            followBottom()
        } else {
            scrollAnchor = target
        }
    }

    mutating func scrollToTop(layout: ScreenLayout) {
        guard let first = transcript.firstPosition(width: layout.transcriptWidth) else { return }
        scrollAnchor = first
        scroll(by: 0, layout: layout)
    }
}
