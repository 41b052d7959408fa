import CampaignCore
import GRDB

extension TrackerDatabase {
    /// Checks every class and (officer, school) pair of `term` as of `asOf`, optionally for one
    /// school (by code) or one county. Five queries whatever the number of classes: the schools in
    /// scope, the meetings counted per class and the classes in order, the lectures counted per
    /// (officer, school) and the assignments in order. Counting reads only the covering indexes
    /// `meeting_class_count` and `lecture_assignment_count`; a filter is plain SQL on `school`
    /// (no `? IS NULL OR …`, which would hide the indexes), so a county reads only its own rows.
    public func complianceReport(term: TermCalendar, asOf: Day, rules: Rules, school: String? = nil,
                                 county: String? = nil) throws -> ComplianceReport {
        let meetings = TermProgress(term: term, asOf: asOf, required: rules.classMeetingsPerTerm)
        let lectures = TermProgress(term: term, asOf: asOf, required: rules.officerLecturesPerTerm)
        var conditions: [String] = []
        var filter: StatementArguments = [:]
        if let school {
            conditions.append("s.code = :school")
            filter += ["school": school]
        }
        if let county {
            conditions.append("s.county = :county")
            filter += ["county": county]
        }
        let scope = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let span: StatementArguments = filter + ["start": term.start, "last": meetings.countsThrough]
        /// ` AND column IN (subquery WHERE …)` when filtered, else nothing.
        let inScope = { (column: String, subquery: String) in
            conditions.isEmpty ? "" : " AND \(column) IN (\(subquery)\(scope))"
        }

        return try writer.read { db in
            try Self.requireFilterMatches(db, school: school, county: county)
            var schools = try RowIDTable<SchoolName>(db, table: "school", whole: conditions.isEmpty)
            let schoolRows = try Row.fetchCursor(db, sql: "SELECT s.id, s.code, s.name, s.county FROM school s\(scope)",
                                                 arguments: filter)
            while let row = try schoolRows.next() {
                schools[try row.decode(atIndex: 0)] = SchoolName(code: try row.decode(atIndex: 1),
                                                                 name: try row.decode(atIndex: 2),
                                                                 county: try row.decode(atIndex: 3))
            }

            var meetingsHeld = try RowIDTable<Int>(db, table: "schoolClass", whole: conditions.isEmpty)
            let meetingCounts = try Row.fetchCursor(db, sql: """
                SELECT classId, COUNT(*) FROM meeting
                WHERE voidedAt IS NULL AND date >= :start AND date <= :last\(inScope("classId",
                    "SELECT c.id FROM schoolClass c JOIN school s ON s.id = c.schoolId"))
                GROUP BY classId
                """, arguments: span)
            while let row = try meetingCounts.next() {
                meetingsHeld[try row.decode(atIndex: 0)] = try row.decode(atIndex: 1)
            }
            var classes: [ComplianceRow] = []
            let classRows = try Row.fetchCursor(db, sql: """
                SELECT c.id, c.schoolId, c.code, c.name FROM school s JOIN schoolClass c ON c.schoolId = s.id\(scope)
                ORDER BY s.code, c.code
                """, arguments: filter)
            while let row = try classRows.next() {
                guard let school = schools[try row.decode(atIndex: 1)] else { continue }
                let held = meetingsHeld[try row.decode(atIndex: 0)] ?? 0
                classes.append(ComplianceRow(
                    kind: .classMeetings, county: school.county, schoolCode: school.code, schoolName: school.name,
                    code: try row.decode(atIndex: 2), name: try row.decode(atIndex: 3), held: held,
                    required: meetings.required, status: meetings.status(held: held),
                    nextDue: meetings.nextDue(held: held)))
            }

            var lecturesHeld: [RosterIndex.AssignmentKey: Int] = [:]
            let lectureCounts = try Row.fetchCursor(db, sql: """
                SELECT officerId, schoolId, COUNT(*) FROM lecture
                WHERE voidedAt IS NULL AND date >= :start AND date <= :last\(inScope("schoolId",
                    "SELECT s.id FROM school s"))
                GROUP BY officerId, schoolId
                """, arguments: span)
            while let row = try lectureCounts.next() {
                lecturesHeld[.init(officerId: try row.decode(atIndex: 0), schoolId: try row.decode(atIndex: 1))]
                    = try row.decode(atIndex: 2)
            }
            var officers: [ComplianceRow] = []
            let officerRows = try Row.fetchCursor(db, sql: """
                SELECT a.officerId, a.schoolId, o.code, o.name, o.role
                FROM assignment a JOIN officer o ON o.id = a.officerId JOIN school s ON s.id = a.schoolId\(scope)
                ORDER BY o.code, s.code
                """, arguments: filter)
            while let row = try officerRows.next() {
                let schoolId: Int64 = try row.decode(atIndex: 1)
                guard let school = schools[schoolId] else { continue }
                let held = lecturesHeld[.init(officerId: try row.decode(atIndex: 0), schoolId: schoolId)] ?? 0
                officers.append(ComplianceRow(
                    kind: .officerLectures, county: school.county, schoolCode: school.code, schoolName: school.name,
                    code: try row.decode(atIndex: 2), name: try row.decode(atIndex: 3), role: try row.decode(atIndex: 4),
                    held: held, required: lectures.required, status: lectures.status(held: held),
                    nextDue: lectures.nextDue(held: held)))
            }
            return ComplianceReport(term: term, asOf: asOf, rules: rules, classes: classes, officers: officers)
        }
    }

    private struct SchoolName {
        var code: String
        var name: String
        var county: String
    }

    /// An unknown school code or county is a mistake, not an empty report.
    static func requireFilterMatches(_ db: Database, school: String?, county: String?) throws {
        if let school, try Int.fetchOne(db, sql: "SELECT 1 FROM school WHERE code = ?", arguments: [school]) == nil {
            throw UserError("没有学校代码为“\(school)”的学校。请检查 --school，或先导入学校名单。")
        }
        if let county, try Int.fetchOne(db, sql: "SELECT 1 FROM school WHERE county = ?", arguments: [county]) == nil {
            let known = try String.fetchAll(db, sql: "SELECT DISTINCT county FROM school ORDER BY county LIMIT 20")
            let hint = known.isEmpty ? "数据库里还没有学校" : "已有的区县：\(known.joined(separator: "、"))"
            throw UserError("没有区县为“\(county)”的学校。请检查 --county（\(hint)）。")
        }
    }
}
