import ChatCore
import OllamaKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--pull NAME`: downloads a model and exits; Ctrl-C (or SIGTERM, SIGHUP) cancels it.
enum PullMode {
    static func run(_ model: String, configuration: Configuration) -> Never {
        let client = OllamaClient(configuration: configuration.clientConfiguration())
        let stopRequest = StopRequest()
        let pull = HeadlessPull(
            client: client, strings: Strings(configuration.language),
            errorOutput: { StandardStreams.write($0, to: .standardError) }, isTerminal: isatty(STDERR_FILENO) == 1,
            stopRequest: stopRequest)
        let task = Task {
            let status = await pull.run(model)
            await client.shutdown()
            exit(status.rawValue)
        }
        StopOnSignal.wait(for: task, stopRequest: stopRequest)
    }
}
