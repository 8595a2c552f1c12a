import Dispatch

/// Runs a task's nonisolated steps on the main queue. `AsyncStream` waits for its next element
/// outside any actor; with this preference the chat consumer's wake-up per handed-over chunk is
/// one main-queue turn instead of a pool thread's turn followed by the main queue's.
final class MainQueueExecutor: TaskExecutor {
    static let shared = MainQueueExecutor()

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        DispatchQueue.main.async {
            job.runSynchronously(on: self.asUnownedTaskExecutor())
        }
    }
}
