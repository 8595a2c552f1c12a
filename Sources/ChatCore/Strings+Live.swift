/// The status bar's figures while an answer streams.
extension Strings {
    /// No text for this long counts as a stall, and the status bar says so.
    public static let stallSeconds = 5.0

    /// `⏱ 3.1 s • ⚡ 0.4 s • 🔢 57 tok • 📊 18 tok/s` (elapsed, time to the first token, tokens
    /// so far, their rate); while waiting for the first token, or in a stall, that instead.
    public func liveFigures(_ answer: ChatSession.PendingAnswer, now: Moment) -> String {
        let elapsed = now.seconds(since: answer.startedAt)
        guard let first = answer.firstTokenAt else {
            return pick(
                "waiting for the first token · \(Int(elapsed)) s", "ожидание первого токена · \(Int(elapsed)) сек")
        }
        if let last = answer.lastDataAt, now.seconds(since: last) >= Self.stallSeconds {
            let quiet = Int(now.seconds(since: last))
            return pick("no data for \(quiet) s", "нет данных \(quiet) сек")
        }
        let unit = pick("s", "сек")
        var parts = [
            "⏱ \(Self.oneDecimal(elapsed)) \(unit)",
            "⚡ \(Self.oneDecimal(first.seconds(since: answer.startedAt))) \(unit)",
        ]
        if answer.tokens > 0 {
            parts.append("🔢 \(answer.tokens) \(pick("tok", "ток"))")
            let span = now.seconds(since: first)
            if span >= 0.5 {
                parts.append("📊 \(Int((Double(answer.tokens) / span).rounded())) \(pick("tok/s", "ток/сек"))")
            }
        }
        return parts.joined(separator: " • ")
    }
}
