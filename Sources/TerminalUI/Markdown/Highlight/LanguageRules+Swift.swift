extension LanguageRules {
    /// Swift: C-style comments, `"` strings, `"""` multi-line strings, `#if` directives and `@` attributes.
    static let swift = LanguageRules(
        keywords: [
            "actor", "any", "as", "associatedtype", "async", "await", "borrowing", "break", "case", "catch", "class",
            "consuming", "continue", "convenience", "default", "defer", "deinit", "do", "dynamic", "else", "enum",
            "extension", "fallthrough", "false", "fileprivate", "final", "for", "func", "guard", "if", "import", "in",
            "indirect", "init", "inout", "internal", "is", "isolated", "lazy", "let", "mutating", "nil",
            "nonisolated", "nonmutating", "open", "operator", "override", "package", "private", "protocol", "public",
            "repeat", "required", "rethrows", "return", "self", "Self", "sending", "some", "static", "struct",
            "subscript", "super", "switch", "throw", "throws", "true", "try", "typealias", "unowned", "var", "weak",
            "where", "while",
        ],
        lineComments: ["//"],
        blockComments: [Delimiters("/*", "*/")],
        nestedBlockComments: true,
        strings: [StringRule("\"\"\"", spansLines: true), StringRule("\"")],
        preprocessorDirectives: true,
        attributes: true
    )
}
