import CampaignCore

extension ComplianceReport {
    /// A report for an 80-column terminal, grouped by county and school, with counts per status and
    /// the name of every class and officer that is behind or missed.
    public var table: String {
        var lines: [String] = []
        let elapsed = term.schoolDaysElapsed(through: asOf)
        lines.append("\(term.name)（\(term.id)），截至 \(asOf)，第 \(elapsed)/\(schoolDays) 个上课日")
        lines.append("要求：每班每学期主题班会 \(rules.classMeetingsPerTerm) 次；"
            + "每人在所服务的每所学校每学期宣讲 \(rules.officerLecturesPerTerm) 次")

        let schools = Self.schools(classes + officers)
        let classesBySchool = Dictionary(grouping: classes, by: \.schoolCode)
        let officersBySchool = Dictionary(grouping: officers, by: \.schoolCode)
        var county: String?
        for school in schools {
            if school.county != county {
                county = school.county
                lines.append("")
                lines.append(school.county)
            }
            lines.append("  \(school.name)（\(school.code)）")
            let schoolClasses = classesBySchool[school.code] ?? []
            let schoolOfficers = officersBySchool[school.code] ?? []
            lines.append("    " + Self.countLine("班会", schoolClasses.count, "个班", schoolClasses))
            lines.append("    " + Self.countLine("宣讲", schoolOfficers.count, "人次", schoolOfficers))
            for row in (schoolClasses + schoolOfficers) where row.status.isProblem {
                lines.append("    " + Self.problemLine(row))
            }
        }
        lines.append("")
        lines.append("合计")
        lines.append("  " + Self.countLine("班会", classes.count, "个班", classes))
        lines.append("  " + Self.countLine("宣讲", officers.count, "人次", officers))
        return lines.joined(separator: "\n") + "\n"
    }

    private struct SchoolHeading {
        var county: String
        var code: String
        var name: String
    }

    /// Schools in county order, then by code.
    private static func schools(_ rows: [ComplianceRow]) -> [SchoolHeading] {
        var seen: Set<String> = []
        var list: [SchoolHeading] = []
        for row in rows where seen.insert(row.schoolCode).inserted {
            list.append(SchoolHeading(county: row.county, code: row.schoolCode, name: row.schoolName))
        }
        return list.sorted { ($0.county, $0.code) < ($1.county, $1.code) }
    }

    private static func countLine(_ what: String, _ total: Int, _ unit: String, _ rows: [ComplianceRow]) -> String {
        let counts = Self.counts(rows)
        let parts = ComplianceStatus.allCases.map { "\($0.label) \(counts[$0] ?? 0)" }.joined(separator: "，")
        return "\(what) \(total) \(unit)：\(parts)"
    }

    private static func problemLine(_ row: ComplianceRow) -> String {
        let who: String
        let verb: String
        switch row.kind {
        case .classMeetings:
            who = row.name
            verb = "已开"
        case .officerLectures:
            who = "\(row.name) \(row.code)（\(row.role ?? "")）"
            verb = "已讲"
        }
        let due = row.nextDue.map { row.status == .missed ? "学期已结束" : "应于 \($0) 前完成第 \(row.held + 1) 次" } ?? ""
        return TerminalText.fit(row.status.label, 8) + TerminalText.fit(who, 28) + "\(verb) \(row.held)/\(row.required)  \(due)"
    }
}
