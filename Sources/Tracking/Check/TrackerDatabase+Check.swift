import CampaignCore
import GRDB

extension TrackerDatabase {
    /// Checks every class and (officer, school) pair of `term` as of `asOf`, optionally for one
    /// school (by code) or one county. A handful of queries, two of them GROUP BY counts, whatever
    /// the number of classes: a province of 250,000 classes is one pass over each table.
    public func complianceReport(term: TermCalendar, asOf: Day, rules: Rules, school: String? = nil,
                                 county: String? = nil) throws -> ComplianceReport {
        let meetings = TermProgress(term: term, asOf: asOf, required: rules.classMeetingsPerTerm)
        let lectures = TermProgress(term: term, asOf: asOf, required: rules.officerLecturesPerTerm)
        let scope = "(:school IS NULL OR s.code = :school) AND (:county IS NULL OR s.county = :county)"
        let scopeArguments: StatementArguments = ["school": school, "county": county]
        let isScoped = school != nil || county != nil
        var span: StatementArguments = ["start": term.start, "last": meetings.countsThrough]
        if isScoped { span += scopeArguments }

        return try writer.read { db in
            try Self.requireFilterMatches(db, school: school, county: county)
            var schools: [Int64: SchoolName] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT s.id, s.code, s.name, s.county FROM school s WHERE \(scope)",
                                        arguments: scopeArguments) {
                schools[try row.decode(atIndex: 0)] = SchoolName(code: try row.decode(atIndex: 1),
                                                                 name: try row.decode(atIndex: 2),
                                                                 county: try row.decode(atIndex: 3))
            }

            var meetingsHeld: [Int64: Int] = [:]
            let classScope = isScoped
                ? " AND classId IN (SELECT c.id FROM schoolClass c JOIN school s ON s.id = c.schoolId WHERE \(scope))" : ""
            let meetingCounts = try Row.fetchCursor(db, sql: """
                SELECT classId, COUNT(*) FROM meeting
                WHERE voidedAt IS NULL AND date >= :start AND date <= :last\(classScope)
                GROUP BY classId
                """, arguments: span)
            while let row = try meetingCounts.next() {
                meetingsHeld[try row.decode(atIndex: 0)] = try row.decode(atIndex: 1)
            }
            var classes: [ComplianceRow] = []
            let classRows = try Row.fetchCursor(db, sql: """
                SELECT c.id, c.schoolId, c.code, c.name FROM schoolClass c JOIN school s ON s.id = c.schoolId
                WHERE \(scope) ORDER BY s.code, c.code
                """, arguments: scopeArguments)
            while let row = try classRows.next() {
                let held = meetingsHeld[try row.decode(atIndex: 0)] ?? 0
                guard let school = schools[try row.decode(atIndex: 1)] else { continue }
                classes.append(ComplianceRow(
                    kind: .classMeetings, county: school.county, schoolCode: school.code, schoolName: school.name,
                    code: try row.decode(atIndex: 2), name: try row.decode(atIndex: 3), held: held,
                    required: meetings.required, status: meetings.status(held: held),
                    nextDue: meetings.nextDue(held: held)))
            }

            var lecturesHeld: [RosterIndex.AssignmentKey: Int] = [:]
            let lectureScope = isScoped ? " AND schoolId IN (SELECT s.id FROM school s WHERE \(scope))" : ""
            let lectureCounts = try Row.fetchCursor(db, sql: """
                SELECT officerId, schoolId, COUNT(*) FROM lecture
                WHERE voidedAt IS NULL AND date >= :start AND date <= :last\(lectureScope)
                GROUP BY officerId, schoolId
                """, arguments: span)
            while let row = try lectureCounts.next() {
                lecturesHeld[.init(officerId: try row.decode(atIndex: 0), schoolId: try row.decode(atIndex: 1))]
                    = try row.decode(atIndex: 2)
            }
            var officers: [ComplianceRow] = []
            let officerRows = try Row.fetchCursor(db, sql: """
                SELECT a.officerId, a.schoolId, o.code, o.name, o.role
                FROM assignment a JOIN officer o ON o.id = a.officerId JOIN school s ON s.id = a.schoolId
                WHERE \(scope) ORDER BY o.code, s.code
                """, arguments: scopeArguments)
            while let row = try officerRows.next() {
                let schoolId: Int64 = try row.decode(atIndex: 1)
                let held = lecturesHeld[.init(officerId: try row.decode(atIndex: 0), schoolId: schoolId)] ?? 0
                guard let school = schools[schoolId] else { continue }
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
