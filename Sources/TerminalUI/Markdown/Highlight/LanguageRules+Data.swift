extension LanguageRules {
    /// JSON (and JSON with comments): `"` keys and strings, numbers, `true`, `false` and `null`.
    static let json = LanguageRules(
        keywords: ["true", "false", "null"],
        lineComments: ["//"],
        blockComments: [Delimiters("/*", "*/")],
        strings: [StringRule("\"")]
    )

    /// A YAML value (its key is found by `YAMLKey`): `#` comments, quoted strings, numbers and booleans.
    static let yamlValue = LanguageRules(
        keywords: ["true", "false", "yes", "no", "on", "off", "null"],
        caseInsensitiveKeywords: true,
        lineComments: ["#"],
        commentsNeedWordStart: true,
        strings: [StringRule("\""), StringRule("'", escape: nil)],
        stringsNeedWordStart: true,
        identifierExtras: ["-", ".", ":", "/"]
    )
}
