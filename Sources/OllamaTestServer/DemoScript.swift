extension ServerScript {
    /// What `ollama-tui --demo` talks to: the two captured models, each answering with a real
    /// captured answer at the pace it was captured, with Ollama's own counters (so the metrics
    /// line is a real one). `tiny:latest` gives a short answer in three scripts, `gemma3:270m` a
    /// long one that streams for about three seconds.
    public static var demo: ServerScript {
        ServerScript(
            models: .captured,
            chat: .paced("chat-stream"),
            replies: ["tiny:latest": .paced("chat-multiturn"), "gemma3:270m": .paced("chat-long")]
        )
    }
}
