import GRDB

/// Writing accepted rows through one prepared statement per kind.
enum RowInserts {
    static func schools(_ db: Database, _ rows: [CheckedRow<String, SchoolValues>], _ loggedAt: String) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO school (code, name, county, city) VALUES (?, ?, ?, ?)")
        for row in rows {
            try statement.execute(arguments: [row.key, row.value.name, row.value.county, row.value.city])
        }
    }

    static func classes(_ db: Database, _ rows: [CheckedRow<RosterIndex.ClassKey, ClassValues>], _ loggedAt: String) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO schoolClass (schoolId, code, name, grade, teacher) VALUES (?, ?, ?, ?, ?)
            """)
        for row in rows {
            try statement.execute(arguments: [row.key.schoolId, row.key.code, row.value.name, row.value.grade,
                                              row.value.teacher])
        }
    }

    static func officers(_ db: Database, _ rows: [CheckedRow<String, OfficerValues>], _ loggedAt: String) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO officer (code, name, role, phone) VALUES (?, ?, ?, ?)")
        for row in rows {
            try statement.execute(arguments: [row.key, row.value.name, row.value.role, row.value.phone])
        }
    }

    static func assignments(_ db: Database, _ rows: [CheckedRow<RosterIndex.AssignmentKey, NoValues>],
                            _ loggedAt: String) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO assignment (officerId, schoolId) VALUES (?, ?)")
        for row in rows {
            try statement.execute(arguments: [row.key.officerId, row.key.schoolId])
        }
    }

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
            INSERT INTO lecture (officerId, schoolId, date, topic, audience, loggedAt) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for row in rows {
            try statement.execute(arguments: [row.key.officerId, row.key.schoolId, row.key.date, row.value.topic,
                                              row.value.audience, loggedAt])
        }
    }
}
