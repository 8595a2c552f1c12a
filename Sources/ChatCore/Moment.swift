#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A point in time as the session needs it: a monotonic instant for durations (metrics) and a
/// wall-clock date for timestamps (history). It comes in with each event, so the state's
/// changes are a function of their inputs and tests can fix the clock.
public struct Moment: Sendable, Equatable {
    public var instant: ContinuousClock.Instant
    public var date: Date

    public init(instant: ContinuousClock.Instant, date: Date) {
        self.instant = instant
        self.date = date
    }

    /// This moment, read from both clocks.
    public static var now: Moment { Moment(instant: .now, date: Date()) }

    /// Seconds from `earlier` to this moment, on the monotonic clock.
    public func seconds(since earlier: Moment) -> Double {
        let duration = instant - earlier.instant
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    public static func + (moment: Moment, duration: Duration) -> Moment {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return Moment(instant: moment.instant + duration, date: moment.date.addingTimeInterval(seconds))
    }
}
