import CampaignCore
import GRDB

/// Writing accepted rows through one prepared statement per kind.
enum RowInserts {
    static func schools(_ db: Database, _ rows: [CheckedRow<String, SchoolValues>], _ loggedAt: String) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO school (code, name, county, city) VALUES (?, ?, ?, ?)")
        for row in rows {
            try statement.execute(arguments: [row.key, row.value.name, row.value.county, row.value.city])
        }
    }

    /// A new class: its identity row and a first version from `from` (the beginning, for a first roster).
    static func classes(_ db: Database, _ rows: [CheckedRow<RosterIndex.ClassKey, ClassValues>], _ loggedAt: String,
                        from: Day = beginning) throws {
        let identity = try db.cachedStatement(sql: "INSERT INTO schoolClass (schoolId, code) VALUES (?, ?)")
        for row in rows {
            try identity.execute(arguments: [row.key.schoolId, row.key.code])
            try VersionTable.classes.insert(db, id: db.lastInsertedRowID, from: from, until: nil,
                                            values: row.value.databaseValues, at: loggedAt)
        }
    }

    static func officers(_ db: Database, _ rows: [CheckedRow<String, OfficerValues>], _ loggedAt: String,
                         from: Day = beginning) throws {
        let identity = try db.cachedStatement(sql: "INSERT INTO officer (code) VALUES (?)")
        for row in rows {
            try identity.execute(arguments: [row.key])
            try VersionTable.officers.insert(db, id: db.lastInsertedRowID, from: from, until: nil,
                                             values: row.value.databaseValues, at: loggedAt)
        }
    }

    static func assignments(_ db: Database, _ rows: [CheckedRow<RosterIndex.AssignmentKey, NoValues>],
                            _ loggedAt: String, from: Day = beginning) throws {
        let identity = try db.cachedStatement(sql: "INSERT INTO assignment (officerId, schoolId) VALUES (?, ?)")
        for row in rows {
            try identity.execute(arguments: [row.key.officerId, row.key.schoolId])
            try VersionTable.assignments.insert(db, id: db.lastInsertedRowID, from: from, until: nil, values: [],
                                                at: loggedAt)
        }
    }

    /// `0001-01-01`: a first roster imported without a term holds from the beginning.
    static let beginning = Day(iso: TrackerDatabase.beginning) ?? Day(ordinal: 0)

    static func meetings(_ db: Database, _ rows: [CheckedRow<MeetingKey, MeetingValues>], _ loggedAt: String) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO meeting (classId, date, kit, teacher, attendance, loggedAt) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for row in rows {
            try statement.execute(arguments: [row.key.classId, row.key.date, row.value.kit, row.value.teacher,
                                              row.value.attendance, loggedAt])
        }
    }

    static func lectures(_ db: Database, _ rows: [CheckedRow<LectureKey, LectureValues>], _ loggedAt: String) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO lecture (officerId, schoolId, date, topic, audience, hours, loggedAt) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for row in rows {
            try statement.execute(arguments: [row.key.officerId, row.key.schoolId, row.key.date, row.value.topic,
                                              row.value.audience, row.value.hours, loggedAt])
        }
    }

    static func visits(_ db: Database, _ rows: [CheckedRow<LectureKey, VisitValues>], _ loggedAt: String) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO visit (officerId, schoolId, date, note, loggedAt) VALUES (?, ?, ?, ?, ?)
            """)
        for row in rows {
            try statement.execute(arguments: [row.key.officerId, row.key.schoolId, row.key.date, row.value.note,
                                              loggedAt])
        }
    }
}
