import CampaignCore
import GRDB

/// One anti-bullying class meeting (主题班会) held by a class on a date. Voided entries are kept
/// but no longer count.
public struct ClassMeeting: Sendable, Equatable {
    public var id: Int64?
    public var classId: Int64
    public var date: Day
    /// The kit used, a slug of `Content/kits/<slug>`.
    public var kit: String?
    public var teacher: String?
    public var attendance: Int?
    /// When the entry was logged (ISO 8601, UTC).
    public var loggedAt: String
    public var voidedAt: String?
    public var voidReason: String?

    public init(id: Int64? = nil, classId: Int64, date: Day, kit: String? = nil, teacher: String? = nil,
                attendance: Int? = nil, loggedAt: String, voidedAt: String? = nil, voidReason: String? = nil) {
        self.id = id
        self.classId = classId
        self.date = date
        self.kit = kit
        self.teacher = teacher
        self.attendance = attendance
        self.loggedAt = loggedAt
        self.voidedAt = voidedAt
        self.voidReason = voidReason
    }

    public var isVoid: Bool { voidedAt != nil }
}

extension ClassMeeting: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "meeting"

    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        classId = try row.decode(forColumn: "classId")
        date = try row.decode(forColumn: "date")
        kit = try row.decode(forColumn: "kit")
        teacher = try row.decode(forColumn: "teacher")
        attendance = try row.decode(forColumn: "attendance")
        loggedAt = try row.decode(forColumn: "loggedAt")
        voidedAt = try row.decode(forColumn: "voidedAt")
        voidReason = try row.decode(forColumn: "voidReason")
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["classId"] = classId
        container["date"] = date
        container["kit"] = kit
        container["teacher"] = teacher
        container["attendance"] = attendance
        container["loggedAt"] = loggedAt
        container["voidedAt"] = voidedAt
        container["voidReason"] = voidReason
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
