/// Trimming by Unicode scalars, as Foundation's `trimmingCharacters(in:)` does, for modules that
/// import only FoundationEssentials (which has no `CharacterSet`).
extension StringProtocol {
    /// The text without the leading and trailing scalars for which `isTrimmed` is true.
    public func trimmingScalars(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
            let last = scalars.lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    /// Without leading and trailing blanks: `CharacterSet.whitespaces` (tab and the space separators).
    public func trimmingBlanks() -> String { trimmingScalars(where: \.isBlank) }

    /// Without leading and trailing white space and line breaks: `CharacterSet.whitespacesAndNewlines`.
    public func trimmingWhiteSpace() -> String { trimmingScalars(where: \.isWhiteSpaceOrNewline) }
}

extension Unicode.Scalar {
    /// The scalars of `CharacterSet.whitespaces`: tab, the space separators (`Zs`), and the
    /// zero-width space U+200B, which Foundation counts too.
    public var isBlank: Bool {
        value == 0x09 || value == 0x200B || properties.generalCategory == .spaceSeparator
    }

    /// The scalars of `CharacterSet.whitespacesAndNewlines`: the separators (`Z*`), U+0009–U+000D,
    /// U+0085 and U+200B.
    public var isWhiteSpaceOrNewline: Bool {
        switch properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: true
        default: (0x09...0x0D).contains(value) || value == 0x85 || value == 0x200B
        }
    }
}
