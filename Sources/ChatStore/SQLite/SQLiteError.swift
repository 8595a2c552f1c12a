import CSQLite

/// A failed SQLite call: its primary result code (`SQLITE_BUSY`, `SQLITE_FULL`, …) and message.
struct SQLiteError: Error, CustomStringConvertible {
    let code: Int32
    let message: String

    /// The error `connection` reports for a call that returned `result`.
    init(_ result: Int32, connection: OpaquePointer?) {
        code = result & 0xFF
        message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) } ?? ""
    }

    var description: String { "SQLite error \(code): \(message)" }
}
