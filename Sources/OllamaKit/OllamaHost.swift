#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the Ollama server is: scheme, host, port and an optional path prefix, parsed from
/// `OLLAMA_HOST` by the same rules as Ollama's own CLI (`envconfig.Host`).
public struct OllamaHost: Sendable, Equatable, CustomStringConvertible {
    /// `http` or `https`, lowercased.
    public let scheme: String
    /// Host name or IP address, without brackets.
    public let host: String
    public let port: Int
    /// Path prefix for servers behind a reverse proxy, without a leading slash (`ollama/`), or empty.
    public let path: String
    /// Notes about values that were replaced by defaults, e.g. an out-of-range port.
    public let warnings: [String]

    /// The server Ollama's CLI talks to when `OLLAMA_HOST` is unset.
    public static let `default` = OllamaHost(scheme: "http", host: "127.0.0.1", port: 11434, path: "", warnings: [])

    public init(scheme: String, host: String, port: Int, path: String, warnings: [String] = []) {
        self.scheme = scheme
        self.host = host
        self.port = port
        self.path = path
        self.warnings = warnings
    }

    /// The base URL, as Ollama prints it: `http://127.0.0.1:11434`, `https://example.com:443/ollama`.
    public var baseURL: String {
        let hostPart = host.contains(":") ? "[\(host)]" : host
        let pathPart = path.isEmpty ? "" : "/" + path
        return "\(scheme)://\(hostPart):\(port)\(pathPart)"
    }

    public var description: String { baseURL }

    /// The full URL of an API path such as `/api/tags`, keeping the proxy prefix.
    public func url(for apiPath: String) -> String {
        let hostPart = host.contains(":") ? "[\(host)]" : host
        var prefix = path
        while prefix.hasSuffix("/") { prefix.removeLast() }
        let pathPart = prefix.isEmpty ? "" : "/" + prefix
        return "\(scheme)://\(hostPart):\(port)\(pathPart)\(apiPath)"
    }

    /// Parses a value of `OLLAMA_HOST` (`nil` when unset).
    ///
    /// Agrees with Ollama for every `http`/`https` value, with two deliberate differences: an empty
    /// host (`:1234`) means this machine, and a scheme other than http/https or a host that is not a
    /// host name or IP address is an error instead of a URL that cannot work.
    public static func parse(_ raw: String?) throws(OllamaHostError) -> OllamaHost {
        let value = trimmedValue(raw ?? "")
        var scheme = "http"
        var hostPort = value
        var defaultPort = 11434
        if let range = value.firstRange(of: "://") {
            scheme = value[..<range.lowerBound].lowercased()
            hostPort = String(value[range.upperBound...])
            switch scheme {
            case "http": defaultPort = 80
            case "https": defaultPort = 443
            default: throw .unsupportedScheme(scheme)
            }
        } else if value == "ollama.com" {
            scheme = "https"
            hostPort = "ollama.com:443"
        }

        var path = ""
        if let slash = hostPort.firstIndex(of: "/") {
            path = String(hostPort[hostPort.index(after: slash)...])
            hostPort = String(hostPort[..<slash])
        }

        var host: String
        var portText: String
        if let split = splitHostPort(hostPort) {
            (host, portText) = split
        } else {
            host = "127.0.0.1"
            portText = String(defaultPort)
            let unbracketed = hostPort.trimmingScalars { $0 == "[" || $0 == "]" }
            if let ip = canonicalIP(unbracketed) {
                host = ip
            } else if !hostPort.isEmpty {
                host = hostPort
            }
        }
        if host.isEmpty { host = "127.0.0.1" }
        guard isValidHost(host) else { throw .invalidHost(host) }

        var warnings: [String] = []
        let port: Int
        if let number = Int(portText), (0...65535).contains(number) {
            port = number
        } else {
            warnings.append("invalid port \"\(portText)\" in OLLAMA_HOST, using \(defaultPort)")
            port = defaultPort
        }
        return OllamaHost(scheme: scheme, host: host, port: port, path: path, warnings: warnings)
    }

    /// Ollama's `envconfig.Var`: surrounding white space, then quotes, then white space again.
    private static func trimmedValue(_ raw: String) -> String {
        raw.trimmingWhiteSpace()
            .trimmingScalars { $0 == "\"" || $0 == "'" }
            .trimmingWhiteSpace()
    }

    /// Go's `net.SplitHostPort`: nil where Go returns an error (no port, too many colons).
    private static func splitHostPort(_ s: String) -> (String, String)? {
        if s.hasPrefix("[") {
            guard let close = s.firstIndex(of: "]") else { return nil }
            let host = String(s[s.index(after: s.startIndex)..<close])
            let rest = s[s.index(after: close)...]
            guard rest.first == ":" else { return nil }
            let port = String(rest.dropFirst())
            guard !port.contains("[") && !port.contains("]") else { return nil }
            return (host, port)
        }
        guard let colon = s.lastIndex(of: ":") else { return nil }
        let host = String(s[..<colon])
        let port = String(s[s.index(after: colon)...])
        if host.contains(":") || host.contains("[") || host.contains("]") || port.contains("]") { return nil }
        return (host, port)
    }

    /// The canonical text of an IPv4 or IPv6 address, or nil when `s` is not one.
    private static func canonicalIP(_ s: String) -> String? {
        var v4 = in_addr()
        if inet_pton(AF_INET, s, &v4) == 1 { return s }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, s, &v6) == 1 else { return nil }
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        guard inet_ntop(AF_INET6, &v6, &buffer, socklen_t(buffer.count)) != nil else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// A DNS name or an IP literal (IPv6 with an optional zone).
    private static func isValidHost(_ host: String) -> Bool {
        if canonicalIP(host) != nil { return true }
        if host.contains(":") {
            let parts = host.split(separator: "%", maxSplits: 1)
            return parts.count == 2 && canonicalIP(String(parts[0])) != nil
        }
        return !host.isEmpty
            && host.unicodeScalars.allSatisfy { scalar in
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "."
                    || scalar == "_"
            }
    }
}

/// Why an `OLLAMA_HOST` value cannot be used.
public enum OllamaHostError: Error, Sendable, Equatable {
    case unsupportedScheme(String)
    case invalidHost(String)
}
