/// A line the transcript shows that is not part of the conversation (connected, a connection
/// error, a hint): kept beside the history, after `afterEntries` of its entries.
struct ScreenNotice: Sendable, Equatable {
    var afterEntries: Int
    var kind: TranscriptBlock.Kind
    var text: String
    /// Says where the connection stands (an error, no models, the retry hint): the next such
    /// report replaces it instead of piling up under it.
    var isConnectionState = false
}
