import Foundation
import OllamaTestServer
import Testing

/// The captures compiled into the test server (`scripts/gen-captures.py`) are the files, byte for byte.
@Suite struct CaptureFilesTests {
    static let served = [".headers", ".body", ".raw"]

    static var namesOnDisk: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: CaptureFolder.url.path)) ?? []
        return names.filter { name in served.contains { name.hasSuffix($0) } }.sorted()
    }

    @Test func everyFileIsCompiledIn() {
        #expect(Self.namesOnDisk.count >= 50)
        #expect(CaptureLibrary.fileNames == Self.namesOnDisk)
    }

    @Test func theBytesAreTheFiles() throws {
        for name in Self.namesOnDisk {
            let onDisk = try Data(contentsOf: CaptureFolder.url.appendingPathComponent(name))
            #expect(CaptureLibrary.file(name) == Array(onDisk), "\(name) differs: run scripts/gen-captures.py")
        }
    }
}
