import GRDB

/// Values by SQLite row id. Ids of a table that is only ever appended to run 1, 2, 3 …, so they
/// index an array: no hashing for each of a province's 250,000 classes. Ids far apart (rows deleted
/// by hand) fall back to a dictionary.
struct RowIDTable<Value> {
    private var array: [Value?] = []
    private var dictionary: [Int64: Value] = [:]
    private let dense: Bool

    /// A table for ids of `table`: for all its rows (`whole`), an array when its largest id and its
    /// row count allow; for a few of them (one county's), a dictionary, without counting the table.
    init(_ db: Database, table: String, whole: Bool) throws {
        guard whole else {
            dense = false
            return
        }
        let bounds = try Row.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0), COUNT(*) FROM \(table)")
        let largest: Int64 = try bounds?.decode(atIndex: 0) ?? 0
        let count: Int = try bounds?.decode(atIndex: 1) ?? 0
        dense = largest >= 0 && largest <= Int64(2 * count + 1024)
        if dense {
            array = Array(repeating: nil, count: Int(largest) + 1)
        }
    }

    subscript(id: Int64) -> Value? {
        get {
            if dense { return id >= 0 && id < array.count ? array[Int(id)] : nil }
            return dictionary[id]
        }
        set {
            if dense, id >= 0, id < array.count {
                array[Int(id)] = newValue
            } else {
                dictionary[id] = newValue
            }
        }
    }
}
