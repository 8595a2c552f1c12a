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
}
