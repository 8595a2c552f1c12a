extension LanguageRules {
    /// Shell: `#` comments at a word's start, `'` strings without escapes, `"` strings, `$` variables.
    static let shell = LanguageRules(
        keywords: [
            "if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac", "in",
            "function", "select", "return", "break", "continue", "local", "export", "readonly", "declare", "unset",
            "shift", "exit", "source", "alias", "echo", "printf", "read", "cd", "test", "eval", "exec", "set",
            "trap", "true", "false", "sudo",
        ],
        lineComments: ["#"],
        commentsNeedWordStart: true,
        strings: [StringRule("'", escape: nil), StringRule("\"")],
        identifierExtras: ["-"],
        dollarVariables: true
    )
}
