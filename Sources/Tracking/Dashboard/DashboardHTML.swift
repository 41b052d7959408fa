import CampaignCore

/// Writes the dashboard fragment. Every text is escaped; CSS classes start with `dash-`.
struct DashboardHTML {
    let report: ComplianceReport
    private var chartNumber = 0

    init(report: ComplianceReport) {
        self.report = report
    }

    mutating func render() -> String {
        let rows = report.classes + report.officers + report.hours
        let term = report.term
        let elapsed = term.schoolDaysElapsed(through: report.asOf)
        var html = "<div class=\"dash\">\n"
        html += "<p class=\"dash-meta\">统计截至 \(report.asOf)，\(esc(term.name))第 \(elapsed) 个上课日（本学期共 "
            + "\(report.schoolDays) 个上课日）。要求：每个班每学期召开防欺凌主题班会 \(report.rules.classMeetingsPerTerm) 次；"
            + "法治副校长、护校民警等每学期在所服务的每所学校开展专题宣讲 \(report.rules.officerLecturesPerTerm) 次"
            + Self.moreRules(report) + "。本页只统计数量，不显示任何班级或个人。</p>\n"
        html += "<ul class=\"dash-legend\">\n"
        for status in ComplianceStatus.allCases {
            html += "<li class=\"dash-key dash-\(status.rawValue)\"><svg class=\"dash-swatch\" width=\"12\" height=\"12\" "
                + "aria-hidden=\"true\"><rect width=\"12\" height=\"12\" fill=\"\(Self.color(status))\"/></svg>"
                + "\(status.label)：\(Self.explanation(status))</li>\n"
        }
        html += "</ul>\n"
        guard !rows.isEmpty else {
            return html + "<p class=\"dash-empty\">本学期还没有学校和班级的数据。</p>\n</div>\n"
        }

        html += "<section class=\"dash-section dash-all\">\n<h2 class=\"dash-heading\">全部学校</h2>\n"
        html += group(DashboardGroup(heading: "全部学校", rows: rows, visits: report.visits,
                                     uncovered: report.uncovered.count))
        html += "</section>\n"

        var byCounty: [String: [ComplianceRow]] = [:]
        for row in rows { byCounty[row.county, default: []].append(row) }
        for county in byCounty.keys.sorted() {
            let countyRows = byCounty[county] ?? []
            html += "<section class=\"dash-section dash-county\">\n<h2 class=\"dash-heading\">\(esc(county))</h2>\n"
            html += group(DashboardGroup(heading: county, rows: countyRows,
                                         visits: report.visits.filter { $0.county == county },
                                         uncovered: report.uncovered.filter { $0.county == county }.count))
            var bySchool: [String: [ComplianceRow]] = [:]
            for row in countyRows { bySchool[row.schoolCode, default: []].append(row) }
            for code in bySchool.keys.sorted() {
                let schoolRows = bySchool[code] ?? []
                let name = schoolRows.first?.schoolName ?? code
                html += "<section class=\"dash-school\">\n<h3 class=\"dash-subheading\">\(esc(name))</h3>\n"
                html += group(DashboardGroup(heading: name, rows: schoolRows,
                                             visits: report.visits.filter { $0.schoolCode == code },
                                             uncovered: report.uncovered.filter { $0.code == code }.count))
                html += "</section>\n"
            }
            html += "</section>\n"
        }
        return html + "</div>\n"
    }

    /// A chart and, beside it, the table of the same counts.
    private mutating func group(_ group: DashboardGroup) -> String {
        chartNumber += 1
        let id = "dash-chart-\(chartNumber)"
        var lines = [("班会", "个班", group.classes), ("宣讲", "人次", group.officers)]
        if !report.visits.isEmpty { lines.append(("到校", "人次", group.visits)) }
        if !report.hours.isEmpty { lines.append(("课时", "人次", group.hours)) }
        var html = "<div class=\"dash-group\">\n"
        html += DashboardChart.svg(id: id, heading: group.heading, lines: lines)
        html += "<table class=\"dash-table\">\n<caption>\(esc(group.heading))：数量和占比</caption>\n<thead><tr>"
            + "<th scope=\"col\">项目</th>"
        for status in ComplianceStatus.allCases {
            html += "<th scope=\"col\" class=\"dash-\(status.rawValue)\">\(status.label)</th>"
        }
        html += "<th scope=\"col\">合计</th></tr></thead>\n<tbody>\n"
        for (what, unit, counts) in lines {
            let total = DashboardGroup.total(counts)
            html += "<tr><th scope=\"row\">\(what)（\(unit)）</th>"
            for status in ComplianceStatus.allCases {
                html += "<td class=\"dash-\(status.rawValue)\">\(DashboardGroup.share(counts[status] ?? 0, of: total))</td>"
            }
            html += "<td>\(total)</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        if !report.rules.schoolsNeedRoles.isEmpty {
            let roles = esc(report.rules.schoolsNeedRoles.map(\.rawValue).joined(separator: "、"))
            html += "<p class=\"dash-uncovered\">缺少\(roles)的学校：\(group.uncovered) 所</p>\n"
        }
        html += "</div>\n"
        return html
    }

    private func esc(_ text: String) -> String { HTML.escape(text) }

    /// `；护校民警每周到校 1 次；法治副校长每学年 4 课时` for the requirements the rules switch on.
    private static func moreRules(_ report: ComplianceReport) -> String {
        let rules = report.rules
        var parts: [String] = []
        if rules.officerVisitsPerWeek > 0 && !rules.visitRoles.isEmpty {
            parts.append("\(rules.visitRoles.map(\.rawValue).joined(separator: "、"))每周到所服务的每所学校 \(rules.officerVisitsPerWeek) 次")
        }
        if rules.officerHoursPerSchoolYear > 0 && !rules.hoursRoles.isEmpty {
            parts.append("\(rules.hoursRoles.map(\.rawValue).joined(separator: "、"))每学年在所服务的每所学校开展法治教育 "
                + "\(rules.officerHoursPerSchoolYear) 课时")
        }
        return parts.map { "；" + HTML.escape($0) }.joined()
    }

    static func color(_ status: ComplianceStatus) -> String {
        switch status {
        case .met: "#2e7d32"
        case .onTrack: "#1565c0"
        case .behind: "#ef6c00"
        case .missed: "#c62828"
        }
    }

    static func explanation(_ status: ComplianceStatus) -> String {
        switch status {
        case .met: "已达到本学期要求"
        case .onTrack: "尚未达到，但没有错过截止日期"
        case .behind: "错过了截止日期，还可以补上"
        case .missed: "学期已结束，没有达到要求"
        }
    }
}
