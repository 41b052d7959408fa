import GRDB

/// An officer serving a school. Lectures are counted per assignment.
public struct Assignment: Sendable, Equatable {
    public var id: Int64?
    public var officerId: Int64
    public var schoolId: Int64

    public init(id: Int64? = nil, officerId: Int64, schoolId: Int64) {
        self.id = id
        self.officerId = officerId
        self.schoolId = schoolId
    }
}

extension Assignment: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "assignment"

    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        officerId = try row.decode(forColumn: "officerId")
        schoolId = try row.decode(forColumn: "schoolId")
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["officerId"] = officerId
        container["schoolId"] = schoolId
    }

    /// The identity row, and one version in force from the beginning.
    public func aroundInsert(_ db: Database, insert: () throws -> InsertionSuccess) throws {
        let inserted = try insert()
        try db.execute(sql: "INSERT INTO assignmentVersion (assignmentId, validFrom, recordedAt) VALUES (?, ?, ?)",
                       arguments: [inserted.rowID, TrackerDatabase.beginning, TrackerDatabase.alwaysKnown])
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
