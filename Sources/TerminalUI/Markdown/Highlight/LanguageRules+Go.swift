extension LanguageRules {
    /// Go: C-style comments, `"` strings, raw `` ` `` strings across lines, `'c'` runes.
    static let go = LanguageRules(
        keywords: [
            "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func",
            "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct",
            "switch", "type", "var", "true", "false", "nil", "iota", "any", "append", "bool", "byte", "cap", "close",
            "copy", "delete", "error", "float32", "float64", "int", "int8", "int16", "int32", "int64", "len", "make",
            "new", "panic", "print", "println", "recover", "rune", "string", "uint", "uint8", "uint16", "uint32",
            "uint64", "uintptr",
        ],
        lineComments: ["//"],
        blockComments: [Delimiters("/*", "*/")],
        strings: [
            StringRule("`", escape: nil, spansLines: true), StringRule("\""),
            StringRule("'", isCharacterLiteral: true),
        ]
    )
}
