import Testing

@testable import OllamaKit

struct NDJSONFramerTests {
    static let body = Array("{\"a\":\"Привет\"}\r\n\n{\"b\":\"衣装👍🏽\"}\n   \n{\"c\":3}\n".utf8)
    static let expected = ["{\"a\":\"Привет\"}", "{\"b\":\"衣装👍🏽\"}", "{\"c\":3}"]

    private func lines(fedIn pieces: [ArraySlice<UInt8>]) throws -> [String] {
        var framer = NDJSONFramer()
        var lines: [String] = []
        for piece in pieces {
            framer.append(piece)
            while let line = try framer.nextLine() { lines.append(String(decoding: line, as: UTF8.self)) }
        }
        if let rest = framer.finish() { lines.append(String(decoding: rest, as: UTF8.self)) }
        return lines
    }

    @Test func severalLinesInOneChunk() throws {
        #expect(try lines(fedIn: [Self.body[...]]) == Self.expected)
    }

    @Test func everySplitPointIncludingInsideCharacters() throws {
        for split in 0...Self.body.count {
            #expect(try lines(fedIn: [Self.body[..<split], Self.body[split...]]) == Self.expected, "split at \(split)")
        }
    }

    @Test func oneByteAtATime() throws {
        #expect(try lines(fedIn: Self.body.map { [$0][...] }) == Self.expected)
    }

    @Test func aLastLineWithoutNewlineIsKept() throws {
        #expect(try lines(fedIn: [Array("{\"x\":1}\n{\"y\":2}".utf8)[...]]) == ["{\"x\":1}", "{\"y\":2}"])
    }

    @Test func aLineOfSeveralMebibytesInSmallPieces() throws {
        let big = Array(repeating: UInt8(ascii: "x"), count: 5 << 20)
        let stream = Array("{\"a\":1}\n".utf8) + big + [0x0A]
        var framer = NDJSONFramer()
        var sizes: [Int] = []
        var offset = 0
        while offset < stream.count {
            let end = min(stream.count, offset + 1400)
            framer.append(stream[offset..<end])
            while let line = try framer.nextLine() { sizes.append(line.count) }
            offset = end
        }
        #expect(sizes == [7, 5 << 20])
    }

    @Test func aLineOverTheLimitIsAnError() {
        var framer = NDJSONFramer(maxLineBytes: 10)
        framer.append(Array("0123456789ABCDEF".utf8))
        #expect(throws: NDJSONFramingError.lineTooLong(limit: 10)) { try framer.nextLine() }
    }
}
