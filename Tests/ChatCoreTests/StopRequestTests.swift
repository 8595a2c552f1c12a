import Testing

@testable import ChatCore

/// The signal that stopped a headless run decides its exit status: 128 + its number.
struct StopRequestTests {
    @Test func signalsEndWith128PlusTheirNumber() {
        #expect(StopRequest.Kind.interrupt.exitStatus.rawValue == 130)
        #expect(StopRequest.Kind.terminate.exitStatus.rawValue == 143)
        #expect(StopRequest.Kind.hangUp.exitStatus.rawValue == 129)
        #expect(Strings(.english).endedBySignal("SIGTERM") == "⏹ ended by SIGTERM")
        #expect(Strings(.russian).endedBySignal("SIGHUP") == "⏹ завершено сигналом SIGHUP")
    }

    @Test func theFirstSignalCounts() {
        let request = StopRequest()
        #expect(request.kind == nil)
        request.record(.terminate)
        request.record(.interrupt)
        #expect(request.kind == .terminate)
    }
}
