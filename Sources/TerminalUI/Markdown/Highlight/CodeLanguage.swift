/// A language code blocks are coloured for, chosen by the first word of a fence's info string.
enum CodeLanguage: Sendable {
    case c, cpp, java, python, javascript, typescript, swift, go, rust, shell, json, yaml, sql, diff

    /// The language an info string names, in any case and by any alias, or nil for one without colouring.
    init?(infoString: String) {
        let name = infoString.split(whereSeparator: \.isWhitespace).first.map { $0.lowercased() } ?? ""
        guard let language = Self.names[name] else { return nil }
        self = language
    }

    /// The table of the language's tokens; YAML's is for values only and diff has none.
    var rules: LanguageRules {
        switch self {
        case .c: .c
        case .cpp: .cpp
        case .java: .java
        case .python: .python
        case .javascript: .javascript
        case .typescript: .typescript
        case .swift: .swift
        case .go: .go
        case .rust: .rust
        case .shell: .shell
        case .json: .json
        case .yaml: .yamlValue
        case .sql: .sql
        case .diff: .plain
        }
    }

    /// A file name's extension for code in the language, so an editor colours it too.
    var fileExtension: String {
        switch self {
        case .c: ".c"
        case .cpp: ".cpp"
        case .java: ".java"
        case .python: ".py"
        case .javascript: ".js"
        case .typescript: ".ts"
        case .swift: ".swift"
        case .go: ".go"
        case .rust: ".rs"
        case .shell: ".sh"
        case .json: ".json"
        case .yaml: ".yaml"
        case .sql: ".sql"
        case .diff: ".diff"
        }
    }

    private static let names: [String: CodeLanguage] = [
        "c": .c, "h": .c,
        "cpp": .cpp, "c++": .cpp, "cc": .cpp, "cxx": .cpp, "hpp": .cpp, "hh": .cpp,
        "java": .java,
        "python": .python, "py": .python, "python3": .python,
        "javascript": .javascript, "js": .javascript, "jsx": .javascript, "mjs": .javascript, "cjs": .javascript,
        "node": .javascript,
        "typescript": .typescript, "ts": .typescript, "tsx": .typescript,
        "swift": .swift,
        "go": .go, "golang": .go,
        "rust": .rust, "rs": .rust,
        "sh": .shell, "bash": .shell, "shell": .shell, "zsh": .shell, "console": .shell, "shellsession": .shell,
        "json": .json, "jsonc": .json, "json5": .json,
        "yaml": .yaml, "yml": .yaml,
        "sql": .sql,
        "diff": .diff, "patch": .diff, "udiff": .diff,
    ]
}
