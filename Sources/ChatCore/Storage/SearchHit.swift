/// One search result: where the words were found, with a snippet around them.
public struct SearchHit: Sendable, Equatable {
    public var chat: ChatID
    public var title: String
    /// The text around the match, the matched words at `matches`.
    public var snippet: String
    public var matches: [Range<String.Index>]
    /// The message's position in the chat; nil when the title matched.
    public var position: Int?

    public init(chat: ChatID, title: String, snippet: String, matches: [Range<String.Index>], position: Int?) {
        self.chat = chat
        self.title = title
        self.snippet = snippet
        self.matches = matches
        self.position = position
    }
}
