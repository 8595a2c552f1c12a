/// A chat's title as it is made from its first prompt.
public enum ChatTitle {
    /// The most characters a made title keeps (the user may rename it to anything).
    public static let maximumLength = 80

    /// The prompt's first non-blank line, cut to `maximumLength` characters.
    public static func from(prompt: String) -> String {
        let line = prompt.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) } ?? ""
        let trimmed = line.drop(while: \.isWhitespace)
        guard trimmed.count > maximumLength else { return String(trimmed) }
        return String(trimmed.prefix(maximumLength - 1)) + "…"
    }

    /// `title` with every control character (C0, DEL, C1) shown as a space, for one line of output.
    public static func printable(_ title: String) -> String {
        String(
            String.UnicodeScalarView(
                title.unicodeScalars.map { scalar in
                    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? " " : scalar
                }))
    }
}
