extension LanguageRules {
    /// C: `//` and `/* */` comments, `"` strings, `'c'` characters, `#include`-style directives.
    static let c = LanguageRules(
        keywords: cKeywords,
        lineComments: ["//"],
        blockComments: [Delimiters("/*", "*/")],
        strings: [StringRule("\""), StringRule("'", isCharacterLiteral: true)],
        preprocessorDirectives: true
    )

    /// C++: C's rules with the C++ keywords.
    static let cpp = LanguageRules(
        keywords: cKeywords.union([
            "alignas", "alignof", "catch", "class", "concept", "consteval", "constexpr", "constinit", "const_cast",
            "co_await", "co_return", "co_yield", "decltype", "delete", "dynamic_cast", "explicit", "export", "final",
            "friend", "mutable", "namespace", "new", "noexcept", "nullptr", "operator", "override", "private",
            "protected", "public", "reinterpret_cast", "requires", "static_assert", "static_cast", "template", "this",
            "throw", "try", "typeid", "typename", "using", "virtual", "std", "string", "vector",
        ]),
        lineComments: ["//"],
        blockComments: [Delimiters("/*", "*/")],
        strings: [StringRule("\""), StringRule("'", isCharacterLiteral: true)],
        preprocessorDirectives: true
    )

    /// Java: C-style comments, `"` strings, `"""` text blocks, `'c'` characters, `@` annotations.
    static let java = LanguageRules(
        keywords: [
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "record", "return", "sealed", "short", "static", "strictfp", "super", "switch",
            "synchronized", "this", "throw", "throws", "transient", "try", "var", "void", "volatile", "while",
            "yield", "true", "false", "null", "String",
        ],
        lineComments: ["//"],
        blockComments: [Delimiters("/*", "*/")],
        strings: [
            StringRule("\"\"\"", spansLines: true), StringRule("\""), StringRule("'", isCharacterLiteral: true),
        ],
        attributes: true
    )

    private static let cKeywords: Set<String> = [
        "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum", "extern",
        "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return", "short", "signed",
        "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while", "bool",
        "true", "false", "NULL", "size_t", "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t",
        "uint32_t", "uint64_t",
    ]
}
