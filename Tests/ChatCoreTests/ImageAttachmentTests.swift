import ChatCore
import Foundation
import Testing

/// Attaching image files: recognised by their bytes, limited in size, every failure a message.
struct ImageAttachmentTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]
    static let webp: [UInt8] = Array("RIFF".utf8) + [0x24, 0, 0, 0] + Array("WEBPVP8 ".utf8)

    /// A temporary folder, removed when the test ends.
    final class Folder {
        let path = NSTemporaryDirectory() + "images-\(UUID().uuidString)"
        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }

        func write(_ name: String, _ bytes: [UInt8]) throws -> String {
            let file = "\(path)/\(name)"
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            return file
        }
    }

    @Test(arguments: [("a.png", png), ("b.JPG", jpeg), ("c.webp", webp), ("named wrongly.png", jpeg)])
    func anImageIsReadAsBase64(_ name: String, _ bytes: [UInt8]) throws {
        let folder = try Folder()
        let file = try folder.write(name, bytes)
        let image = try ImageAttachment.load(path: file, home: nil).get()
        #expect(image.name == name && image.byteCount == bytes.count)
        #expect(Data(base64Encoded: image.base64) == Data(bytes))
    }

    @Test func everyBadFileIsAProblem() throws {
        let folder = try Folder()
        let text = try folder.write("notes.png", Array("just text".utf8))
        #expect(ImageAttachment.load(path: text, home: nil) == .failure(.notAnImage(path: text)))
        let empty = try folder.write("empty.png", [])
        #expect(ImageAttachment.load(path: empty, home: nil) == .failure(.notAnImage(path: empty)))
        #expect(ImageAttachment.load(path: folder.path, home: nil) == .failure(.notAnImage(path: folder.path)))
        let missing = folder.path + "/nope.png"
        #expect(ImageAttachment.load(path: missing, home: nil) == .failure(.missing(path: missing)))
        // Over the limit: a sparse file, so the test writes almost nothing.
        let large = try folder.write("large.png", Self.png)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: large))
        try handle.truncate(atOffset: UInt64(ImageAttachment.maxBytes + 1))
        try handle.close()
        #expect(
            ImageAttachment.load(path: large, home: nil)
                == .failure(.tooLarge(path: large, bytes: ImageAttachment.maxBytes + 1)))
    }

    @Test func aTildePathIsInTheHomeFolder() throws {
        let folder = try Folder()
        _ = try folder.write("cat.png", Self.png)
        let image = try ImageAttachment.load(path: "~/cat.png", home: folder.path).get()
        #expect(image.name == "cat.png")
    }

    @Test func problemsAndLabelsReadWell() {
        let strings = Strings(.english)
        #expect(
            strings.imageProblem(.tooLarge(path: "/x.png", bytes: 25_300_000))
                == "/x.png is 25 MB, over the 20 MB limit; nothing was sent")
        #expect(
            strings.imageLabel(ImageAttachment(name: "cat.png", byteCount: 1_234_567, base64: ""))
                == "[image: cat.png, 1.2 MB]")
        #expect(
            strings.imageLabel(ImageAttachment(name: "dot.png", byteCount: 512, base64: ""))
                == "[image: dot.png, 512 B]")
    }

    @Test func imagesGoWithTheirMessageToTheServer() {
        let image = ImageAttachment(name: "cat.png", byteCount: 3, base64: "AAEC")
        let history = SessionHistory(entries: [
            SessionHistory.Entry(role: .user, content: "What is this?", images: [image])
        ])
        #expect(history.forAPI().map(\.images) == [["AAEC"]])
    }
}

/// Paths to images in a prompt, found as `ollama run` finds a pasted or dropped path.
struct ImagePathsTests {
    @Test(arguments: [
        ("what is in /tmp/cat.png ?", ["/tmp/cat.png"], "what is in ?"),
        ("/tmp/a.JPEG and ./b.webp", ["/tmp/a.JPEG", "./b.webp"], "and"),
        ("look at ~/My\\ Pictures/dog.jpg please", ["~/My Pictures/dog.jpg"], "look at please"),
        ("'/tmp/with space.png' now", ["/tmp/with space.png"], "now"),
        ("\"/tmp/q.png\"", ["/tmp/q.png"], ""),
        ("a path /usr/lib/libx.so and a.png", [], "a path /usr/lib/libx.so and a.png"),
        ("no/tmp/x.png inside a word", [], "no/tmp/x.png inside a word"),
        ("first line\n/tmp/x.png\nlast line", ["/tmp/x.png"], "first line\n\nlast line"),
        ("see /tmp/a.png, then /tmp/b.jpg.", ["/tmp/a.png", "/tmp/b.jpg"], "see, then."),
    ])
    func pathsAreFoundAndTakenOut(_ text: String, _ paths: [String], _ rest: String) {
        let found = ImagePaths.find(in: text)
        #expect(found.map(\.path) == paths)
        #expect(ImagePaths.removing(found, from: text) == rest)
    }
}
