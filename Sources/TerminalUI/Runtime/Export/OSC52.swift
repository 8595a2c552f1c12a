#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The terminal's own clipboard: `ESC ] 52 ; c ; <base64 of the UTF-8 text> BEL`. It works
/// over SSH and inside tmux (with `set-clipboard on`), and needs no program on this machine.
/// Whether the terminal took the text cannot be known: it answers nothing.
enum OSC52 {
    /// Why no sequence was made.
    enum Refusal: Error, Equatable, Sendable {
        /// The text has more UTF-8 bytes than `maximumTextBytes`.
        case tooLarge(bytes: Int, limit: Int)
    }

    /// The longest text sent: 75,000 UTF-8 bytes, 100,000 bytes of base64. hterm and older
    /// xterm and tmux drop longer sequences, sometimes with what follows; kitty, WezTerm, foot
    /// and iTerm2 take more, but one limit for all keeps a copy from breaking the screen.
    static let maximumTextBytes = 75_000

    /// The sequence that puts `text` on the clipboard. Base64 leaves no control byte in it,
    /// whatever the text holds.
    static func sequence(for text: String) -> Result<[UInt8], Refusal> {
        let utf8 = Array(text.utf8)
        guard utf8.count <= maximumTextBytes else {
            return .failure(.tooLarge(bytes: utf8.count, limit: maximumTextBytes))
        }
        let payload = Data(utf8).base64EncodedString()
        return .success(Array("\u{1B}]52;c;".utf8) + Array(payload.utf8) + [0x07])
    }
}
