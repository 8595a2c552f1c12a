import CNcursesw

/// Colours and attributes by role, looked up in one place (views never choose colours). Each
/// map is an exhaustive `switch`, so a new role cannot be forgotten. Without colour (`NO_COLOR`,
/// or a terminal that has none) roles map to attributes alone.
struct Palette {
    /// What curses draws a cell with.
    struct Style {
        let attributes: attr_t
        let pair: Int16
    }

    /// Colour pairs: foreground and background (-1 is the terminal's default).
    private enum Pair: Int16, CaseIterable {
        case none = 0, cyan, green, red, statusBar, statusAccent, yellow, magenta, statusWarning

        var colours: (Int16, Int16) {
            switch self {
            case .none: (-1, -1)
            case .cyan: (Int16(COLOR_CYAN), -1)
            case .green: (Int16(COLOR_GREEN), -1)
            case .red: (Int16(COLOR_RED), -1)
            case .statusBar: (Int16(COLOR_WHITE), Int16(COLOR_BLUE))
            case .statusAccent: (Int16(COLOR_YELLOW), Int16(COLOR_BLUE))
            case .yellow: (Int16(COLOR_YELLOW), -1)
            case .magenta: (Int16(COLOR_MAGENTA), -1)
            case .statusWarning: (Int16(COLOR_WHITE), Int16(COLOR_RED))
            }
        }
    }

    private let useColor: Bool
    private let styles: [Style]

    /// Call after `start_color()`/`use_default_colors()` when colours are used.
    init(useColor: Bool) {
        self.useColor = useColor
        if useColor {
            for pair in Pair.allCases where pair != .none {
                init_pair(pair.rawValue, pair.colours.0, pair.colours.1)
            }
        }
        // Looked up once per role here (indexed by raw value), so a frame does not switch per cell.
        styles = StyleRole.allCases.map { useColor ? Self.colour($0) : Self.monochrome($0) }
    }

    func style(_ role: StyleRole) -> Style {
        styles[role.rawValue]
    }

    private static func colour(_ role: StyleRole) -> Style {
        let bold = cncurses_a_bold(), dim = cncurses_a_dim(), reverse = cncurses_a_reverse(),
            normal = cncurses_a_normal()
        switch role {
        case .normal, .assistant, .input, .pickerItem, .help: return Style(attributes: normal, pair: Pair.none.rawValue)
        case .user: return Style(attributes: normal, pair: Pair.cyan.rawValue)
        case .userLabel, .inputPrompt: return Style(attributes: bold, pair: Pair.cyan.rawValue)
        case .assistantLabel: return Style(attributes: bold, pair: Pair.green.rawValue)
        case .metrics, .pickerDetail, .dim: return Style(attributes: dim, pair: Pair.none.rawValue)
        case .thinking: return Style(attributes: dim | cncurses_a_italic(), pair: Pair.none.rawValue)
        case .error: return Style(attributes: bold, pair: Pair.red.rawValue)
        case .notice: return Style(attributes: normal, pair: Pair.green.rawValue)
        case .statusBar: return Style(attributes: normal, pair: Pair.statusBar.rawValue)
        case .statusBarAccent: return Style(attributes: bold, pair: Pair.statusAccent.rawValue)
        case .statusBarWarning: return Style(attributes: bold, pair: Pair.statusWarning.rawValue)
        case .pickerBorder: return Style(attributes: normal, pair: Pair.cyan.rawValue)
        case .pickerSelected: return Style(attributes: reverse | bold, pair: Pair.cyan.rawValue)
        case .helpKey: return Style(attributes: bold, pair: Pair.yellow.rawValue)
        case .helpHeading: return Style(attributes: bold | cncurses_a_underline(), pair: Pair.green.rawValue)
        case .marker: return Style(attributes: bold, pair: Pair.magenta.rawValue)
        case .heading1: return Style(attributes: bold | cncurses_a_underline(), pair: Pair.yellow.rawValue)
        case .heading2: return Style(attributes: bold, pair: Pair.yellow.rawValue)
        case .heading3, .strong, .tableHeader: return Style(attributes: bold, pair: Pair.none.rawValue)
        case .emphasis: return Style(attributes: cncurses_a_italic(), pair: Pair.none.rawValue)
        case .strongEmphasis: return Style(attributes: bold | cncurses_a_italic(), pair: Pair.none.rawValue)
        case .strikethrough, .linkURL, .tableBorder, .rule, .codeFrame:
            return Style(attributes: dim, pair: Pair.none.rawValue)
        case .inlineCode: return Style(attributes: normal, pair: Pair.yellow.rawValue)
        case .link: return Style(attributes: cncurses_a_underline(), pair: Pair.cyan.rawValue)
        case .quoteBar, .codeString, .codeAdded: return Style(attributes: normal, pair: Pair.green.rawValue)
        case .listMarker: return Style(attributes: bold, pair: Pair.yellow.rawValue)
        case .code: return Style(attributes: normal, pair: Pair.none.rawValue)
        case .codeKeyword: return Style(attributes: normal, pair: Pair.magenta.rawValue)
        case .codeComment: return Style(attributes: dim | cncurses_a_italic(), pair: Pair.none.rawValue)
        case .codeNumber: return Style(attributes: normal, pair: Pair.cyan.rawValue)
        case .codeRemoved: return Style(attributes: normal, pair: Pair.red.rawValue)
        case .selection, .searchMatch: return Style(attributes: reverse | bold, pair: Pair.yellow.rawValue)
        }
    }

    private static func monochrome(_ role: StyleRole) -> Style {
        let bold = cncurses_a_bold(), dim = cncurses_a_dim(), reverse = cncurses_a_reverse(),
            normal = cncurses_a_normal()
        let attributes: attr_t =
            switch role {
            case .normal, .user, .assistant, .input, .pickerItem, .pickerBorder, .help, .notice, .code, .codeString,
                .codeNumber:
                normal
            case .userLabel, .assistantLabel, .error, .inputPrompt, .helpKey, .marker, .heading2, .heading3, .strong,
                .tableHeader, .listMarker, .codeKeyword, .codeAdded:
                bold
            case .helpHeading, .heading1: bold | cncurses_a_underline()
            case .emphasis: cncurses_a_italic()
            case .strongEmphasis: bold | cncurses_a_italic()
            case .link: cncurses_a_underline()
            case .metrics, .pickerDetail, .dim, .strikethrough, .inlineCode, .linkURL, .quoteBar, .tableBorder, .rule,
                .codeFrame, .codeComment, .codeRemoved:
                dim
            case .selection, .searchMatch: reverse
            case .thinking: dim | cncurses_a_italic()
            case .statusBar, .pickerSelected: reverse
            case .statusBarAccent: reverse | bold
            case .statusBarWarning: reverse | bold | cncurses_a_underline()
            }
        return Style(attributes: attributes, pair: 0)
    }
}
