extension LanguageRules {
    /// Rust: C-style comments, `"` strings (which may span lines), `'c'` characters but not `'a` lifetimes.
    static let rust = LanguageRules(
        keywords: [
            "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false",
            "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
            "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while",
            "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64",
            "bool", "char", "str", "String", "Vec", "Box", "Option", "Some", "None", "Result", "Ok", "Err",
        ],
        lineComments: ["//"],
        blockComments: [Delimiters("/*", "*/")],
        nestedBlockComments: true,
        strings: [StringRule("\"", spansLines: true), StringRule("'", isCharacterLiteral: true)]
    )
}
