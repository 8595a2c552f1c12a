import ChatCore

/// Finds the line of a key in TOML text, for messages about its value (the parser keeps no
/// positions of values): the first `key =` line under the key's table header.
struct ConfigLines {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line of `key` in `table` (nil: the top level), if it is found.
    func line(of key: String, in table: String?) -> Int? {
        var current: String?
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingPrefix { $0 == " " || $0 == "\t" }
            if line.hasPrefix("[") {
                let header = line.dropFirst().prefix { $0 != "]" }
                current = header.trimmingPrefix { $0 == " " }.split(separator: " ").first.map(String.init)
                continue
            }
            // A key may be quoted: `"top_k" = 40`.
            let keyStart = line.trimmingPrefix { $0 == "\"" || $0 == "'" }
            guard current == table, keyStart.hasPrefix(key) else { continue }
            let rest = keyStart.dropFirst(key.count).trimmingPrefix { " \t\"'".contains($0) }
            if rest.hasPrefix("=") { return index + 1 }
        }
        return nil
    }
}
