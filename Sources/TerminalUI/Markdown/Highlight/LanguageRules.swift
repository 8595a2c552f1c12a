/// What a language's code looks like to the highlighter: a table the `CodeScanner` applies token by token.
struct LanguageRules: Sendable {
    /// Words coloured as keywords (types and builtins share the role); lowercase when matched case-insensitively.
    var keywords: Set<String> = []
    /// Whether keywords match in any case (SQL, YAML booleans).
    var caseInsensitiveKeywords = false
    /// Markers that comment out the rest of the line, such as `//` or `#`.
    var lineComments: [String] = []
    /// Whether a line comment marker must start a word (`a#b` in shell is not a comment).
    var commentsNeedWordStart = false
    /// Comments with an opening and a closing marker, which may span lines.
    var blockComments: [Delimiters] = []
    /// Whether a block comment opened inside another needs its own close (Swift, Rust).
    var nestedBlockComments = false
    /// String and character literals; the first whose opening matches wins, so longer openings come first.
    var strings: [StringRule] = []
    /// Whether a quote right after a word character is a plain character (`don't` in a YAML value).
    var stringsNeedWordStart = false
    /// Characters that continue an identifier besides letters, digits and `_` (`-` in shell words).
    var identifierExtras: Set<Character> = []
    /// Whether `$NAME`, `${...}` and `$1`-style shell variables are coloured as keywords.
    var dollarVariables = false
    /// Whether `#word` as a line's first token is a directive (`#include`, `#if`), coloured as a keyword.
    var preprocessorDirectives = false
    /// Whether `@name` attributes, decorators and annotations are coloured as keywords.
    var attributes = false

    /// The rules of plain text: nothing is coloured.
    static let plain = LanguageRules()
}

/// An opening and a closing marker, as of a block comment.
struct Delimiters: Sendable {
    var open: [Character]
    var close: [Character]

    init(_ open: String, _ close: String) {
        self.open = Array(open)
        self.close = Array(close)
    }
}

/// One kind of string or character literal.
struct StringRule: Sendable {
    var delimiters: Delimiters
    /// The character that makes the next one literal, or nil when there are no escapes (shell `'...'`).
    var escape: Character?
    /// Whether an unclosed string continues on the next line (triple quotes, template literals).
    var spansLines: Bool
    /// Whether this is a one-character literal (`'a'`, `'\n'`); a quote that opens none is a plain character,
    /// so Rust lifetimes and C++ digit separators stay plain.
    var isCharacterLiteral: Bool

    init(
        _ open: String, _ close: String? = nil, escape: Character? = "\\", spansLines: Bool = false,
        isCharacterLiteral: Bool = false
    ) {
        delimiters = Delimiters(open, close ?? open)
        self.escape = escape
        self.spansLines = spansLines
        self.isCharacterLiteral = isCharacterLiteral
    }
}
