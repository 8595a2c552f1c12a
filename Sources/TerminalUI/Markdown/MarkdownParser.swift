import CCmarkGFM
import Synchronization

/// Parses Markdown with cmark-gfm (tables, strikethrough, autolinks, task lists) into
/// `MarkdownBlock`s. The tree is walked with cmark's iterator and an explicit stack, so no
/// input nests the walk deeper than the stack; containers deeper than `maxDepth` are flattened
/// into the last one kept. Every literal passes the sanitizer again, because entities
/// (`&#x1b;`) decode to controls.
enum MarkdownParser {
    /// Quotes and lists nested deeper than this are drawn at this depth.
    static let maxDepth = 12

    /// The top-level blocks and the source line (1-based) each starts on.
    struct Document: Sendable, Equatable {
        var blocks: [MarkdownBlock] = []
        var startLines: [Int] = []
    }

    /// Lines with more `|` than this are never parsed as table rows.
    static let maxTableCells = 256

    private static func hasHugeRow(_ text: String) -> Bool {
        var pipes = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "|") {
                pipes += 1
                if pipes > maxTableCells { return true }
            } else if byte == UInt8(ascii: "\n") {
                pipes = 0
            }
        }
        return false
    }

    /// cmark-gfm keeps the characters that start an extension's inline syntax (`w` and `:` for
    /// autolinks, `~` for strikethrough, `|` for tables) in one process-wide table, and adds and
    /// removes them around every parse: two parses at once drop each other's, so a link comes
    /// out as text. Parsing holds this lock; walking the finished tree does not need it.
    private static let parsing = Mutex(false)

    static func parse(_ text: String) -> Document {
        // cmark-gfm's table extension takes quadratic time in a row's cells: a line with more
        // pipes than any real table is parsed as text.
        let names = ["strikethrough", "autolink", "tasklist"] + (hasHugeRow(text) ? [] : ["table"])
        var source = text
        let tree = parsing.withLock { registered -> OpaquePointer? in
            if !registered {
                cmark_gfm_core_extensions_ensure_registered()
                registered = true
            }
            guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return nil }
            defer { cmark_parser_free(parser) }
            for name in names {
                if let syntax = cmark_find_syntax_extension(name) {
                    cmark_parser_attach_syntax_extension(parser, syntax)
                }
            }
            source.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
                }
            }
            return cmark_parser_finish(parser)
        }
        guard let root = tree else { return Document() }
        defer { cmark_node_free(root) }
        var builder = TreeBuilder()
        guard let iterator = cmark_iter_new(root) else { return Document() }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_ENTER {
                builder.enter(node, isRoot: node == root)
            } else if event == CMARK_EVENT_EXIT {
                builder.exit(node, isRoot: node == root)
            }
        }
        return builder.document
    }
}

/// The walk's state: a stack of the containers and leaves entered and not yet left.
private struct TreeBuilder {
    enum Frame {
        case quote([MarkdownBlock])
        case list(MarkdownList)
        case item(MarkdownList.Item)
        case table(MarkdownTable, row: [[StyledSpan]], isHeader: Bool)
        /// A container past the depth cap: its blocks go to the container under it.
        case flattened
        case leaf(Leaf, InlineCollector)
    }

    enum Leaf {
        case paragraph, heading(Int), cell
    }

    var document = MarkdownParser.Document()
    private var stack: [Frame] = []
    private var depth = 0

    mutating func enter(_ node: OpaquePointer, isRoot: Bool) {
        if isRoot { return }
        let type = cmark_node_get_type(node)
        if case .leaf(let leaf, var inline)? = stack.last, isInline(type) {
            stack[stack.count - 1] = .leaf(leaf, .paragraph)  // drop the reference while mutating
            inline.enter(node, type: type)
            stack[stack.count - 1] = .leaf(leaf, inline)
            return
        }
        let line = Int(cmark_node_get_start_line(node))
        switch type {
        case CMARK_NODE_PARAGRAPH:
            stack.append(.leaf(.paragraph, InlineCollector(base: .assistant)))
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            stack.append(.leaf(.heading(level), InlineCollector(base: Self.headingRole(level))))
        case CMARK_NODE_CODE_BLOCK:
            let info = literal(cmark_node_get_fence_info(node))
            let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
            add(.code(language: language, text: chompNewline(literal(cmark_node_get_literal(node)))), startLine: line)
        case CMARK_NODE_HTML_BLOCK:
            add(.html(chompNewline(literal(cmark_node_get_literal(node)))), startLine: line)
        case CMARK_NODE_THEMATIC_BREAK:
            add(.rule, startLine: line)
        case CMARK_NODE_BLOCK_QUOTE:
            pushContainer(.quote([]))
        case CMARK_NODE_LIST:
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            let start = ordered ? Int(cmark_node_get_list_start(node)) : nil
            pushContainer(.list(MarkdownList(start: start, isTight: cmark_node_get_list_tight(node) != 0, items: [])))
        case CMARK_NODE_ITEM:
            let isTask = typeName(node) == "tasklist"
            let task = isTask ? cmark_gfm_extensions_get_tasklist_item_checked(node) : nil
            pushContainer(.item(MarkdownList.Item(task: task, blocks: [])))
        default:
            enterExtension(node)
        }
    }

