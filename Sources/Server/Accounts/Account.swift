import GRDB

/// A web app account. Passwords are kept only as bcrypt hashes. A teacher account is bound to one
/// class, an officer account to one officer of the roster.
public struct Account: Sendable, Equatable {
    public var id: Int64?
    public var username: String
    public var role: Role
    public var passwordHash: String
    /// The officer (roster row) an officer account acts for.
    public var officerId: Int64?
    /// The class a teacher account logs meetings for.
    public var classId: Int64?
    public var disabled: Bool
    /// ISO 8601, UTC.
    public var createdAt: String

    public init(id: Int64? = nil, username: String, role: Role, passwordHash: String, officerId: Int64? = nil,
                classId: Int64? = nil, disabled: Bool = false, createdAt: String) {
        self.id = id
        self.username = username
        self.role = role
        self.passwordHash = passwordHash
        self.officerId = officerId
        self.classId = classId
        self.disabled = disabled
        self.createdAt = createdAt
    }
}

extension Role: DatabaseValueConvertible {}

extension Account: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "account"

    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        username = try row.decode(forColumn: "username")
        role = try row.decode(forColumn: "role")
        passwordHash = try row.decode(forColumn: "passwordHash")
        officerId = try row.decode(forColumn: "officerId")
        classId = try row.decode(forColumn: "classId")
        disabled = try row.decode(forColumn: "disabled")
        createdAt = try row.decode(forColumn: "createdAt")
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["username"] = username
        container["role"] = role
        container["passwordHash"] = passwordHash
        container["officerId"] = officerId
        container["classId"] = classId
        container["disabled"] = disabled
        container["createdAt"] = createdAt
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
