import CampaignCore
import GRDB

extension TrackerDatabase {
    /// Checks every class and (officer, school) pair on the roster of `term` as of `asOf`, optionally
    /// for one school (by code), county, city or officer, as the data was known at the end of
    /// `knownOn` (default: everything recorded so far). 课时 are counted over `schoolYear` (default:
    /// the term's year as far as `term` alone tells).
    ///
    /// A fixed number of queries whatever the number of classes: the schools in scope, the counts per
    /// class and per (officer, school), the classes and the assignments in effect with their names in
    /// that term. Without `knownOn`, counting reads only the covering indexes `meeting_class_count`
    /// and `lecture_assignment_count`; a filter is plain SQL on `school`, so a county reads only its rows.
    public func complianceReport(term: TermCalendar, asOf: Day, rules: Rules, scope: CheckScope = CheckScope(),
                                 knownOn: Day? = nil, schoolYear: SchoolYear? = nil) throws -> ComplianceReport {
        let view = RosterView(term: term, knownOn: knownOn)
        let meetings = TermProgress(term: term, asOf: asOf, required: rules.classMeetingsPerTerm)
        let lectures = TermProgress(term: term, asOf: asOf, required: rules.officerLecturesPerTerm)
        let year = schoolYear ?? SchoolYear.of(term, in: [term])
        let hours = year.progress(asOf: asOf, required: rules.officerHoursPerSchoolYear)
        let weeks = SchoolWeeks(term: term)
        let filter = scope.sql
        let whereScope = filter.conditions.isEmpty ? "" : " WHERE " + filter.conditions
        let andScope = filter.conditions.isEmpty ? "" : " AND " + filter.conditions
        let arguments = filter.arguments + view.arguments + [
            "start": term.start, "last": meetings.countsThrough,
            "yearStart": year.firstDay, "yearLast": min(year.lastDay, asOf),
        ]
        /// ` AND (officerId, schoolId) IN (…in scope…)` when filtered, else nothing.
        let pairsInScope = filter.conditions.isEmpty ? "" : """
             AND (officerId, schoolId) IN (SELECT a.officerId, a.schoolId FROM assignment a
                JOIN officer o ON o.id = a.officerId JOIN school s ON s.id = a.schoolId WHERE \(filter.conditions))
            """

        return try writer.read { db in
            try scope.validate(db)
            let whole = filter.conditions.isEmpty
            var schools = try RowIDTable<SchoolName>(db, table: "school", whole: whole)
            var schoolOrder: [Int64] = []
            let schoolRows = try Row.fetchCursor(db, sql: """
                SELECT s.id, s.code, s.name, s.county FROM school s\(filter.schoolConditions.isEmpty ? ""
                    : " WHERE " + filter.schoolConditions) ORDER BY s.code
                """, arguments: arguments)
            while let row = try schoolRows.next() {
                let id: Int64 = try row.decode(atIndex: 0)
                schools[id] = SchoolName(code: try row.decode(atIndex: 1), name: try row.decode(atIndex: 2),
                                         county: try row.decode(atIndex: 3))
                schoolOrder.append(id)
            }

            var classes: [ComplianceRow] = []
            if !scope.hasOfficer {
                var meetingsHeld = try RowIDTable<Int>(db, table: "schoolClass", whole: whole)
                let meetingCounts = try Row.fetchCursor(db, sql: """
                    SELECT m.classId, COUNT(*) FROM meeting m
                    WHERE \(view.counts("m")) AND m.date >= :start AND m.date <= :last\(whole ? "" : """
                         AND m.classId IN (SELECT c.id FROM schoolClass c JOIN school s ON s.id = c.schoolId\(whereScope))
                        """)
                    GROUP BY m.classId
                    """, arguments: arguments)
                while let row = try meetingCounts.next() {
                    meetingsHeld[try row.decode(atIndex: 0)] = try row.decode(atIndex: 1)
                }
                let classRows = try Row.fetchCursor(db, sql: """
                    SELECT c.id, c.schoolId, c.code, v.name FROM school s JOIN schoolClass c ON c.schoolId = s.id
                    JOIN classVersion v ON v.classId = c.id AND \(view.inEffect("v"))\(whereScope)
                    ORDER BY s.code, c.code
                    """, arguments: arguments)
                while let row = try classRows.next() {
                    guard let school = schools[try row.decode(atIndex: 1)] else { continue }
                    let held = meetingsHeld[try row.decode(atIndex: 0)] ?? 0
                    classes.append(ComplianceRow(
                        kind: .classMeetings, county: school.county, schoolCode: school.code, schoolName: school.name,
                        code: try row.decode(atIndex: 2), name: try row.decode(atIndex: 3), held: held,
                        required: meetings.required, status: meetings.status(held: held),
                        nextDue: meetings.nextDue(held: held), warning: meetings.warning(held: held)))
                }
            }

            let lecturesHeld = try Self.countPairs(db, sql: """
                SELECT officerId, schoolId, COUNT(*) FROM lecture
                WHERE \(view.counts("lecture")) AND date >= :start AND date <= :last\(pairsInScope)
                GROUP BY officerId, schoolId
                """, arguments: arguments)
            let hoursHeld = try Self.countPairs(db, sql: """
                SELECT officerId, schoolId, SUM(hours) FROM lecture
                WHERE \(view.counts("lecture")) AND date >= :yearStart AND date <= :yearLast\(pairsInScope)
                GROUP BY officerId, schoolId
                """, arguments: arguments)
            var visitsByWeek: [RosterIndex.AssignmentKey: [Int]] = [:]
            let visitRows = try Row.fetchCursor(db, sql: """
                SELECT officerId, schoolId, date FROM visit
                WHERE \(view.counts("visit")) AND date >= :start AND date <= :last\(pairsInScope)
                """, arguments: arguments)
            while let row = try visitRows.next() {
                guard let week = weeks.index(of: try row.decode(atIndex: 2)) else { continue }
                let key = RosterIndex.AssignmentKey(officerId: try row.decode(atIndex: 0),
                                                    schoolId: try row.decode(atIndex: 1))
                visitsByWeek[key, default: Array(repeating: 0, count: weeks.weeks.count)][week] += 1
            }

            var officers: [ComplianceRow] = []
            var visits: [VisitRow] = []
            var hourRows: [ComplianceRow] = []
            var rolesAtSchool: [Int64: Set<String>] = [:]
            let officerRows = try Row.fetchCursor(db, sql: """
                SELECT a.officerId, a.schoolId, o.code, ov.name, ov.role
                FROM assignment a
                JOIN assignmentVersion av ON av.assignmentId = a.id AND \(view.inEffect("av"))
                JOIN officer o ON o.id = a.officerId
                JOIN officerVersion ov ON ov.officerId = o.id AND \(view.inEffect("ov"))
                JOIN school s ON s.id = a.schoolId\(whereScope)
                ORDER BY o.code, s.code
                """, arguments: arguments)
            while let row = try officerRows.next() {
                let schoolId: Int64 = try row.decode(atIndex: 1)
                guard let school = schools[schoolId] else { continue }
                let key = RosterIndex.AssignmentKey(officerId: try row.decode(atIndex: 0), schoolId: schoolId)
                let code: String = try row.decode(atIndex: 2), name: String = try row.decode(atIndex: 3)
                let role: String = try row.decode(atIndex: 4)
                rolesAtSchool[schoolId, default: []].insert(role)
                let held = lecturesHeld[key] ?? 0
                officers.append(ComplianceRow(
                    kind: .officerLectures, county: school.county, schoolCode: school.code, schoolName: school.name,
                    code: code, name: name, role: role, held: held, required: lectures.required,
                    status: lectures.status(held: held), nextDue: lectures.nextDue(held: held),
                    warning: lectures.warning(held: held)))
                if rules.officerVisitsPerWeek > 0, rules.visitRoles.contains(where: { $0.rawValue == role }) {
                    visits.append(VisitRow(
                        county: school.county, schoolCode: school.code, schoolName: school.name, officerCode: code,
                        officerName: name, role: role,
                        visits: visitsByWeek[key] ?? Array(repeating: 0, count: weeks.weeks.count),
                        perWeek: rules.officerVisitsPerWeek, weeks: weeks, asOf: asOf, termEnd: term.end))
                }
                if rules.officerHoursPerSchoolYear > 0, rules.hoursRoles.contains(where: { $0.rawValue == role }) {
                    let given = hoursHeld[key] ?? 0
                    hourRows.append(ComplianceRow(
                        kind: .officerHours, county: school.county, schoolCode: school.code, schoolName: school.name,
                        code: code, name: name, role: role, held: given, required: hours.required,
                        status: hours.status(held: given), nextDue: hours.nextDue(held: given)))
                }
            }

            var uncovered: [UncoveredSchool] = []
            if !scope.hasOfficer {
                for id in schoolOrder {
                    guard let school = schools[id] else { continue }
                    let present = rolesAtSchool[id] ?? []
                    let missing = rules.schoolsNeedRoles.map(\.rawValue).filter { !present.contains($0) }
                    if !missing.isEmpty {
                        uncovered.append(UncoveredSchool(county: school.county, code: school.code, name: school.name,
                                                         missing: missing))
                    }
                }
            }
            _ = andScope
            return ComplianceReport(term: term, asOf: asOf, rules: rules, classes: classes, officers: officers,
                                    visits: visits, hours: hourRows, uncovered: uncovered)
        }
    }

    /// `officerId, schoolId, n` rows as a dictionary.
    private static func countPairs(_ db: Database, sql: String, arguments: StatementArguments) throws
        -> [RosterIndex.AssignmentKey: Int] {
        var counts: [RosterIndex.AssignmentKey: Int] = [:]
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            counts[.init(officerId: try row.decode(atIndex: 0), schoolId: try row.decode(atIndex: 1))]
                = try row.decode(atIndex: 2)
        }
        return counts
    }

    private struct SchoolName {
        var code: String
        var name: String
        var county: String
    }
}
