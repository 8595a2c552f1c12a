import ChatCore
internal import TOMLKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reading `config.toml`: the only code that sees the TOML parser, kept in its own module so that
/// the parser's operators do not reach the modules that import `ChatCore`.
extension ConfigFile {
    /// The file at `path`; a missing file is no settings and no problem.
    public static func load(path: String) -> ConfigFile {
        guard FileManager.default.fileExists(atPath: path) else { return ConfigFile() }
        guard let data = FileManager.default.contents(atPath: path) else {
            var file = ConfigFile()
            file.problems = [ConfigProblem(.unreadable, path: path, line: nil)]
            return file
        }
        return parse(String(decoding: data, as: UTF8.self), path: path)
    }

    /// The settings of `text`, the contents of the file at `path`.
    public static func parse(_ text: String, path: String) -> ConfigFile {
        var file = ConfigFile()
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            file.problems = [ConfigProblem(.malformed(error.description), path: path, line: error.source.begin.line)]
            return file
        } catch {
            file.problems = [ConfigProblem(.malformed(String(describing: error)), path: path, line: nil)]
            return file
        }
        var reader = ConfigReader(lines: ConfigLines(text), path: path)
        reader.read(table, into: &file)
        file.problems = reader.problems
        return file
    }
}
