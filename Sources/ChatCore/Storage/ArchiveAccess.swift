/// The chat archive as this run has it: turned off, unusable (and why), or open.
public enum ArchiveAccess: Sendable {
    /// `--no-history`: nothing is read or written.
    case off
    /// It could not be opened; the chat goes on in memory.
    case unusable(StorageError, path: String)
    case open(any ChatArchive, path: String)
}
