/// Syntax colouring of one fenced code block, line by line: a comment or string a line leaves open continues on
/// the next. Lines of an unknown language are plain code.
struct CodeHighlighter {
    private let language: CodeLanguage?
    private var scanner: CodeScanner

    /// A highlighter for the language an info string's first word names.
    init(language: String) {
        self.language = CodeLanguage(infoString: language)
        scanner = CodeScanner(rules: self.language?.rules ?? .plain)
    }

    /// Whether an info string names a language that is coloured.
    static func isKnown(_ language: String) -> Bool {
        CodeLanguage(infoString: language) != nil
    }

    /// The spans of one line of code (without its line break); their text is exactly `line`.
    mutating func highlight(line: String) -> [StyledSpan] {
        guard !line.isEmpty else { return [] }
        switch language {
        case nil:
            return [StyledSpan(line, .code)]
        case .diff:
            return [StyledSpan(line, DiffLine.role(of: line))]
        case .yaml:
            let chars = Array(line)
            var spans: [StyledSpan] = []
            let key = YAMLKey.range(in: chars)
            if let key {
                spans.appendRun(chars[..<key.lowerBound], role: .code)
                spans.appendRun(chars[key], role: .codeKeyword)
            }
            scanner.scan(chars, from: key?.upperBound ?? 0, into: &spans)
            return spans
        default:
            var spans: [StyledSpan] = []
            scanner.scan(Array(line), from: 0, into: &spans)
            return spans
        }
    }
}
