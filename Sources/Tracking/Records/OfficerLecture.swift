import CampaignCore
import GRDB

/// One anti-bullying lecture (专题宣讲) given by an officer at a school they serve.
public struct OfficerLecture: Sendable, Equatable {
    public var id: Int64?
    public var officerId: Int64
    public var schoolId: Int64
    public var date: Day
    public var topic: String
    public var audience: Int?
    public var loggedAt: String
    public var voidedAt: String?
    public var voidReason: String?

    public init(id: Int64? = nil, officerId: Int64, schoolId: Int64, date: Day, topic: String,
                audience: Int? = nil, loggedAt: String, voidedAt: String? = nil, voidReason: String? = nil) {
        self.id = id
        self.officerId = officerId
        self.schoolId = schoolId
        self.date = date
        self.topic = topic
        self.audience = audience
        self.loggedAt = loggedAt
        self.voidedAt = voidedAt
        self.voidReason = voidReason
    }

    public var isVoid: Bool { voidedAt != nil }
}

extension OfficerLecture: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "lecture"

    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        officerId = try row.decode(forColumn: "officerId")
        schoolId = try row.decode(forColumn: "schoolId")
        date = try row.decode(forColumn: "date")
        topic = try row.decode(forColumn: "topic")
        audience = try row.decode(forColumn: "audience")
        loggedAt = try row.decode(forColumn: "loggedAt")
        voidedAt = try row.decode(forColumn: "voidedAt")
        voidReason = try row.decode(forColumn: "voidReason")
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["officerId"] = officerId
        container["schoolId"] = schoolId
        container["date"] = date
        container["topic"] = topic
        container["audience"] = audience
        container["loggedAt"] = loggedAt
        container["voidedAt"] = voidedAt
        container["voidReason"] = voidReason
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
