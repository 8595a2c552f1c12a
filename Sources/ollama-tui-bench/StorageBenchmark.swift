import ChatCore
import ChatStore
import Foundation

/// The chat archive at the sizes of the issue: the list with 10,000 chats, a search over
/// 1,000,000 messages, reopening a chat of 10,000 messages (its tail first), and the CPU that
/// saving costs an answer streamed at 200 tokens/s.
enum StorageBenchmark {
    static let chats = 10_000
    static let messages = 1_000_000
    static let longChat = 10_000
    static let samples = 20

    static func run() async throws {
        let folder = NSTemporaryDirectory() + "ollama-tui-storage-bench-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database: ChatDatabase
        do {
            database = try ChatDatabase.open(path: folder + "/chats.sqlite")
        } catch {
            throw BenchmarkFailure(what: "cannot open the archive: \(error)")
        }
        let generated = ContinuousClock.now
        let long = try await fill(database)
        let fillSeconds = seconds(ContinuousClock.now - generated)

        print("storage: \(chats) chats, \(messages) messages (FTS5), medians of \(samples) runs")
        print("  filled in \(format(fillSeconds, 1)) s; database \(format(fileMiB(folder + "/chats.sqlite"), 0)) MiB")
        try await line("chat list, first 50 of \(chats):") { _ = try await database.listChats(limit: 50, offset: 0) }
        try await line("search, a common word, first 50:") { _ = try await database.search("apple", limit: 50) }
        try await line("search, two words, first 50:") { _ = try await database.search("apple river", limit: 50) }
        try await line("search, a rare word:") { _ = try await database.search("walrus", limit: 50) }
        try await line("search, a prefix as typed (\"riv\"):") { _ = try await database.search("riv", limit: 50) }
        try await line("reopen \(longChat) messages, last 200:") { _ = try await database.loadChat(long, tail: 200) }
        try await line("reopen \(longChat) messages, whole:") { _ = try await database.loadChat(long, tail: nil) }
        let perToken = try await savingCost(database)
        print(
            "  \("saving an answer at 200 tokens/s:".padding(toLength: 40, withPad: " ", startingAt: 0)) "
                + "\(format(perToken, 1)) µs CPU per token")
    }

    /// Times `body` `samples` times and prints the median and range.
    static func line(_ label: String, _ body: () async throws -> Void) async throws {
        var times: [Double] = []
        for _ in 0..<samples {
            let start = ContinuousClock.now
            try await body()
            times.append(seconds(ContinuousClock.now - start) * 1000)
        }
        let range = "\(format(times.min() ?? 0)) – \(format(times.max() ?? 0))"
        print("  \(label.padding(toLength: 40, withPad: " ", startingAt: 0)) \(format(median(times))) ms   (\(range))")
    }

    /// Stores the chats: one of `longChat` messages, the rest sharing what is left of `messages`.
    /// Returns the long chat's id.
    static func fill(_ database: ChatDatabase) async throws -> ChatID {
        var words = WordSource()
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        func history(_ count: Int) -> SessionHistory {
            SessionHistory(
                entries: (0..<count).map { index in
                    SessionHistory.Entry(
                        role: index % 2 == 0 ? .user : .assistant, content: words.sentence(), model: "tiny:latest",
                        createdAt: start + Double(index))
                })
        }
        let long = try await database.importChat(
            title: "a long chat", model: "tiny:latest", createdAt: start, updatedAt: start, history: history(longChat))
        let rest = messages - longChat
        for chat in 1..<chats {
            let count = rest / (chats - 1) + (chat <= rest % (chats - 1) ? 1 : 0)
            _ = try await database.importChat(
                title: words.title(), model: "tiny:latest", createdAt: start, updatedAt: start + Double(chat),
                history: history(count))
        }
        return long
    }

    /// CPU per token of saving a 2,000-token answer handed over at 200 tokens/s (the recorder's
    /// calls on the caller's side and its writes, about once a second), beyond the idle process.
    static func savingCost(_ database: ChatDatabase) async throws -> Double {
        let tokens = 2_000
        let recorder = ChatRecorder(archive: database)
        recorder.promptSent(SessionHistory.Entry(role: .user, content: "count", createdAt: Date()))
        var answer = ""
        let before = ProcessCPU.microseconds()
        let start = ContinuousClock.now
        for token in 1...tokens {
            answer += " w\(token)"
            let text = answer
            recorder.answerChanged {
                SessionHistory.Entry(role: .assistant, content: text, createdAt: Date(), ending: .stopped)
            }
            try await Task.sleep(until: start + .milliseconds(token * 5), clock: .continuous)
        }
        recorder.answerEnded(SessionHistory.Entry(role: .assistant, content: answer, createdAt: Date()))
        _ = await recorder.finish()
        let saving = ProcessCPU.microseconds() - before

        // The same loop without a recorder: what the loop itself costs.
        let idleBefore = ProcessCPU.microseconds()
        let idleStart = ContinuousClock.now
        var idle = ""
        for token in 1...tokens {
            idle += " w\(token)"
            try await Task.sleep(until: idleStart + .milliseconds(token * 5), clock: .continuous)
        }
        let loop = ProcessCPU.microseconds() - idleBefore
        return max(0, saving - loop) / Double(tokens)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func fileMiB(_ path: String) -> Double {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        return Double(size + wal) / 1_048_576
    }
}

/// Deterministic text: words drawn with a skewed distribution (a few are common), and one rare
/// word in about one message of 100,000.
struct WordSource {
    static let syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "pe", "sa", "do", "fu", "gi", "ha", "ju"]
    static let common = ["apple", "river", "stone", "light", "model", "answer", "question", "table", "green", "seven"]
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var count = 0

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func word() -> String {
        if next(8) == 0 { return Self.common[next(Self.common.count)] }
        let length = 2 + next(3)
        return (0..<length).map { _ in Self.syllables[next(Self.syllables.count)] }.joined()
    }

    mutating func sentence() -> String {
        count += 1
        var words = (0..<(8 + next(10))).map { _ in word() }
        if count % 100_000 == 0 { words.append("walrus") }
        return words.joined(separator: " ") + "."
    }

    mutating func title() -> String {
        (0..<3).map { _ in word() }.joined(separator: " ")
    }
}
