extension LanguageRules {
    /// Python: `#` comments, triple-quoted strings across lines, `'` and `"` strings, `@` decorators.
    static let python = LanguageRules(
        keywords: [
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "case", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
            "lambda", "match", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
            "self", "cls", "print", "len", "range", "int", "str", "float", "bool", "list", "dict", "set", "tuple",
            "bytes", "object", "type", "isinstance", "super", "open", "enumerate", "zip",
        ],
        lineComments: ["#"],
        strings: [
            StringRule("\"\"\"", spansLines: true), StringRule("'''", spansLines: true), StringRule("\""),
            StringRule("'"),
        ],
        attributes: true
    )
}
