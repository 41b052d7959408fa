import CampaignCore

extension Bulletin {
    /// One column of the bulletin: a requirement and how to read its tally off a unit.
    struct Requirement {
        var key: String
        var label: String
        var tally: @Sendable (Unit) -> Tally
    }

    /// The requirements this bulletin has rows for (visits and 课时 only where the rules ask for them).
    var shownRequirements: [Requirement] {
        [Requirement(key: "meetings", label: "主题班会", tally: { $0.meetings }),
         Requirement(key: "lectures", label: "专题宣讲", tally: { $0.lectures }),
         Requirement(key: "visits", label: "到校", tally: { $0.visits }),
         Requirement(key: "hours", label: "法治教育课时", tally: { $0.hours })]
            .filter { $0.key == "meetings" || $0.key == "lectures" || $0.tally(total).total > 0 }
    }

    public var title: String { "关于\(stamp.termName)防欺凌工作落实情况的通报" }

    /// A document that prints on A4: heading, the opening paragraph, the ranked table, the units with
    /// problems, and the stamp. `issuer` is the bureau's name (site.yaml's `publisher`).
    public func html(issuer: String) -> String {
        let e = HTML.escape
        var out = ReportPage.head(title: title) + "<header class=\"issuer\">\(e(issuer))</header>\n"
        out += "<h1>\(e(title))</h1>\n<h2>一、基本情况</h2>\n<p>\(e(summary))</p>\n"
        out += "<table>\n<caption>各\(level.unitWord)落实情况（按达标比例排序；百分比为该项中各状态所占比例）</caption>\n"
        out += "<thead><tr><th>排名</th><th>\(level.unitWord)</th>"
        for requirement in shownRequirements {
            out += "<th>\(requirement.label)<br>已完成/进度正常/落后/未完成</th>"
        }
        out += "<th>缺少人员的学校</th></tr></thead>\n<tbody>\n"
        for unit in units + [total] {
            let isTotal = unit == total
            out += "<tr\(isTotal ? " class=\"total\"" : "")><td>\(isTotal ? "" : String(unit.rank))</td>"
                + "<td>\(e(isTotal ? "合计" : unit.name))</td>"
            for requirement in shownRequirements {
                out += "<td>\(Self.cell(requirement.tally(unit)))</td>"
            }
            out += "<td>\(unit.uncovered.count)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n<h2>二、存在问题</h2>\n"
        let problems = problemLines
        out += problems.isEmpty ? "<p>没有落后或未完成的\(level.unitWord)。</p>\n"
            : "<ul>\n" + problems.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        out += "<h2>三、下一步要求</h2>\n<p>请以上\(level.unitWord)对照落后和未完成事项限期整改，补开主题班会、补上宣讲和课时，"
            + "配齐所需人员，并于下次通报前报送整改情况。</p>\n"
        out += "<p class=\"issuer-line\">\(e(issuer))<br>\(e(ReportStamp.chineseDate(stamp.asOf)))</p>\n"
        out += ReportPage.stamp(stamp)
        return out + ReportPage.tail
    }

    /// `12（32%） / 20（53%） / …` with shares that add up to 100.
    static func cell(_ tally: Tally) -> String {
        guard tally.total > 0 else { return "—" }
        let shares = tally.percentages
        return ComplianceStatus.allCases.map { "\(tally[$0])（\(shares[$0] ?? 0)%）" }.joined(separator: " / ")
    }

    /// One row per unit and requirement, then the total, for Excel.
    public var csv: String {
        let header = ["排名", level.unitWord, "项目", "合计", "已完成", "进度正常", "落后", "未完成",
                      "已完成%", "进度正常%", "落后%", "未完成%", "缺少人员的学校数", "统计截至", "学期", "数据摘要"]
        var rows: [[String]] = []
        for unit in units + [total] {
            for requirement in shownRequirements {
                let tally = requirement.tally(unit)
                let shares = tally.percentages
                rows.append([unit == total ? "" : String(unit.rank), unit == total ? "合计" : unit.name, requirement.label,
                             String(tally.total)] + ComplianceStatus.allCases.map { String(tally[$0]) }
                    + ComplianceStatus.allCases.map { String(shares[$0] ?? 0) }
                    + [String(unit.uncovered.count), stamp.asOf.description, stamp.termID, stamp.digest])
            }
        }
        return SpreadsheetCSV.document(header: header, rows: rows)
    }

    /// `{"title", "level", "area", "term", "asOf", "madeAt", "digest", "summary", "units": [{"rank", "name",
    /// "code", "schools", "meetings": {"met", "on-track", "behind", "missed", "total", "percent": {…}}, "lectures",
    /// "visits", "hours", "uncovered": [names]}], "total": {…}, "problems": [lines]}`
    public var json: JSONValue {
        func tally(_ t: Tally) -> JSONValue {
            let shares = t.percentages
            return .object(ComplianceStatus.allCases.map { ($0.rawValue, .int(t[$0])) } + [
                ("total", .int(t.total)),
                ("percent", .object(ComplianceStatus.allCases.map { ($0.rawValue, .int(shares[$0] ?? 0)) })),
            ])
        }
        func unit(_ u: Unit) -> JSONValue {
            .object([("rank", u == total ? .null : .int(u.rank)), ("name", .string(u.name)), ("code", .string(u.code)),
                     ("schools", .int(u.schools)), ("meetings", tally(u.meetings)), ("lectures", tally(u.lectures)),
                     ("visits", tally(u.visits)), ("hours", tally(u.hours)),
                     ("uncovered", .array(u.uncovered.map { .string($0) }))])
        }
        return .object([
            ("title", .string(title)), ("level", .string(level.rawValue)), ("area", .string(area)),
            ("term", .string(stamp.termID)), ("asOf", .string(stamp.asOf.description)),
            ("madeAt", .string(stamp.madeAt)), ("digest", .string(stamp.digest)), ("summary", .string(summary)),
            ("units", .array(units.map(unit))), ("total", unit(total)),
            ("problems", .array(problemLines.map { .string($0) })),
        ])
    }
}
