import CSQLite
import ChatCore

/// SQLite's result codes in the archive's words.
enum StorageErrorMapping {
    static func map(_ error: any Error) -> StorageError {
        if let error = error as? StorageError { return error }
        if error is ChatSchema.NewerSchema { return .newerSchema }
        guard let error = error as? SQLiteError else { return .failed(code: -1) }
        switch error.code {
        case SQLITE_NOTADB: return .notADatabase
        case SQLITE_CORRUPT: return .corrupt
        case SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_AUTH: return .readOnly
        case SQLITE_FULL: return .diskFull
        case SQLITE_BUSY, SQLITE_LOCKED: return .locked
        default: return .failed(code: error.code)
        }
    }
}
