import CampaignCore
import GRDB

extension TrackerDatabase {
    /// Checks every class and (officer, school) pair of `term` as of `asOf`, optionally for one
    /// school (by code) or one county. Two aggregate queries, whatever the number of classes.
    public func complianceReport(term: TermCalendar, asOf: Day, rules: Rules, school: String? = nil,
                                 county: String? = nil) throws -> ComplianceReport {
        let meetings = TermProgress(term: term, asOf: asOf, required: rules.classMeetingsPerTerm)
        let lectures = TermProgress(term: term, asOf: asOf, required: rules.officerLecturesPerTerm)
        let filter = "(:school IS NULL OR s.code = :school) AND (:county IS NULL OR s.county = :county)"
        let arguments: StatementArguments = [
            "school": school, "county": county, "start": term.start, "last": meetings.countsThrough,
        ]
        return try writer.read { db in
            try Self.requireFilterMatches(db, school: school, county: county)
            var classes: [ComplianceRow] = []
            let classRows = try Row.fetchCursor(db, sql: """
                SELECT s.county, s.code, s.name, c.code, c.name, COUNT(m.id)
                FROM schoolClass c
                JOIN school s ON s.id = c.schoolId
                LEFT JOIN meeting m ON m.classId = c.id AND m.voidedAt IS NULL
                    AND m.date >= :start AND m.date <= :last
                WHERE \(filter)
                GROUP BY c.id
                ORDER BY s.code, c.code
                """, arguments: arguments)
            while let row = try classRows.next() {
                let held: Int = try row.decode(atIndex: 5)
                classes.append(ComplianceRow(
                    kind: .classMeetings, county: try row.decode(atIndex: 0), schoolCode: try row.decode(atIndex: 1),
                    schoolName: try row.decode(atIndex: 2), code: try row.decode(atIndex: 3),
                    name: try row.decode(atIndex: 4), held: held, required: meetings.required,
                    status: meetings.status(held: held), nextDue: meetings.nextDue(held: held)))
            }
            var officers: [ComplianceRow] = []
            let officerRows = try Row.fetchCursor(db, sql: """
                SELECT s.county, s.code, s.name, o.code, o.name, o.role, COUNT(l.id)
                FROM assignment a
                JOIN officer o ON o.id = a.officerId
                JOIN school s ON s.id = a.schoolId
                LEFT JOIN lecture l ON l.officerId = a.officerId AND l.schoolId = a.schoolId
                    AND l.voidedAt IS NULL AND l.date >= :start AND l.date <= :last
                WHERE \(filter)
                GROUP BY a.id
                ORDER BY o.code, s.code
                """, arguments: arguments)
            while let row = try officerRows.next() {
                let held: Int = try row.decode(atIndex: 6)
                officers.append(ComplianceRow(
                    kind: .officerLectures, county: try row.decode(atIndex: 0), schoolCode: try row.decode(atIndex: 1),
                    schoolName: try row.decode(atIndex: 2), code: try row.decode(atIndex: 3),
                    name: try row.decode(atIndex: 4), role: try row.decode(atIndex: 5), held: held,
                    required: lectures.required, status: lectures.status(held: held),
                    nextDue: lectures.nextDue(held: held)))
            }
            return ComplianceReport(term: term, asOf: asOf, rules: rules, classes: classes, officers: officers)
        }
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
