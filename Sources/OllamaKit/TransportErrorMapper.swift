import AsyncHTTPClient
import NIOCore
import NIOPosix
import NIOSSL

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Maps AsyncHTTPClient, SwiftNIO and TLS errors to the `OllamaError` a user can act on. No
/// library's own description reaches the user: those carry type dumps and build paths.
enum TransportErrorMapper {
    static func map(_ error: any Error, configuration: OllamaClientConfiguration, receiving: Bool) -> OllamaError {
        let host = configuration.host.baseURL
        if let error = error as? OllamaError { return error }
        if error is CancellationError { return .cancelled }
        if let error = error as? HTTPClientError {
            switch error {
            case .readTimeout, .deadlineExceeded: return .timeout(seconds: configuration.idleTimeout)
            case .connectTimeout: return .notReachable(host: host, reason: .connectTimeout)
            case .cancelled: return .cancelled
            default:
                return receiving ? .connectionLost(host: host) : .notReachable(host: host, reason: reason(for: error))
            }
        }
        if let error = error as? NIOConnectionError {
            if let failure = error.connectionErrors.first {
                return .notReachable(host: host, reason: reason(for: failure.error))
            }
            return .notReachable(host: host, reason: .nameResolution)
        }
        // Once the answer has started, whatever breaks the connection loses the rest of it.
        if receiving { return .connectionLost(host: host) }
        return .notReachable(host: host, reason: reason(for: error))
    }

    static func reason(for error: any Error) -> ConnectionFailure {
        if let error = error as? IOError {
            switch error.errnoCode {
            case ECONNREFUSED: return .refused
            case ENETUNREACH, EHOSTUNREACH, EADDRNOTAVAIL: return .unreachable
            case ETIMEDOUT: return .connectTimeout
            case ECONNRESET: return .reset
            case EPIPE: return .closed
            default: return .other(Self.sentence(errno: error.errnoCode))
            }
        }
        if let error = error as? NIOSSLError { return tlsReason(error) }
        if let error = error as? ChannelError {
            switch error {
            case .connectTimeout: return .connectTimeout
            case .eof, .ioOnClosedChannel, .alreadyClosed, .outputClosed, .inputClosed: return .closed
            default: return .other(generic)
            }
        }
        if error is SocketAddressError { return .nameResolution }
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout: return .connectTimeout
            case .remoteConnectionClosed: return .closed
            default: return .other(generic)
            }
        }
        return .other(generic)
    }

    /// A plain-HTTP server answers a TLS hello with HTTP text (`WRONG_VERSION_NUMBER`) or by
    /// closing the connection during the handshake.
    private static func tlsReason(_ error: NIOSSLError) -> ConnectionFailure {
        switch error {
        case .handshakeFailed(.sslError(let stack)):
            let plainHTTP = stack.contains { $0 == .eofDuringHandshake || "\($0)".contains("WRONG_VERSION_NUMBER") }
            return plainHTTP ? .tlsNotSpoken : .tlsFailed
        case .uncleanShutdown:
            return .tlsNotSpoken
        default:
            return .tlsFailed
        }
    }

    /// For errors no case names: what the system says of the errno, without the call that failed.
    private static func sentence(errno code: Int32) -> String {
        guard let text = strerror(code) else { return generic }
        return String(cString: text).lowercased()
    }

    private static let generic = "the connection failed"
}
