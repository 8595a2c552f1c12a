/// Why the chat archive could not be opened or written. The file is never changed to fix it;
/// the chat goes on in memory. `Strings.storageProblem` words it.
public enum StorageError: Error, Sendable, Equatable {
    /// The data folder does not exist and cannot be made.
    case cannotCreateFolder
    /// The file is not an SQLite database.
    case notADatabase
    /// The database is damaged.
    case corrupt
    /// A newer version of the app made it; this one does not know its layout.
    case newerSchema
    /// The file or its folder cannot be written.
    case readOnly
    /// The disk (or the database's size limit) is full.
    case diskFull
    /// Another process kept the database locked too long.
    case locked
    /// The chat is not in the archive (deleted meanwhile).
    case chatNotFound(ChatID)
    /// Any other SQLite failure, by its result code.
    case failed(code: Int32)
}
