import Foundation
import GRDB

/// One line of the audit trail: what was written, when and by whom.
public struct AuditEntry: Sendable, Equatable {
    public var id: Int64?
    /// ISO 8601, UTC.
    public var at: String
    public var who: String
    /// Where the change came from (a web client's address); nil for the command line.
    public var address: String?
    /// A short machine-readable verb: `import meetings`, `log meeting`, `void lecture`, `demo`.
    public var action: String
    /// What was written, in words.
    public var detail: String

    public init(id: Int64? = nil, at: String, who: String, address: String?, action: String, detail: String) {
        self.id = id
        self.at = at
        self.who = who
        self.address = address
        self.action = action
        self.detail = detail
    }

    public static func timestamp(_ date: Date) -> String {
        var style = Date.ISO8601FormatStyle()
        style.timeZone = TimeZone(identifier: "UTC") ?? style.timeZone
        return date.formatted(style)
    }
}

extension AuditEntry: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "audit"

    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        at = try row.decode(forColumn: "at")
        who = try row.decode(forColumn: "who")
        address = try row.decode(forColumn: "address")
        action = try row.decode(forColumn: "action")
        detail = try row.decode(forColumn: "detail")
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["at"] = at
        container["who"] = who
        container["address"] = address
        container["action"] = action
        container["detail"] = detail
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
