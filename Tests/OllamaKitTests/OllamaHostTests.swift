import Foundation
import OllamaTestServer
import Testing

@testable import OllamaKit

/// Every row of the captured `host-cases.tsv` (what Ollama's own `envconfig.Host` does).
struct OllamaHostTests {
    struct Row: CustomStringConvertible {
        let input: String?
        let scheme: String
        let host: String
        let port: Int
        let url: String
        var description: String { input.map { "\"\($0)\"" } ?? "unset" }
    }

    static let rows: [Row] = {
        guard
            let text = try? String(
                contentsOf: CaptureFolder.url.appendingPathComponent("host-cases.tsv"), encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").dropFirst(2).compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, let port = Int(fields[3]) else { return nil }
            let input = fields[0] == "null" ? nil : (try? JSONValue.parse(fields[0]))?.stringValue
            return Row(input: input, scheme: fields[1], host: fields[2], port: port, url: fields[4])
        }
    }()

    @Test func theTableIsThere() {
        #expect(Self.rows.count >= 45)
    }

    @Test(
        arguments: rows.filter {
            ($0.scheme == "http" || $0.scheme == "https") && !$0.host.isEmpty && !$0.host.contains("@")
                && !$0.host.contains("%")
        })
    func agreesWithOllama(_ row: Row) throws {
        let host = try OllamaHost.parse(row.input)
        #expect(host.scheme == row.scheme)
        #expect(host.host == row.host)
        #expect(host.port == row.port)
        #expect(host.baseURL == row.url)
    }

    @Test(arguments: rows.filter { $0.scheme == "http" && $0.host.isEmpty })
    func anEmptyHostMeansThisMachine(_ row: Row) throws {
        let host = try OllamaHost.parse(row.input)
        #expect(host.host == "127.0.0.1")
        #expect(host.port == row.port)
        #expect(host.baseURL == "http://127.0.0.1:\(row.port)")
    }

    @Test func schemesCompareCaseInsensitively() throws {
        let host = try OllamaHost.parse("HTTP://example.com")
        #expect(host.baseURL == "http://example.com:80")
    }

    @Test func otherSchemesAndNonHostsAreErrors() {
        #expect(throws: OllamaHostError.unsupportedScheme("ftp")) { try OllamaHost.parse("ftp://example.com") }
        #expect(throws: OllamaHostError.invalidHost("user:pass@example.com:1234")) {
            try OllamaHost.parse("user:pass@example.com:1234")
        }
    }

    @Test func anIPv6ZoneIsKeptAsGiven() throws {
        let host = try OllamaHost.parse("http://[fe80::1%25eth0]:11434")
        #expect(host.host == "fe80::1%25eth0")
        #expect(host.port == 11434)
    }

    @Test func badPortsFallBackWithAWarning() throws {
        let host = try OllamaHost.parse("example.com:99999")
        #expect(host.port == 11434)
        #expect(host.warnings.count == 1)
        #expect(try OllamaHost.parse("example.com:1234").warnings.isEmpty)
    }

    @Test func aPathIsAPrefixForEveryAPIPath() throws {
        #expect(
            try OllamaHost.parse("https://example.com/ollama/").url(for: "/api/tags")
                == "https://example.com:443/ollama/api/tags")
        #expect(
            try OllamaHost.parse("example.com/ollama").url(for: "/api/chat")
                == "http://example.com:11434/ollama/api/chat")
        #expect(try OllamaHost.parse("[::1]:1337").url(for: "/api/tags") == "http://[::1]:1337/api/tags")
        #expect(try OllamaHost.parse(nil).url(for: "/api/version") == "http://127.0.0.1:11434/api/version")
    }
}
