extension LanguageRules {
    /// SQL: keywords in any case, `--` and `/* */` comments, `'` strings (`''` inside stays in the string).
    static let sql = LanguageRules(
        keywords: [
            "add", "all", "alter", "and", "as", "asc", "avg", "begin", "between", "bigint", "boolean", "by", "cascade",
            "case", "check", "column", "commit", "constraint", "count", "create", "cross", "date", "default",
            "delete", "desc", "distinct", "drop", "else", "end", "exists", "false", "foreign", "from", "full",
            "group", "having", "if", "in", "index", "inner", "insert", "int", "integer", "into", "is", "join", "key",
            "left", "like", "limit", "max", "min", "not", "null", "offset", "on", "or", "order", "outer", "primary",
            "references", "returning", "right", "rollback", "select", "set", "sum", "table", "text", "then",
            "timestamp", "transaction", "trigger", "true", "union", "unique", "update", "values", "varchar", "view",
            "when", "where", "with",
        ],
        caseInsensitiveKeywords: true,
        lineComments: ["--"],
        blockComments: [Delimiters("/*", "*/")],
        strings: [StringRule("'", escape: nil), StringRule("\"", escape: nil)]
    )
}
