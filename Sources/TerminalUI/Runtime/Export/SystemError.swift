#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An `errno` value kept as data, for messages the UI phrases itself.
struct SystemError: Error, Equatable, Sendable, CustomStringConvertible {
    let code: Int32

    /// The current thread's `errno`.
    static var current: SystemError { SystemError(code: errno) }

    /// The C library's sentence for the code (English; the UI names the failure itself).
    var description: String { String(cString: strerror(code)) }
}
