import GRDB

/// A legal vice-principal, school police officer or legal counsellor, identified by a code (编号).
/// Name, role and phone live in `officerVersion`; fetch from the view `officerCurrent`.
public struct Officer: Sendable, Equatable {
    public enum Role: String, Sendable, CaseIterable {
        case legalVicePrincipal = "法治副校长"
        case schoolPolice = "护校民警"
        case legalCounsellor = "法治辅导员"
    }

    public var id: Int64?
    public var code: String
    public var name: String
    public var role: Role
    public var phone: String?

    public init(id: Int64? = nil, code: String, name: String, role: Role, phone: String? = nil) {
        self.id = id
        self.code = code
        self.name = name
        self.role = role
        self.phone = phone
    }
}

extension Officer.Role: DatabaseValueConvertible {}

extension Officer: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "officer"

    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        code = try row.decode(forColumn: "code")
        name = try row.decode(forColumn: "name")
        role = try row.decode(forColumn: "role")
        phone = try row.decode(forColumn: "phone")
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["code"] = code
    }

    /// The identity row, and one version (name, role, phone) valid from the beginning.
    public func aroundInsert(_ db: Database, insert: () throws -> InsertionSuccess) throws {
        let inserted = try insert()
        try db.execute(sql: """
            INSERT INTO officerVersion (officerId, validFrom, recordedAt, name, role, phone) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [inserted.rowID, TrackerDatabase.beginning, TrackerDatabase.alwaysKnown, name, role,
                             phone])
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
