import CampaignCore
import GRDB

extension TrackerDatabase {
    /// Meeting entries, voided ones included, by date then school and class.
    public func meetings(_ filter: EntryFilter = EntryFilter()) throws -> [MeetingListItem] {
        try writer.read { db in
            try Self.requireFilterMatches(db, school: filter.school, county: nil)
            let rows = try Row.fetchAll(db, sql: """
                SELECT m.id, m.date, s.code, s.name, c.code, c.name, m.kit, m.teacher, m.attendance, m.voidReason
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
            try Self.requireFilterMatches(db, school: filter.school, county: nil)
            if let officer = filter.officer,
               try Int.fetchOne(db, sql: "SELECT 1 FROM officer WHERE code = ?", arguments: [officer]) == nil {
                throw UserError("没有编号为“\(officer)”的人员。请检查 --officer，或先导入人员名单。")
            }
            let rows = try Row.fetchAll(db, sql: """
                SELECT l.id, l.date, o.code, o.name, s.code, s.name, l.topic, l.audience, l.voidReason
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
                                voidReason: try row.decode(atIndex: 8))
            }
        }
    }
}
