/// Every word of the slash commands, with the words that may follow it: what completion offers
/// and help lists, each described by `Strings.slashDescription`.
public enum SlashTopic: String, Sendable, Equatable, CaseIterable {
    case set, show, load, clear, help, bye, image
    case setSystem = "set system"
    case setParameter = "set parameter"
    case setThink = "set think"
    case setNothink = "set nothink"
    case showInfo = "show info"
    case showParameters = "show parameters"
    case showSystem = "show system"

    /// The commands at the start of a line.
    public static let commands: [SlashTopic] = [.set, .show, .load, .image, .clear, .help, .bye]

    /// The words that follow this one, if any.
    public var subtopics: [SlashTopic] {
        switch self {
        case .set: [.setSystem, .setParameter, .setThink, .setNothink]
        case .show: [.showInfo, .showParameters, .showSystem]
        default: []
        }
    }

    /// The last word, as typed.
    public var word: String { String(rawValue.split(separator: " ").last ?? "") }

    /// How it is written with its arguments: `/set parameter NAME VALUE`.
    public var usage: String {
        switch self {
        case .set: "/set system|parameter|think|nothink …"
        case .show: "/show info|parameters|system"
        case .load: "/load MODEL"
        case .image: "/image PATH"
        case .setSystem: "/set system TEXT"
        case .setParameter: "/set parameter NAME VALUE"
        case .setThink: "/set think [on|off|low|medium|high]"
        default: "/" + rawValue
        }
    }

    /// Whether arguments follow (completion then adds a space).
    var takesArguments: Bool {
        switch self {
        case .set, .show, .load, .image, .setSystem, .setParameter, .setThink: true
        default: false
        }
    }
}