    mutating func exit(_ node: OpaquePointer, isRoot: Bool) {
        if isRoot { return }
        let type = cmark_node_get_type(node)
        if case .leaf(let leaf, var inline)? = stack.last, isInline(type) {
            stack[stack.count - 1] = .leaf(leaf, .paragraph)
            inline.exit(node, type: type)
            stack[stack.count - 1] = .leaf(leaf, inline)
            return
        }
        switch type {
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM:
            popFrame(startLine: Int(cmark_node_get_start_line(node)))
        default:
            switch typeName(node) {
            case "table_cell", "table": popFrame(startLine: Int(cmark_node_get_start_line(node)))
            case "table_row", "table_header": endTableRow()
            default: break
            }
        }
    }

    private mutating func enterExtension(_ node: OpaquePointer) {
        switch typeName(node) {
        case "table":
            let columns = Int(cmark_gfm_extensions_get_table_columns(node))
            var alignments: [MarkdownTable.Alignment] = []
            if let raw = cmark_gfm_extensions_get_table_alignments(node) {
                for column in 0..<columns {
                    switch raw[column] {
                    case UInt8(ascii: "l"): alignments.append(.left)
                    case UInt8(ascii: "c"): alignments.append(.center)
                    case UInt8(ascii: "r"): alignments.append(.right)
                    default: alignments.append(.none)
                    }
                }
            }
            stack.append(.table(MarkdownTable(alignments: alignments, header: [], rows: []), row: [], isHeader: false))
        case "table_row", "table_header":
            if case .table(let table, _, _)? = stack.last {
                stack[stack.count - 1] = .table(table, row: [], isHeader: typeName(node) == "table_header")
            }
        case "table_cell":
            stack.append(.leaf(.cell, InlineCollector(base: .assistant)))
        default:
            break  // an extension block this renderer does not know: its text still arrives as inlines
        }
    }

    private mutating func pushContainer(_ frame: Frame) {
        if depth >= MarkdownParser.maxDepth {
            stack.append(.flattened)
        } else {
            stack.append(frame)
        }
        depth += 1
    }

    private mutating func endTableRow() {
        guard case .table(var table, let row, let isHeader)? = stack.last else { return }
        if isHeader { table.header = row } else { table.rows.append(row) }
        stack[stack.count - 1] = .table(table, row: [], isHeader: false)
    }

    private mutating func popFrame(startLine: Int) {
        guard let frame = stack.popLast() else { return }

        switch frame {
        case .leaf(.paragraph, let inline): add(.paragraph(inline.spans), startLine: startLine)
        case .leaf(.heading(let level), let inline): add(.heading(level: level, inline.spans), startLine: startLine)
        case .leaf(.cell, let inline):
            if case .table(let table, var row, let isHeader)? = stack.last {
                row.append(inline.spans)
                stack[stack.count - 1] = .table(table, row: row, isHeader: isHeader)
            }
        case .quote(let blocks):
            depth -= 1
            add(.quote(blocks), startLine: startLine)
        case .list(let list):
            depth -= 1
            add(.list(list), startLine: startLine)
        case .item(let item):
            depth -= 1
            addItem(item, startLine: startLine)
        case .flattened:
            depth -= 1
        case .table(let table, _, _):
            add(.table(table), startLine: startLine)
        }
    }

