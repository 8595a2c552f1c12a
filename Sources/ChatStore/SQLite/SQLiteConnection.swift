import CSQLite

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One connection to an SQLite file, on SQLite's C API. Text and blobs are bound and read with
/// their byte counts, so any bytes (NUL included) come back exactly. A connection is used by one
/// thread at a time: `ChatDatabase` confines each of its connections to a serial queue.
final class SQLiteConnection: @unchecked Sendable {
    private let handle: OpaquePointer

    /// Opens `path` (made if missing, unless `readOnly`); a write waits up to `busyTimeout`
    /// seconds for another connection's write before it fails with `SQLITE_BUSY`.
    init(path: String, readOnly: Bool = false, busyTimeout: Double) throws(SQLiteError) {
        var opened: OpaquePointer?
        let flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX
        let result = sqlite3_open_v2(path, &opened, flags, nil)
        guard result == SQLITE_OK, let opened else {
            let error = SQLiteError(result, connection: opened)
            sqlite3_close_v2(opened)
            throw error
        }
        handle = opened
        sqlite3_busy_timeout(handle, Int32(busyTimeout * 1000))
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs `sql`: several statements when there are no arguments, else one statement with them.
    func execute(sql: String, arguments: [any SQLValueConvertible] = []) throws(SQLiteError) {
        if arguments.isEmpty {
            let result = sqlite3_exec(handle, sql, nil, nil, nil)
            guard result == SQLITE_OK else { throw SQLiteError(result, connection: handle) }
            return
        }
        _ = try rows(sql: sql, arguments: arguments)
    }

    /// The rows `sql` (one statement) gives with `arguments` bound to its `?` in order.
    func rows(sql: String, arguments: [any SQLValueConvertible] = []) throws(SQLiteError) -> [SQLRow] {
        var prepared: OpaquePointer?
        let result = sqlite3_prepare_v2(handle, sql, -1, &prepared, nil)
        guard result == SQLITE_OK, let statement = prepared else { throw SQLiteError(result, connection: handle) }
        defer { sqlite3_finalize(statement) }
        for (index, argument) in arguments.enumerated() {
            let bound = Self.bind(argument.sqlValue, at: Int32(index + 1), in: statement)
            guard bound == SQLITE_OK else { throw SQLiteError(bound, connection: handle) }
        }
        let count = sqlite3_column_count(statement)
        let columns = (0..<count).map { String(cString: sqlite3_column_name(statement, $0)) }
        var rows: [SQLRow] = []
        while true {
            let step = sqlite3_step(statement)
            if step == SQLITE_DONE { return rows }
            guard step == SQLITE_ROW else { throw SQLiteError(step, connection: handle) }
            rows.append(SQLRow(columns: columns, values: (0..<count).map { Self.value(at: $0, in: statement) }))
        }
    }

    /// The first row `sql` gives, if any.
    func row(sql: String, arguments: [any SQLValueConvertible] = []) throws(SQLiteError) -> SQLRow? {
        try rows(sql: sql, arguments: arguments).first
    }

    /// The first column of the first row `sql` gives (`.null` when there is none).
    func value(sql: String, arguments: [any SQLValueConvertible] = []) throws(SQLiteError) -> SQLValue {
        try row(sql: sql, arguments: arguments)?.values.first ?? .null
    }

    /// The rowid of the row the last `INSERT` made.
    var lastInsertedRowID: Int { Int(sqlite3_last_insert_rowid(handle)) }

    /// Runs `body` in a transaction (`BEGIN IMMEDIATE` for a write, so it waits for another
    /// writer at its start rather than failing later); rolled back if `body` throws.
    func transaction<T>(writing: Bool, _ body: (SQLiteConnection) throws -> T) throws -> T {
        try execute(sql: writing ? "BEGIN IMMEDIATE" : "BEGIN")
        do {
            let value = try body(self)
            try execute(sql: "COMMIT")
            return value
        } catch {
            try? execute(sql: "ROLLBACK")
            throw error
        }
    }

    /// SQLite copies the bound bytes at once.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    private static func bind(_ value: SQLValue, at index: Int32, in statement: OpaquePointer) -> Int32 {
        switch value {
        case .null:
            return sqlite3_bind_null(statement, index)
        case .integer(let integer):
            return sqlite3_bind_int64(statement, index, integer)
        case .real(let real):
            return sqlite3_bind_double(statement, index, real)
        case .text(let text):
            // A NULL pointer would bind NULL, so empty text is bound from a one-byte buffer.
            let bytes = Array(text.utf8) + [0]
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.map { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        sqlite3_bind_text(statement, index, $0, Int32(buffer.count - 1), transient)
                    }
                } ?? SQLITE_MISUSE
            }
        case .blob(let data):
            guard !data.isEmpty else { return sqlite3_bind_zeroblob(statement, index, 0) }
            return data.withUnsafeBytes {
                sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count), transient)
            }
        }
    }

    private static func value(at column: Int32, in statement: OpaquePointer) -> SQLValue {
        switch sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(statement, column))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(statement, column))
        case SQLITE_TEXT:
            let count = Int(sqlite3_column_bytes(statement, column))
            guard let text = sqlite3_column_text(statement, column) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(statement, column))
            guard count > 0, let blob = sqlite3_column_blob(statement, column) else { return .blob(Data()) }
            return .blob(Data(bytes: blob, count: count))
        default:
            return .null
        }
    }
}
