import GRDB

/// A school on the roster, identified by its code (学校代码).
public struct School: Sendable, Equatable {
    public var id: Int64?
    public var code: String
    public var name: String
    public var county: String
    public var city: String

    public init(id: Int64? = nil, code: String, name: String, county: String, city: String) {
        self.id = id
        self.code = code
        self.name = name
        self.county = county
        self.city = city
    }
}

extension School: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "school"

    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        code = try row.decode(forColumn: "code")
        name = try row.decode(forColumn: "name")
        county = try row.decode(forColumn: "county")
        city = try row.decode(forColumn: "city")
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["code"] = code
        container["name"] = name
        container["county"] = county
        container["city"] = city
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
