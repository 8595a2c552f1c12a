/// One row of rendered Markdown: styled spans, and the code block it belongs to (its index
/// among the message's code blocks), so select mode can find a code block's rows.
struct MarkdownRow: Sendable, Equatable {
    var spans: [StyledSpan]
    var codeBlock: Int?

    init(_ spans: [StyledSpan], codeBlock: Int? = nil) {
        self.spans = spans
        self.codeBlock = codeBlock
    }

    static let blank = MarkdownRow([])

    /// The row with `prefix` before it (a quote bar, a list marker or its indent).
    func prefixed(_ prefix: StyledSpan) -> MarkdownRow {
        MarkdownRow([prefix] + spans, codeBlock: codeBlock)
    }
}
