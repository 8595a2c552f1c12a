/// The role of a whole line of a unified diff.
enum DiffLine {
    /// Headers (`diff`, `index`, `---`, `+++`, `@@`) are keywords, `+` lines added, `-` lines removed.
    static func role(of line: String) -> StyleRole {
        let headers = ["+++", "---", "@@", "diff ", "index ", "new file", "deleted file", "similarity ", "rename "]
        if headers.contains(where: line.hasPrefix) { return .codeKeyword }
        if line.hasPrefix("+") { return .codeAdded }
        if line.hasPrefix("-") { return .codeRemoved }
        return .code
    }
}
