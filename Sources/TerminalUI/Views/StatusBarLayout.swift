/// Which parts of the status bar fit a width, from their widths alone: parts are dropped whole
/// (a part that does not fit is left out, never cut), and the help hint stays as long as the
/// bar is wider than it.
///
/// Parts are, in order: state, model, host, metrics or notice, totals, the context gauge (nil
/// when absent). The full key hints show only beside the state, model and metrics; otherwise the
/// short hint is kept and the parts are taken by importance (state, model, metrics, totals, gauge,
/// host) as long as each fits whole. Of the figures, the gauge is dropped first, unless it warns
/// (the context nearly full): then it goes after the metrics, before the totals, and the full
/// hints give way to it.
struct StatusBarLayout: Sendable, Equatable {
    /// Which key hints show at the right.
    enum Hints: Sendable, Equatable {
        case full, short
    }

    /// Indices of the parts shown, in their order.
    let shown: [Int]
    let hints: Hints?

    /// Layouts with the full hints, most complete first: all parts, then without the host, then
    /// without the gauge too, then without the totals too.
    private static let fullLayouts = [[0, 1, 2, 3, 4, 5], [0, 1, 3, 4, 5], [0, 1, 3, 4], [0, 1, 3]]
    /// The order in which parts are kept beside the short hint; a notice (the user's action
    /// answered) comes before the model.
    private static let importance = [0, 1, 3, 4, 5, 2]
    private static let noticeFirst = [0, 3, 1, 4, 5, 2]
    /// The same orders when the gauge warns: a warning is never given up for the full hints.
    private static let warningLayouts = [[0, 1, 2, 3, 4, 5], [0, 1, 3, 4, 5], [0, 1, 3, 5]]
    private static let warningImportance = [0, 1, 3, 5, 4, 2]
    private static let warningNoticeFirst = [0, 3, 1, 5, 4, 2]

    init(
        widths: [Int?], width: Int, keyHints: Int, shortKeyHints: Int, hasNotice: Bool = false,
        gaugeWarns: Bool = false
    ) {
        for layout in gaugeWarns ? Self.warningLayouts : Self.fullLayouts {
            let present = layout.filter { $0 < widths.count && widths[$0] != nil }
            if Self.leftWidth(present, widths) + keyHints + 1 <= width {
                self.init(shown: present, hints: .full)
                return
            }
        }
        // The hint is drawn with a space after it; the left side's last space parts the two.
        let keepsHint = shortKeyHints < width
        let room = keepsHint ? width - shortKeyHints - 1 : width
        var shown: [Int] = []
        let order =
            switch (hasNotice, gaugeWarns) {
            case (true, true): Self.warningNoticeFirst
            case (true, false): Self.noticeFirst
            case (false, true): Self.warningImportance
            case (false, false): Self.importance
            }
        for index in order where index < widths.count && widths[index] != nil {
            let candidate = shown + [index]
            if Self.leftWidth(candidate, widths) <= room {
                shown = candidate
            }
        }
        self.init(shown: shown.sorted(), hints: keepsHint ? .short : nil)
    }

    private init(shown: [Int], hints: Hints?) {
        self.shown = shown
        self.hints = hints
    }

    /// The left side's width: a space, the parts joined by " │ ", a space.
    private static func leftWidth(_ shown: [Int], _ widths: [Int?]) -> Int {
        2 + shown.reduce(0) { $0 + (widths[$1] ?? 0) } + 3 * max(0, shown.count - 1)
    }
}
