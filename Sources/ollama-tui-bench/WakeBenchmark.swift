import Foundation
import NIOCore
import NIOPosix

/// What one thread wake-up costs on this machine with nothing to do: the floor under every
/// figure measured at a model's pace, where each token, handover and frame is a wake-up.
enum WakeBenchmark {
    static let wakes = 1_000

    static func run() throws {
        let sleeping = threadCPU {
            for _ in 0..<wakes { usleep(5_000) }
        }
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let loop = group.next()
        let timers = try loop.submit { threadCPU() }.flatMap { start in
            scheduleTimers(on: loop, remaining: wakes).map { threadCPU() - start }
        }.wait()
        print("wake-ups: \(wakes) at 5 ms intervals, CPU time of the waking thread")
        print("  a thread sleeping and waking (usleep): \(format(sleeping / Double(wakes), 1)) µs per wake-up")
        print(
            "  an event-loop timer with nothing to do (SwiftNIO): \(format(timers / Double(wakes), 1)) µs per wake-up")
    }

    private static func scheduleTimers(on loop: any EventLoop, remaining: Int) -> EventLoopFuture<Void> {
        guard remaining > 0 else { return loop.makeSucceededVoidFuture() }
        return loop.scheduleTask(in: .milliseconds(5)) {}.futureResult.flatMap {
            scheduleTimers(on: loop, remaining: remaining - 1)
        }
    }

    /// CPU time of the calling thread, in microseconds.
    private static func threadCPU() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(1), &usage)  // RUSAGE_THREAD
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e6
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec)
    }

    private static func threadCPU(_ body: () -> Void) -> Double {
        let start = threadCPU()
        body()
        return threadCPU() - start
    }
}
