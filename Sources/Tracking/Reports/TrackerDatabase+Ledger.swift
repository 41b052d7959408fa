import CampaignCore
import Foundation
import GRDB

extension TrackerDatabase {
    /// The 台账 of `term` up to `asOf` for the schools in `scope` (a school or a county), with the
    /// statuses of the same check: one query for each kind of entry, whatever the number of schools.
    public func ledger(term: TermCalendar, asOf: Day, rules: Rules, scope: CheckScope, schoolYear: SchoolYear,
                       kitTitles: [String: String], madeAt: Date) throws -> Ledger {
        let report = try complianceReport(term: term, asOf: asOf, rules: rules, scope: scope, schoolYear: schoolYear)
        let filter = scope.sql
        let inScope = filter.schoolConditions.isEmpty ? "" : " AND " + filter.schoolConditions
        let arguments = filter.arguments + ["start": term.start, "last": min(term.end, asOf)]
        return try writer.read { db in
            var meetings: [String: [Ledger.Entry]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT s.code, c.code, m.date, m.kit, m.teacher, m.attendance, m.voidReason
                FROM meeting m JOIN schoolClass c ON c.id = m.classId JOIN school s ON s.id = c.schoolId
                WHERE m.date >= :start AND m.date <= :last\(inScope) ORDER BY m.date, m.id
                """, arguments: arguments) {
                let kit: String? = try row.decode(atIndex: 3)
                meetings[try row.decode(atIndex: 0) + "/" + row.decode(atIndex: 1), default: []].append(Ledger.Entry(
                    date: try row.decode(atIndex: 2), what: kit.map { kitTitles[$0] ?? $0 } ?? "（未填材料）",
                    who: try row.decode(atIndex: 4), people: try row.decode(atIndex: 5), hours: nil,
                    voidReason: try row.decode(atIndex: 6)))
            }
            var lectures: [String: [Ledger.Entry]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT s.code, o.code, l.date, l.topic, l.audience, l.hours, l.voidReason
                FROM lecture l JOIN officer o ON o.id = l.officerId JOIN school s ON s.id = l.schoolId
                WHERE l.date >= :start AND l.date <= :last\(inScope) ORDER BY l.date, l.id
                """, arguments: arguments) {
                lectures[try row.decode(atIndex: 0) + "/" + row.decode(atIndex: 1), default: []].append(Ledger.Entry(
                    date: try row.decode(atIndex: 2), what: try row.decode(atIndex: 3), who: nil,
                    people: try row.decode(atIndex: 4), hours: try row.decode(atIndex: 5),
                    voidReason: try row.decode(atIndex: 6)))
            }
            var visits: [String: [Ledger.Entry]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT s.code, o.code, v.date, v.note, v.voidReason
                FROM visit v JOIN officer o ON o.id = v.officerId JOIN school s ON s.id = v.schoolId
                WHERE v.date >= :start AND v.date <= :last\(inScope) ORDER BY v.date, v.id
                """, arguments: arguments) {
                visits[try row.decode(atIndex: 0) + "/" + row.decode(atIndex: 1), default: []].append(Ledger.Entry(
                    date: try row.decode(atIndex: 2), what: try row.decode(atIndex: 3) ?? "", who: nil, people: nil,
                    hours: nil, voidReason: try row.decode(atIndex: 4)))
            }
            var schools: [Ledger.SchoolPage] = []
            var index: [String: Int] = [:]
            func page(_ code: String, _ name: String, _ county: String) -> Int {
                if let at = index[code] { return at }
                schools.append(Ledger.SchoolPage(code: code, name: name, county: county, classes: [], officers: [],
                                                 missing: []))
                index[code] = schools.count - 1
                return schools.count - 1
            }
            for row in report.classes {
                schools[page(row.schoolCode, row.schoolName, row.county)].classes.append(
                    Ledger.ClassPage(row: row, meetings: meetings[row.schoolCode + "/" + row.code] ?? []))
            }
            let visitRows = Dictionary(report.visits.map { ($0.schoolCode + "/" + $0.officerCode, $0) },
                                       uniquingKeysWith: { a, _ in a })
            let hourRows = Dictionary(report.hours.map { ($0.schoolCode + "/" + $0.code, $0) },
                                      uniquingKeysWith: { a, _ in a })
            for row in report.officers {
                let key = row.schoolCode + "/" + row.code
                schools[page(row.schoolCode, row.schoolName, row.county)].officers.append(Ledger.OfficerPage(
                    row: row, lectures: lectures[key] ?? [], visits: visits[key] ?? [], visitRow: visitRows[key],
                    hoursRow: hourRows[key]))
            }
            for school in report.uncovered {
                schools[page(school.code, school.name, school.county)].missing = school.missing
            }
            schools.sort { ($0.county, $0.code) < ($1.county, $1.code) }
            return Ledger(stamp: ReportStamp(report: report, madeAt: madeAt), schools: schools)
        }
    }
}
