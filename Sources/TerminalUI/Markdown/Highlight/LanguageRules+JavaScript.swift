extension LanguageRules {
    /// JavaScript: C-style comments, `'` and `"` strings, template literals across lines, `@` decorators.
    static let javascript = LanguageRules(
        keywords: javascriptKeywords,
        lineComments: ["//"],
        blockComments: [Delimiters("/*", "*/")],
        strings: javascriptStrings,
        identifierExtras: ["$"],
        attributes: true
    )

    /// TypeScript: JavaScript's rules with the type keywords.
    static let typescript = LanguageRules(
        keywords: javascriptKeywords.union([
            "abstract", "any", "as", "asserts", "bigint", "boolean", "declare", "enum", "implements", "infer",
            "interface", "is", "keyof", "module", "namespace", "never", "number", "object", "override", "private",
            "protected", "public", "readonly", "satisfies", "string", "symbol", "type", "unique", "unknown",
        ]),
        lineComments: ["//"],
        blockComments: [Delimiters("/*", "*/")],
        strings: javascriptStrings,
        identifierExtras: ["$"],
        attributes: true
    )

    private static let javascriptStrings = [
        StringRule("`", spansLines: true), StringRule("\""), StringRule("'"),
    ]

    private static let javascriptKeywords: Set<String> = [
        "async", "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete",
        "do", "else", "export", "extends", "finally", "for", "from", "function", "get", "if", "import", "in",
        "instanceof", "let", "new", "of", "return", "set", "static", "super", "switch", "this", "throw", "try",
        "typeof", "var", "void", "while", "with", "yield", "true", "false", "null", "undefined", "NaN", "Infinity",
    ]
}
