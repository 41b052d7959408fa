import CampaignCore
import GRDB

/// Stored rows by identity, loaded in one query per import.
enum StoredRows {
    static func schools(_ db: Database) throws -> IdentityLedger<String, SchoolValues> {
        var ledger = IdentityLedger<String, SchoolValues>()
        for row in try Row.fetchAll(db, sql: "SELECT id, code, name, county, city FROM school") {
            ledger.addStored(try row.decode(atIndex: 1), id: try row.decode(atIndex: 0),
                             value: SchoolValues(name: try row.decode(atIndex: 2), county: try row.decode(atIndex: 3),
                                                 city: try row.decode(atIndex: 4)))
        }
        return ledger
    }

    static func classes(_ db: Database) throws -> IdentityLedger<RosterIndex.ClassKey, ClassValues> {
        var ledger = IdentityLedger<RosterIndex.ClassKey, ClassValues>()
        let rows = try Row.fetchCursor(db, sql: "SELECT id, schoolId, code, name, grade, teacher FROM classCurrent")
        while let row = try rows.next() {
            ledger.addStored(.init(schoolId: try row.decode(atIndex: 1), code: try row.decode(atIndex: 2)),
                             id: try row.decode(atIndex: 0),
                             value: ClassValues(name: try row.decode(atIndex: 3), grade: try row.decode(atIndex: 4),
                                                teacher: try row.decode(atIndex: 5)))
        }
        return ledger
    }

    static func officers(_ db: Database) throws -> IdentityLedger<String, OfficerValues> {
        var ledger = IdentityLedger<String, OfficerValues>()
        for row in try Row.fetchAll(db, sql: "SELECT id, code, name, role, phone FROM officerCurrent") {
            ledger.addStored(try row.decode(atIndex: 1), id: try row.decode(atIndex: 0),
                             value: OfficerValues(name: try row.decode(atIndex: 2), role: try row.decode(atIndex: 3),
                                                  phone: try row.decode(atIndex: 4)))
        }
        return ledger
    }

    static func assignments(_ db: Database) throws -> IdentityLedger<RosterIndex.AssignmentKey, NoValues> {
        var ledger = IdentityLedger<RosterIndex.AssignmentKey, NoValues>()
        for row in try Row.fetchAll(db, sql: "SELECT id, officerId, schoolId FROM assignment") {
            ledger.addStored(.init(officerId: try row.decode(atIndex: 1), schoolId: try row.decode(atIndex: 2)),
                             id: try row.decode(atIndex: 0), value: NoValues())
        }
        return ledger
    }

    /// Meetings dated within the span of `dates` (all the file could repeat or conflict with).
    /// With `classId`, only that class's meetings (for logging one entry).
    static func meetings(_ db: Database, dates: [Day], classId: Int64? = nil) throws
        -> IdentityLedger<MeetingKey, MeetingValues> {
        var ledger = IdentityLedger<MeetingKey, MeetingValues>()
        guard let first = dates.min(), let last = dates.max() else { return ledger }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, classId, date, kit, teacher, attendance, voidedAt IS NULL
            FROM meeting WHERE date BETWEEN ? AND ? AND (? IS NULL OR classId = ?)
            """, arguments: [first, last, classId, classId])
        while let row = try rows.next() {
            ledger.addStored(MeetingKey(classId: try row.decode(atIndex: 1), date: try row.decode(atIndex: 2)),
                             id: try row.decode(atIndex: 0),
                             value: MeetingValues(kit: try row.decode(atIndex: 3), teacher: try row.decode(atIndex: 4),
                                                  attendance: try row.decode(atIndex: 5)),
                             counts: try row.decode(atIndex: 6))
        }
        return ledger
    }

    /// With `officerId`, only that officer's lectures (for logging one entry).
    static func lectures(_ db: Database, dates: [Day], officerId: Int64? = nil) throws
        -> IdentityLedger<LectureKey, LectureValues> {
        var ledger = IdentityLedger<LectureKey, LectureValues>()
        guard let first = dates.min(), let last = dates.max() else { return ledger }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, officerId, schoolId, date, topic, audience, voidedAt IS NULL, hours
            FROM lecture WHERE date BETWEEN ? AND ? AND (? IS NULL OR officerId = ?)
            """, arguments: [first, last, officerId, officerId])
        while let row = try rows.next() {
            ledger.addStored(LectureKey(officerId: try row.decode(atIndex: 1), schoolId: try row.decode(atIndex: 2),
                                        date: try row.decode(atIndex: 3)),
                             id: try row.decode(atIndex: 0),
                             value: LectureValues(topic: try row.decode(atIndex: 4), audience: try row.decode(atIndex: 5),
                                                  hours: try row.decode(atIndex: 7)),
                             counts: try row.decode(atIndex: 6))
        }
        return ledger
    }

    /// With `officerId`, only that officer's visits (for logging one entry).
    static func visits(_ db: Database, dates: [Day], officerId: Int64? = nil) throws
        -> IdentityLedger<LectureKey, VisitValues> {
        var ledger = IdentityLedger<LectureKey, VisitValues>()
        guard let first = dates.min(), let last = dates.max() else { return ledger }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, officerId, schoolId, date, note, voidedAt IS NULL
            FROM visit WHERE date BETWEEN ? AND ? AND (? IS NULL OR officerId = ?)
            """, arguments: [first, last, officerId, officerId])
        while let row = try rows.next() {
            ledger.addStored(LectureKey(officerId: try row.decode(atIndex: 1), schoolId: try row.decode(atIndex: 2),
                                        date: try row.decode(atIndex: 3)),
                             id: try row.decode(atIndex: 0), value: VisitValues(note: try row.decode(atIndex: 4)),
                             counts: try row.decode(atIndex: 5))
        }
        return ledger
    }
}
