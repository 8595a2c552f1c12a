import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix

/// Maps AsyncHTTPClient and SwiftNIO errors to the `OllamaError` a user can act on.
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
            case .remoteConnectionClosed:
                return receiving ? .connectionLost(host: host) : .notReachable(host: host, reason: .other("connection closed"))
            default: return receiving ? .connectionLost(host: host) : .notReachable(host: host, reason: .other("\(error)"))
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

    private static func reason(for error: any Error) -> ConnectionFailure {
        if let error = error as? IOError {
            switch error.errnoCode {
            case ECONNREFUSED: return .refused
            case ENETUNREACH, EHOSTUNREACH, EADDRNOTAVAIL: return .unreachable
            case ETIMEDOUT: return .connectTimeout
            default: return .other(error.description)
            }
        }
        if let error = error as? ChannelError, case .connectTimeout = error { return .connectTimeout }
        if error is SocketAddressError { return .nameResolution }
        if let error = error as? HTTPClientError, error == .connectTimeout { return .connectTimeout }
        return .other(String(describing: error))
    }
}
