import OllamaKit

/// The process's exit codes, distinct for each way a run can end (documented in the README).
public enum ExitStatus: Int32, Error, Sendable, CaseIterable {
    case success = 0
    /// The answer failed part way; the part received is on stdout.
    case answerFailed = 1
    /// Bad flags or settings.
    case usage = 2
    /// No usable Ollama server at the configured host: nothing listens, the URL is not an
    /// Ollama API, or the server wants an API key.
    case notReachable = 3
    /// No models installed, or the requested model is not installed.
    case modelUnavailable = 4
    /// The chat archive cannot be opened or written; the answer, if any, is on stdout.
    case storageFailed = 5
    /// Stopped by Ctrl-C (128 + SIGINT, as shells report it).
    case interrupted = 130
    /// Ended by SIGTERM (128 + 15).
    case terminated = 143
    /// Ended by SIGHUP (128 + 1).
    case hungUp = 129
}

extension ExitStatus {
    /// The exit status for a run that ended with `error`.
    public init(failure error: OllamaError) {
        switch error {
        case .notReachable, .notOllama, .unauthorized: self = .notReachable
        case .cancelled: self = .interrupted
        case _ where error.isModelNotFound: self = .modelUnavailable
        default: self = .answerFailed
        }
    }
}
