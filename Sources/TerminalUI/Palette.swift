import CNcursesw

/// Colours and attributes by role, looked up in one place (views never choose colours).
/// Without colour (`NO_COLOR`, or a terminal that has none) roles map to attributes alone.
struct Palette {
    struct Style {
        let attributes: attr_t
        let pair: Int16
    }

    private let styles: [StyleRole: Style]

    /// Call after `start_color()`/`use_default_colors()` when colours are used.
    init(useColor: Bool) {
        let bold = cncurses_a_bold(), dim = cncurses_a_dim(), reverse = cncurses_a_reverse(), normal = cncurses_a_normal()
        guard useColor else {
            styles = [
                .userLabel: Style(attributes: bold, pair: 0), .assistantLabel: Style(attributes: bold, pair: 0),
                .metrics: Style(attributes: dim, pair: 0), .error: Style(attributes: bold, pair: 0),
                .statusBar: Style(attributes: reverse, pair: 0), .statusBarAccent: Style(attributes: reverse | bold, pair: 0),
                .inputPrompt: Style(attributes: bold, pair: 0),
                .pickerSelected: Style(attributes: reverse, pair: 0), .pickerDetail: Style(attributes: dim, pair: 0),
                .helpKey: Style(attributes: bold, pair: 0), .marker: Style(attributes: bold, pair: 0), .dim: Style(attributes: dim, pair: 0),
            ]
            return
        }
        let pairs: [(Int16, Int16, Int16)] = [
            (1, Int16(COLOR_CYAN), -1), (2, Int16(COLOR_GREEN), -1), (3, Int16(COLOR_RED), -1),
            (4, Int16(COLOR_WHITE), Int16(COLOR_BLUE)), (5, Int16(COLOR_YELLOW), Int16(COLOR_BLUE)),
            (6, Int16(COLOR_YELLOW), -1), (7, Int16(COLOR_MAGENTA), -1),
        ]
        for (pair, foreground, background) in pairs { init_pair(pair, foreground, background) }
        styles = [
            .user: Style(attributes: normal, pair: 1), .userLabel: Style(attributes: bold, pair: 1),
            .assistantLabel: Style(attributes: bold, pair: 2), .metrics: Style(attributes: dim, pair: 0),
            .error: Style(attributes: bold, pair: 3), .notice: Style(attributes: normal, pair: 2),
            .statusBar: Style(attributes: normal, pair: 4), .statusBarAccent: Style(attributes: bold, pair: 5),
            .inputPrompt: Style(attributes: bold, pair: 1),
            .pickerBorder: Style(attributes: normal, pair: 1), .pickerSelected: Style(attributes: reverse | bold, pair: 1),
            .pickerDetail: Style(attributes: dim, pair: 0), .helpKey: Style(attributes: bold, pair: 6),
            .marker: Style(attributes: bold, pair: 7), .dim: Style(attributes: dim, pair: 0),
        ]
    }

    func style(_ role: StyleRole) -> Style {
        styles[role] ?? Style(attributes: cncurses_a_normal(), pair: 0)
    }
}
