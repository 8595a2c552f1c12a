/// A line the transcript shows that is not part of the conversation (connected, a connection
/// error, a hint): kept beside the history, after `afterEntries` of its entries.
struct ScreenNotice: Sendable, Equatable {
    var afterEntries: Int
    var kind: TranscriptBlock.Kind
    var text: String
}
