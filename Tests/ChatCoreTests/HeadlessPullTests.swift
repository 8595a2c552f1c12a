import NIOConcurrencyHelpers
import OllamaKit
import Testing

@testable import ChatCore

/// `--pull`'s lines: a step alone, a layer with its size, and on a terminal its bar; the words of
/// the model overlays' figures.
struct HeadlessPullTests {
    @Test func aLayerIsItsStatusAndSizeAndOnATerminalItsBar() {
        let layer = PullProgress(status: "pulling aeda25e63ebd", digest: "sha256:aeda", total: 200, completed: 50)
        #expect(HeadlessPull.line(PullProgress(status: "pulling manifest"), bar: true) == "pulling manifest")
        #expect(HeadlessPull.line(layer, bar: false) == "pulling aeda25e63ebd 200B")
        #expect(HeadlessPull.line(layer, bar: true) == "pulling aeda25e63ebd ██████░░░░░░░░░░░░░░░░░░ 25% 50B/200B")
    }

    @Test func durationsAndUnloadingReadShort() {
        #expect(Strings.shortDuration(9.2) == "10s")
        #expect(Strings.shortDuration(185) == "3m 05s")
        #expect(Strings.shortDuration(3720) == "1h 02m")
        let strings = Strings(.english)
        #expect(strings.unloadsIn(seconds: 30) == "unloads in under a minute")
        #expect(strings.unloadsIn(seconds: 240) == "unloads in 4 min")
        #expect(Strings(.russian).unloadsIn(seconds: 240) == "выгрузится через 4 мин")
    }

    /// A signal cancels the request, which can end with a failure before the loop sees the
    /// cancellation: once a signal was noted, the pull is cancelled, not failed.
    @Test func aFailureAfterASignalIsTheCancellation() async throws {
        let client = OllamaClient(
            configuration: OllamaClientConfiguration(
                host: OllamaHost(scheme: "http", host: "127.0.0.1", port: 1, path: ""), connectTimeout: 2))
        let stop = StopRequest()
        stop.record(.interrupt)
        let output = NIOLockedValueBox("")
        let pull = HeadlessPull(
            client: client, strings: Strings(.english), errorOutput: { text in output.withLockedValue { $0 += text } },
            isTerminal: false, stopRequest: stop)
        let status = await pull.run("gemma2:2b")
        await client.shutdown()
        #expect(status == .interrupted)
        #expect(output.withLockedValue { $0 } == Strings(.english).pullCancelled + "\n")
    }
}
