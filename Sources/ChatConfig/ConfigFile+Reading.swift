import ChatCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reading `config.toml` with the module's own TOML parser.
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
            table = try TOMLParser.parse(text)
        } catch {
            file.problems = [ConfigProblem(.malformed(error.message), path: path, line: error.line)]
            return file
        }
        var reader = ConfigReader(path: path)
        reader.read(table, into: &file)
        file.problems = reader.problems
        return file
    }
}
