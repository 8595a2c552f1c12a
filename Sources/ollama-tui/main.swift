import ArgumentParser
import ChatConfig
import ChatCore
import TerminalUI

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Before anything can start a thread: signals are taken on a queue, never on a random thread.
ProcessSignals.blockAll()

let options: CommandLineOptions
do {
    options = try CommandLineOptions.parse(CommandLineOptions.withThinkLevels(Array(CommandLine.arguments.dropFirst())))
} catch {
    let code = CommandLineOptions.exitCode(for: error)
    let message = CommandLineOptions.fullMessage(for: error)
    if code == .success {
        print(message)
        exit(0)
    }
    StandardStreams.write(message + "\n", to: .standardError)
    exit(ExitStatus.usage.rawValue)
}

let environment = ProcessInfo.processInfo.environment
let dotEnv = DotEnv.load(path: FileManager.default.currentDirectoryPath + "/.env", environment: environment)
// The config file's problems are told and the app goes on with the defaults of what it lost.
let configFile = ConfigFile.defaultPath(environment).map { ConfigFile.load(path: $0) } ?? ConfigFile()
var configuration: Configuration
do {
    configuration = try Configuration.resolve(
        overrides: options.overrides, environment: environment, dotEnv: dotEnv, configFile: configFile)
} catch {
    StandardStreams.write("ollama-tui: \(error.message)\n", to: .standardError)
    exit(ExitStatus.usage.rawValue)
}
// Kept for the life of the process: the demo server answers on its own threads.
let demoServer: DemoServer?
if configuration.isDemo {
    do {
        let server = try DemoServer.start()
        configuration.host = server.host
        demoServer = server
    } catch {
        StandardStreams.write(
            "ollama-tui: \(Strings(configuration.language).demoServerFailed("\(error)"))\n", to: .standardError)
        exit(ExitStatus.usage.rawValue)
    }
} else {
    demoServer = nil
}
// Said on stderr, and again in the full screen's transcript (the screen hides stderr).
let warnings = configuration.host.warnings + configFile.problems.map(Strings(configuration.language).configProblem)
for warning in warnings {
    StandardStreams.write("ollama-tui: \(warning)\n", to: .standardError)
}

let strings = Strings(configuration.language)
if options.needsArchive && !configuration.historyEnabled {
    StandardStreams.write("ollama-tui: \(strings.needsHistory)\n", to: .standardError)
    exit(ExitStatus.usage.rawValue)
}
if options.listChats || options.export != nil || options.importFile != nil {
    ArchiveMode.run(options, configuration: configuration)
}
if let model = options.pull {
    PullMode.run(model, configuration: configuration)
}
if options.listModels {
    HeadlessMode.run(configuration: configuration, prompt: nil, listModels: true)
}
if !options.prompt.isEmpty || isatty(STDIN_FILENO) == 0 {
    // Piped text comes first, then the prompt, as `ollama run` joins them.
    let piped = isatty(STDIN_FILENO) == 0 ? StandardStreams.readStandardInput() : nil
    guard let prompt = HeadlessPrompt.combine(arguments: options.prompt, standardInput: piped) else {
        StandardStreams.write("ollama-tui: \(strings.emptyPrompt)\n", to: .standardError)
        exit(ExitStatus.usage.rawValue)
    }
    HeadlessMode.run(
        configuration: configuration, prompt: prompt, listModels: false, flagModel: options.model,
        continuing: options.continuing)
}
guard isatty(STDOUT_FILENO) == 1 else {
    StandardStreams.write("ollama-tui: \(strings.needsTerminal)\n", to: .standardError)
    exit(ExitStatus.usage.rawValue)
}
var resumed: StoredChat?
var openArchive: @Sendable () -> ArchiveAccess = { [configuration] in ArchiveMode.open(configuration) }
if let reference = options.continuing {
    // A reopened chat is drawn from the archive, so it is opened before the screen.
    let archive = ArchiveMode.open(configuration)
    resumed = ArchiveMode.load(reference, from: archive, strings: strings)
    openArchive = { archive }
}
if options.model == nil, let model = resumed?.summary.model {
    // A reopened chat goes on with its model, unless --model names another.
    configuration.model = model
}
TerminalApp.run(
    configuration: configuration, environment: environment, openArchive: openArchive, resumed: resumed,
    warnings: warnings)
