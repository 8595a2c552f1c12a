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
    /// Tab or a space separator (`Zs`), the scalars of `CharacterSet.whitespaces`.
    public var isBlank: Bool {
        value == 0x09 || properties.generalCategory == .spaceSeparator
    }

    /// The scalars of `CharacterSet.whitespacesAndNewlines`: separators (`Z*`), U+0009–U+000D and U+0085.
    public var isWhiteSpaceOrNewline: Bool {
        switch properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: true
        default: (0x09...0x0D).contains(value) || value == 0x85
        }
    }
}