    /// Adds a finished block to the innermost container that takes blocks (past flattened ones).
    private mutating func add(_ block: MarkdownBlock, startLine: Int) {
        var index = stack.count - 1
        while index >= 0 {
            switch stack[index] {
            case .flattened, .leaf, .table:
                index -= 1
                continue
            case .quote(var blocks):
                stack[index] = .flattened
                blocks.append(block)
                stack[index] = .quote(blocks)
            case .item(var item):
                stack[index] = .flattened
                item.blocks.append(block)
                stack[index] = .item(item)
            case .list(var list):
                stack[index] = .flattened
                if list.items.isEmpty { list.items.append(MarkdownList.Item(task: nil, blocks: [])) }
                list.items[list.items.count - 1].blocks.append(block)
                stack[index] = .list(list)
            }
            return
        }
        document.blocks.append(block)
        document.startLines.append(startLine)
    }

    /// An item goes to its list; a flattened list's items go to the container under it as blocks.
    private mutating func addItem(_ item: MarkdownList.Item, startLine: Int) {
        if case .list(var list)? = stack.last {
            stack[stack.count - 1] = .flattened
            list.items.append(item)
            stack[stack.count - 1] = .list(list)
        } else {
            for block in item.blocks { add(block, startLine: startLine) }
        }
    }

    private static func headingRole(_ level: Int) -> StyleRole {
        switch level {
        case 1: .heading1
        case 2: .heading2
        default: .heading3
        }
    }
}

/// Collects a paragraph's (or heading's, or cell's) inline nodes as styled spans.
private struct InlineCollector {
    let base: StyleRole
    var spans: [StyledSpan] = []
    private var emphasis = 0
    private var strong = 0
    private var strike = 0
    /// Open links and images: where their text starts in `spans`, and the URL.
    private var links: [(start: Int, url: String, isImage: Bool)] = []

    static let paragraph = InlineCollector(base: .assistant)

    init(base: StyleRole) {
        self.base = base
    }

    private var role: StyleRole {
        if !links.isEmpty { return .link }
        if strike > 0 { return .strikethrough }
        if strong > 0 && emphasis > 0 { return .strongEmphasis }
        if strong > 0 { return .strong }
        if emphasis > 0 { return .emphasis }
        return base
    }

    mutating func enter(_ node: OpaquePointer, type: cmark_node_type) {
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_HTML_INLINE:
            append(literal(cmark_node_get_literal(node)), role)
        case CMARK_NODE_CODE:
            append(literal(cmark_node_get_literal(node)), links.isEmpty ? .inlineCode : .link)
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            // A line break the model wrote stays one, as in GitHub's comments.
            append("\n", role)
        case CMARK_NODE_EMPH: emphasis += 1
        case CMARK_NODE_STRONG: strong += 1
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            let isImage = type == CMARK_NODE_IMAGE
            if isImage { append("[image: ", .link) }
            links.append((spans.count, literal(cmark_node_get_url(node)), isImage))
        default:
            if typeName(node) == "strikethrough" { strike += 1 }
        }
    }

    mutating func exit(_ node: OpaquePointer, type: cmark_node_type) {
        switch type {
        case CMARK_NODE_EMPH: emphasis -= 1
        case CMARK_NODE_STRONG: strong -= 1
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            guard let link = links.popLast() else { return }
            if link.isImage { append("]", .link) }
            let text = spans[link.start...].map(\.text).joined()
            let spelledOut = ["", "mailto:", "http://", "https://"].contains { link.url == $0 + text }
            if !link.url.isEmpty && !spelledOut {
                append(" (" + link.url + ")", .linkURL)
            }
        default:
            if typeName(node) == "strikethrough" { strike -= 1 }
        }
    }

    private mutating func append(_ text: String, _ role: StyleRole) {
        spans.appendRun(text, role: role)
    }
}

/// A node's C string as sanitized text ("" for none).
private func literal(_ pointer: UnsafePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    let text = String(cString: pointer)
    return TextSanitizer.needsSanitizing(text) ? TextSanitizer.sanitize(text) : text
}

private func typeName(_ node: OpaquePointer) -> String {
    cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
}

/// A code or HTML block's literal ends with the newline of its last line.
private func chompNewline(_ text: String) -> String {
    text.hasSuffix("\n") ? String(text.dropLast()) : text
}

private func isInline(_ type: cmark_node_type) -> Bool {
    // The type's high bits say block (0x8000) or inline (0xC000).
    type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_INLINE)
}
