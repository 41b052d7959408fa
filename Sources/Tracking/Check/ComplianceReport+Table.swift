import CampaignCore

extension ComplianceReport {
    /// A report for an 80-column terminal, grouped by county and school, with counts per status and
    /// the name of every class and officer that is behind or missed (or warned at mid-term), and
    /// every school that lacks a needed officer.
    public var table: String {
        var lines: [String] = []
        let elapsed = term.schoolDaysElapsed(through: asOf)
        lines.append("\(term.name)（\(term.id)），截至 \(asOf)，第 \(elapsed)/\(schoolDays) 个上课日")
        lines.append("要求：每班每学期主题班会 \(rules.classMeetingsPerTerm) 次；"
            + "每人在所服务的每所学校每学期宣讲 \(rules.officerLecturesPerTerm) 次")
        var more: [String] = []
        if rules.officerVisitsPerWeek > 0 && !rules.visitRoles.isEmpty {
            more.append("\(Self.roles(rules.visitRoles))每周到校 \(rules.officerVisitsPerWeek) 次")
        }
        if rules.officerHoursPerSchoolYear > 0 && !rules.hoursRoles.isEmpty {
            more.append("\(Self.roles(rules.hoursRoles))每学年 \(rules.officerHoursPerSchoolYear) 课时")
        }
        if !rules.schoolsNeedRoles.isEmpty {
            more.append("每所学校须有\(Self.roles(rules.schoolsNeedRoles))")
        }
        if !more.isEmpty { lines.append("      " + more.joined(separator: "；")) }

        let classesBySchool = Dictionary(grouping: classes, by: \.schoolCode)
        let officersBySchool = Dictionary(grouping: officers, by: \.schoolCode)
        let visitsBySchool = Dictionary(grouping: visits, by: \.schoolCode)
        let hoursBySchool = Dictionary(grouping: hours, by: \.schoolCode)
        let uncoveredBySchool = Dictionary(uncovered.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        var county: String?
        for school in schools() {
            if school.county != county {
                county = school.county
                lines.append("")
                lines.append(TerminalSafe.text(school.county))
            }
            lines.append(TerminalSafe.text("  \(school.name)（\(school.code)）"))
            lines += block(classes: classesBySchool[school.code] ?? [], officers: officersBySchool[school.code] ?? [],
                           visits: visitsBySchool[school.code] ?? [], hours: hoursBySchool[school.code] ?? [],
                           uncovered: uncoveredBySchool[school.code].map { [$0] } ?? [], indent: "    ",
                           details: true)
        }
        lines.append("")
        lines.append("合计")
        lines += block(classes: classes, officers: officers, visits: visits, hours: hours, uncovered: uncovered,
                       indent: "  ", details: false)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The count lines of a school or of the whole report, then (with details) a line for each row
    /// that needs attention.
    private func block(classes: [ComplianceRow], officers: [ComplianceRow], visits: [VisitRow], hours: [ComplianceRow],
                       uncovered: [UncoveredSchool], indent: String, details: Bool) -> [String] {
        var lines = [
            indent + Self.countLine("班会", classes.count, "个班", Self.counts(classes)),
            indent + Self.countLine("宣讲", officers.count, "人次", Self.counts(officers)),
        ]
        if !visits.isEmpty || (!details && !self.visits.isEmpty) {
            lines.append(indent + Self.countLine("到校", visits.count, "人次", Self.counts(visits)))
        }
        if !hours.isEmpty || (!details && !self.hours.isEmpty) {
            lines.append(indent + Self.countLine("课时", hours.count, "人次", Self.counts(hours)))
        }
        if details {
            for school in uncovered {
                lines.append(indent + "缺少    " + school.missing.joined(separator: "、"))
            }
            for row in classes + officers + hours where row.status.isProblem || row.warning != nil {
                lines.append(indent + Self.problemLine(row))
            }
            for row in visits where row.status.isProblem {
                lines.append(indent + Self.visitLine(row))
            }
        } else if !uncovered.isEmpty || !self.rules.schoolsNeedRoles.isEmpty {
            lines.append(indent + "缺少人员的学校 \(uncovered.count) 所")
        }
        return lines
    }

    private struct SchoolHeading {
        var county: String
        var code: String
        var name: String
    }

    /// Schools in county order, then by code.
    private func schools() -> [SchoolHeading] {
        var seen: Set<String> = []
        var list: [SchoolHeading] = []
        for row in classes + officers where seen.insert(row.schoolCode).inserted {
            list.append(SchoolHeading(county: row.county, code: row.schoolCode, name: row.schoolName))
        }
        for school in uncovered where seen.insert(school.code).inserted {
            list.append(SchoolHeading(county: school.county, code: school.code, name: school.name))
        }
        return list.sorted { ($0.county, $0.code) < ($1.county, $1.code) }
    }

    private static func roles(_ roles: [Officer.Role]) -> String {
        roles.map(\.rawValue).joined(separator: "、")
    }

    private static func countLine(_ what: String, _ total: Int, _ unit: String,
                                  _ counts: [ComplianceStatus: Int]) -> String {
        let parts = ComplianceStatus.allCases.map { "\($0.label) \(counts[$0] ?? 0)" }.joined(separator: "，")
        return "\(what) \(total) \(unit)：\(parts)"
    }

    private static func problemLine(_ row: ComplianceRow) -> String {
        let who: String
        let verb: String
        let unit: String
        switch row.kind {
        case .classMeetings:
            (who, verb, unit) = (row.name, "已开", "次")
        case .officerLectures:
            (who, verb, unit) = ("\(row.name) \(row.code)（\(row.role ?? "")）", "已讲", "次")
        case .officerHours:
            (who, verb, unit) = ("\(row.name) \(row.code)（\(row.role ?? "")）", "课时", "课时")
        }
        var due = ""
        if row.status == .missed {
            due = row.kind == .officerHours ? "学年已结束" : "学期已结束"
        } else if let next = row.nextDue {
            due = "应于 \(next) 前完成第 \(row.held + 1) \(unit)"
        } else if row.status == .behind {
            due = "第 \(row.held + 1) \(unit)已到期"
        }
        if !row.status.isProblem, row.warning != nil {
            due = "学期已过半，还不到要求的一半"
        }
        let label = row.status.isProblem ? row.status.label : "提醒"
        return TerminalText.fit(label, 8) + TerminalText.fit(who, 28) + "\(verb) \(row.held)/\(row.required)  \(due)"
    }

    private static func visitLine(_ row: VisitRow) -> String {
        // Each missed week by its Monday, month and day: at most two, then how many in all.
        let weeks = row.missedWeeks.prefix(2).map { String($0.description.dropFirst(5)) }.joined(separator: "、")
        let count = row.missedWeeks.count
        let rest = count > 2 ? " 等 \(count) 周" : (count == 1 ? " 这一周" : " 这两周")
        return TerminalText.fit(row.status.label, 8)
            + TerminalText.fit("\(row.officerName) \(row.officerCode)（\(row.role)）", 28)
            + "到校 \(row.weeksMet)/\(row.weeksElapsed) 周  缺 \(weeks)\(rest)"
    }
}
