/// Semantic style of a cell; a backend maps each role to colours and attributes.
enum StyleRole: Int, Sendable, Hashable, CaseIterable {
    case normal
    case user
    case userLabel
    case assistant
    case assistantLabel
    case metrics
    case error
    case notice
    case statusBar
    case statusBarAccent
    /// A figure in the status bar that needs attention (the context nearly full).
    case statusBarWarning
    case input
    case inputPrompt
    case pickerBorder
    case pickerItem
    case pickerSelected
    case pickerDetail
    case help
    case helpKey
    case helpHeading
    case marker
    case dim
    case thinking
    // Markdown in answers.
    case heading1
    case heading2
    case heading3
    case emphasis
    case strong
    case strongEmphasis
    case strikethrough
    case inlineCode
    case link
    case linkURL
    case quoteBar
    case listMarker
    case tableBorder
    case tableHeader
    case rule
    // Code blocks: the frame and label, plain code, and what syntax colouring marks.
    case codeFrame
    case code
    case codeKeyword
    case codeString
    case codeComment
    case codeNumber
    case codeAdded
    case codeRemoved
    /// The gutter mark of what select mode has selected.
    case selection
    /// A searched word where it was found.
    case searchMatch
}
