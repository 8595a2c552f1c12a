import ChatCore
import OllamaKit

/// A model download shown in its overlay: the status lines the server sent, a bar per layer, and
/// how it ended (cancelled, failed); the picker to go back to.
struct PullPanel: Sendable {
    /// Where the download stands.
    enum Outcome: Sendable, Equatable {
        case running, cancelled
        case failed(String)
    }

    /// One layer being downloaded: its size, how far it got, and since when (for its speed).
    struct Layer: Sendable, Equatable {
        let digest: String
        var total: Int64
        var completed: Int64
        /// The first report of the layer, and the bytes it said.
        let started: Moment
        let startBytes: Int64
        var updated: Moment

        /// Bytes a second since the layer's first report; nil before there is a second report.
        var speed: Double? {
            let seconds = updated.seconds(since: started)
            guard seconds > 0, completed > startBytes else { return nil }
            return Double(completed - startBytes) / seconds
        }

        /// Seconds left at the current speed; nil when unknown or done.
        var secondsLeft: Double? {
            guard let speed, completed < total else { return nil }
            return Double(total - completed) / speed
        }

        var fraction: Double { total > 0 ? min(1, Double(completed) / Double(total)) : 0 }
    }

    let model: String
    let returnTo: ModelPicker?
    /// The steps without a layer (`pulling manifest`, `verifying sha256 digest`), in order.
    private(set) var statuses: [String] = []
    private(set) var layers: [Layer] = []
    var outcome = Outcome.running

    init(model: String, returnTo: ModelPicker?) {
        self.model = model
        self.returnTo = returnTo
    }

    /// Takes in one progress line: a layer's bytes, or a new step.
    mutating func record(_ progress: PullProgress, now: Moment) {
        guard let digest = progress.digest else {
            if statuses.last != progress.status { statuses.append(progress.status) }
            return
        }
        let completed = progress.completed ?? 0
        if let index = layers.firstIndex(where: { $0.digest == digest }) {
            layers[index].completed = max(layers[index].completed, completed)
            layers[index].total = progress.total ?? layers[index].total
            layers[index].updated = now
        } else {
            layers.append(
                Layer(
                    digest: digest, total: progress.total ?? 0, completed: completed, started: now,
                    startBytes: completed, updated: now))
        }
    }
}
