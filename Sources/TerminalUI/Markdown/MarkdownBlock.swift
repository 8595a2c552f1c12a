/// A block of a Markdown document as the transcript draws it: inline content is already resolved
/// to styled spans, so laying a block out at a width needs no parser.
indirect enum MarkdownBlock: Sendable, Equatable {
    case paragraph([StyledSpan])
    case heading(level: Int, [StyledSpan])
    /// A fenced or indented code block: the info string's first word and the code, one line per `\n`.
    case code(language: String, text: String)
    /// Raw HTML, shown as the text it is.
    case html(String)
    case rule
    case quote([MarkdownBlock])
    case list(MarkdownList)
    case table(MarkdownTable)
}

/// A bullet or ordered list.
struct MarkdownList: Sendable, Equatable {
    /// One item: its task box (nil when it is not a task) and its blocks.
    struct Item: Sendable, Equatable {
        var task: Bool?
        var blocks: [MarkdownBlock]
    }

    /// The first number of an ordered list; nil for bullets.
    var start: Int?
    /// Tight lists have no blank rows between their items.
    var isTight: Bool
    var items: [Item]
}

/// A GitHub table: a header row, body rows and each column's alignment.
struct MarkdownTable: Sendable, Equatable {
    enum Alignment: Sendable, Equatable {
        case none, left, center, right
    }

    var alignments: [Alignment]
    var header: [[StyledSpan]]
    var rows: [[[StyledSpan]]]
}

extension MarkdownBlock {
    /// The texts of the code blocks inside, in document order.
    var codeBlocks: [(language: String, text: String)] {
        var found: [(language: String, text: String)] = []
        collectCode(into: &found)
        return found
    }

    private func collectCode(into found: inout [(language: String, text: String)]) {
        switch self {
        case .code(let language, let text): found.append((language, text))
        case .quote(let blocks): for block in blocks { block.collectCode(into: &found) }
        case .list(let list):
            for item in list.items { for block in item.blocks { block.collectCode(into: &found) } }
        case .paragraph, .heading, .html, .rule, .table: break
        }
    }
}
