import NIOConcurrencyHelpers

/// The signal that asked a headless run to stop. The signal handler records it, and the run
/// reads it when it reports how it ended; the first signal counts.
public final class StopRequest: Sendable {
    /// Which signal: Ctrl-C (SIGINT), SIGTERM or SIGHUP.
    public enum Kind: Sendable, Equatable {
        case interrupt, terminate, hangUp

        public var signalName: String {
            switch self {
            case .interrupt: "SIGINT"
            case .terminate: "SIGTERM"
            case .hangUp: "SIGHUP"
            }
        }

        /// 128 + the signal's number, as shells report it.
        public var exitStatus: ExitStatus {
            switch self {
            case .interrupt: .interrupted
            case .terminate: .terminated
            case .hangUp: .hungUp
            }
        }
    }

    private let recorded = NIOLockedValueBox<Kind?>(nil)

    public init() {}

    public func record(_ kind: Kind) {
        recorded.withLockedValue { if $0 == nil { $0 = kind } }
    }

    public var kind: Kind? { recorded.withLockedValue { $0 } }
}
