import GRDB

/// A class (班级) of a school, identified by the school and a stable class code (e.g. 2024级3班).
/// The tracker stores classes, never students.
///
/// The identity row holds the school and code; name, grade and teacher live in `classVersion`.
/// Inserting a `SchoolClass` records one version valid from the beginning (fixtures, first
/// rosters); fetch it from the view `classCurrent` for its latest version.
public struct SchoolClass: Sendable, Equatable {
    public var id: Int64?
    public var schoolId: Int64
    public var code: String
    public var name: String
    public var grade: String
    /// The class teacher (班主任).
    public var teacher: String

    public init(id: Int64? = nil, schoolId: Int64, code: String, name: String, grade: String, teacher: String) {
        self.id = id
        self.schoolId = schoolId
        self.code = code
        self.name = name
        self.grade = grade
        self.teacher = teacher
    }
}

extension SchoolClass: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "schoolClass"

    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        schoolId = try row.decode(forColumn: "schoolId")
        code = try row.decode(forColumn: "code")
        name = try row.decode(forColumn: "name")
        grade = try row.decode(forColumn: "grade")
        teacher = try row.decode(forColumn: "teacher")
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["schoolId"] = schoolId
        container["code"] = code
    }

    public func aroundInsert(_ db: Database, insert: () throws -> InsertionSuccess) throws {
        let inserted = try insert()
        try db.execute(sql: """
            INSERT INTO classVersion (classId, validFrom, recordedAt, name, grade, teacher) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [inserted.rowID, TrackerDatabase.beginning, TrackerDatabase.alwaysKnown, name, grade,
                             teacher])
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
