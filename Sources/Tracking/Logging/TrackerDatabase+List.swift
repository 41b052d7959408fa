import CampaignCore
import GRDB

extension TrackerDatabase {
    /// Meeting entries, voided ones included, by date then school and class.
    public func meetings(_ filter: EntryFilter = EntryFilter()) throws -> [MeetingListItem] {
        try writer.read { db in
            try CheckScope(school: filter.school).validate(db)
            let rows = try Row.fetchAll(db, sql: """
                SELECT m.id, m.date, s.code, s.name, c.code, COALESCE((
                    SELECT v.name FROM classVersion v WHERE v.classId = c.id AND v.retiredAt IS NULL
                    AND v.validFrom <= m.date AND (v.validUntil IS NULL OR v.validUntil > m.date)
                ), (SELECT name FROM classCurrent WHERE id = c.id), c.code), m.kit, m.teacher, m.attendance, m.voidReason
                FROM meeting m JOIN schoolClass c ON c.id = m.classId JOIN school s ON s.id = c.schoolId
                WHERE (:school IS NULL OR s.code = :school)
                  AND (:start IS NULL OR m.date BETWEEN :start AND :end)
                ORDER BY m.date, s.code, c.code, m.id
                """, arguments: ["school": filter.school, "start": filter.term?.start, "end": filter.term?.end])
            return try rows.map { row in
                MeetingListItem(id: try row.decode(atIndex: 0), date: try row.decode(atIndex: 1),
                                schoolCode: try row.decode(atIndex: 2), schoolName: try row.decode(atIndex: 3),
                                classCode: try row.decode(atIndex: 4), className: try row.decode(atIndex: 5),
                                kit: try row.decode(atIndex: 6), teacher: try row.decode(atIndex: 7),
                                attendance: try row.decode(atIndex: 8), voidReason: try row.decode(atIndex: 9))
            }
        }
    }

    /// Lecture entries, voided ones included, by date then officer and school.
    public func lectures(_ filter: EntryFilter = EntryFilter()) throws -> [LectureListItem] {
        try writer.read { db in
            try CheckScope(school: filter.school, officer: filter.officer).validate(db)
            let rows = try Row.fetchAll(db, sql: """
                SELECT l.id, l.date, o.code, COALESCE((
                    SELECT v.name FROM officerVersion v WHERE v.officerId = o.id AND v.retiredAt IS NULL
                    AND v.validFrom <= l.date AND (v.validUntil IS NULL OR v.validUntil > l.date)
                ), (SELECT name FROM officerCurrent WHERE id = o.id), o.code),
                s.code, s.name, l.topic, l.audience, l.voidReason, l.hours
                FROM lecture l JOIN officer o ON o.id = l.officerId JOIN school s ON s.id = l.schoolId
                WHERE (:school IS NULL OR s.code = :school)
                  AND (:officer IS NULL OR o.code = :officer)
                  AND (:start IS NULL OR l.date BETWEEN :start AND :end)
                ORDER BY l.date, o.code, s.code, l.id
                """, arguments: ["school": filter.school, "officer": filter.officer,
                                 "start": filter.term?.start, "end": filter.term?.end])
            return try rows.map { row in
                LectureListItem(id: try row.decode(atIndex: 0), date: try row.decode(atIndex: 1),
                                officerCode: try row.decode(atIndex: 2), officerName: try row.decode(atIndex: 3),
                                schoolCode: try row.decode(atIndex: 4), schoolName: try row.decode(atIndex: 5),
                                topic: try row.decode(atIndex: 6), audience: try row.decode(atIndex: 7),
                                voidReason: try row.decode(atIndex: 8), hours: try row.decode(atIndex: 9))
            }
        }
    }

    /// Visit entries, voided ones included, by date then officer and school.
    public func visits(_ filter: EntryFilter = EntryFilter()) throws -> [VisitListItem] {
        try writer.read { db in
            try CheckScope(school: filter.school, officer: filter.officer).validate(db)
            let rows = try Row.fetchAll(db, sql: """
                SELECT e.id, e.date, o.code, COALESCE((
                    SELECT v.name FROM officerVersion v WHERE v.officerId = o.id AND v.retiredAt IS NULL
                    AND v.validFrom <= e.date AND (v.validUntil IS NULL OR v.validUntil > e.date)
                ), (SELECT name FROM officerCurrent WHERE id = o.id), o.code),
                s.code, s.name, e.note, e.voidReason
                FROM visit e JOIN officer o ON o.id = e.officerId JOIN school s ON s.id = e.schoolId
                WHERE (:school IS NULL OR s.code = :school)
                  AND (:officer IS NULL OR o.code = :officer)
                  AND (:start IS NULL OR e.date BETWEEN :start AND :end)
                ORDER BY e.date, o.code, s.code, e.id
                """, arguments: ["school": filter.school, "officer": filter.officer,
                                 "start": filter.term?.start, "end": filter.term?.end])
            return try rows.map { row in
                VisitListItem(id: try row.decode(atIndex: 0), date: try row.decode(atIndex: 1),
                              officerCode: try row.decode(atIndex: 2), officerName: try row.decode(atIndex: 3),
                              schoolCode: try row.decode(atIndex: 4), schoolName: try row.decode(atIndex: 5),
                              note: try row.decode(atIndex: 6), voidReason: try row.decode(atIndex: 7))
            }
        }
    }
}
