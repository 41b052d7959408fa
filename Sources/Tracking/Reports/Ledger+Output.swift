import CampaignCore

extension Ledger {
    /// One printed page per school (a page break before each), voided entries struck through with their reason.
    public func html(issuer: String) -> String {
        let e = HTML.escape
        var out = ReportPage.head(title: title) + "<header class=\"issuer\">\(e(issuer))</header>\n<h1>\(e(title))</h1>\n"
        if schools.isEmpty { out += "<p>所选范围内没有学校。</p>\n" }
        for school in schools {
            out += "<section class=\"school\">\n<h2>\(e(school.name))（\(e(school.code))，\(e(school.county))）</h2>\n"
            if !school.missing.isEmpty { out += "<p>本学期缺少：\(e(school.missing.joined(separator: "、")))</p>\n" }
            out += "<h3>主题班会</h3>\n<table>\n<thead><tr><th>班级</th><th>完成情况</th><th>日期</th><th>班会材料</th>"
                + "<th>主讲人</th><th>参加人数</th></tr></thead>\n<tbody>\n"
            for page in school.classes {
                let status = "\(page.row.held)/\(page.row.required) \(page.row.status.label)"
                if page.meetings.isEmpty {
                    out += "<tr><td>\(e(page.row.name))</td><td>\(e(status))</td><td colspan=\"4\">本学期没有记录</td></tr>\n"
                }
                for (index, entry) in page.meetings.enumerated() {
                    out += "<tr><td>\(index == 0 ? e(page.row.name) : "")</td><td>\(index == 0 ? e(status) : "")</td>"
                        + Self.cells([entry.date.description, entry.what, entry.who ?? "", entry.people.map(String.init) ?? ""],
                                     void: entry.voidReason) + "</tr>\n"
                }
            }
            out += "</tbody>\n</table>\n<h3>法治副校长、护校民警等</h3>\n<table>\n<thead><tr><th>人员</th><th>项目</th>"
                + "<th>日期</th><th>内容</th><th>课时</th><th>人数</th></tr></thead>\n<tbody>\n"
            for page in school.officers {
                let who = "\(page.row.name)（\(page.row.role ?? "")）"
                var lines: [String] = ["<td>宣讲 \(page.row.held)/\(page.row.required) \(e(page.row.status.label))</td>"
                    + "<td colspan=\"4\"></td>"]
                for entry in page.lectures {
                    lines.append("<td>宣讲</td>" + Self.cells([entry.date.description, entry.what,
                                                            entry.hours.map(String.init) ?? "", entry.people.map(String.init) ?? ""],
                                                           void: entry.voidReason))
                }
                if let visits = page.visitRow {
                    lines.append("<td>到校 \(visits.weeksMet)/\(visits.weeksElapsed) 周 \(e(visits.status.label))</td><td colspan=\"4\"></td>")
                }
                for entry in page.visits {
                    lines.append("<td>到校</td>" + Self.cells([entry.date.description, entry.what, "", ""], void: entry.voidReason))
                }
                if let hours = page.hoursRow {
                    lines.append("<td>本学年课时 \(hours.held)/\(hours.required) \(e(hours.status.label))</td><td colspan=\"4\"></td>")
                }
                for (index, line) in lines.enumerated() {
                    out += "<tr><td>\(index == 0 ? e(who) : "")</td>\(line)</tr>\n"
                }
            }
            out += "</tbody>\n</table>\n</section>\n"
        }
        return out + ReportPage.stamp(stamp) + ReportPage.tail
    }

    /// Escaped cells; a voided entry's are struck through and its reason follows in the last.
    static func cells(_ values: [String], void reason: String?) -> String {
        values.enumerated().map { index, value in
            var cell = HTML.escape(value)
            if reason != nil { cell = "<s>\(cell)</s>" }
            if let reason, index == values.count - 1 { cell += "（已作废：\(HTML.escape(reason))）" }
            return "<td>\(cell)</td>"
        }.joined()
    }

    /// One row per entry (and per class or officer without one), for Excel.
    public var csv: String {
        let header = ["区县", "学校代码", "学校名称", "类型", "班级代码", "班级或人员", "日期", "内容", "主讲人", "人数", "课时",
                      "作废原因", "完成情况"]
        var rows: [[String]] = []
        for school in schools {
            let front = [school.county, school.code, school.name]
            for page in school.classes {
                let status = "\(page.row.held)/\(page.row.required) \(page.row.status.label)"
                if page.meetings.isEmpty { rows.append(front + ["班会", page.row.code, page.row.name, "", "", "", "", "", "", status]) }
                for entry in page.meetings {
                    rows.append(front + ["班会", page.row.code, page.row.name, entry.date.description, entry.what, entry.who ?? "",
                                         entry.people.map(String.init) ?? "", "", entry.voidReason ?? "", status])
                }
            }
            for page in school.officers {
                let who = "\(page.row.name)（\(page.row.role ?? "")）"
                let status = "\(page.row.held)/\(page.row.required) \(page.row.status.label)"
                if page.lectures.isEmpty { rows.append(front + ["宣讲", page.row.code, who, "", "", "", "", "", "", status]) }
                for entry in page.lectures {
                    rows.append(front + ["宣讲", page.row.code, who, entry.date.description, entry.what, "",
                                         entry.people.map(String.init) ?? "", entry.hours.map(String.init) ?? "",
                                         entry.voidReason ?? "", status])
                }
                for entry in page.visits {
                    rows.append(front + ["到校", page.row.code, who, entry.date.description, entry.what, "", "", "",
                                         entry.voidReason ?? "", page.visitRow.map { "\($0.weeksMet)/\($0.weeksElapsed) 周" } ?? ""])
                }
            }
            if !school.missing.isEmpty {
                rows.append(front + ["缺少人员", "", school.missing.joined(separator: "、"), "", "", "", "", "", "", ""])
            }
        }
        return SpreadsheetCSV.document(header: header, rows: rows)
    }

    /// `{"title", "term", "asOf", "madeAt", "digest", "schools": [{"code", "name", "county", "missing",
    /// "classes": [{"class", "name", "held", "required", "status", "meetings": [entry]}], "officers": [{"officer",
    /// "name", "role", "held", "required", "status", "lectures": [entry], "visits": [entry], "hours": {…}|null}]}]}`,
    /// entries as `{"date", "what", "who", "people", "hours", "voidReason"}`.
    public var json: JSONValue {
        func entry(_ e: Entry) -> JSONValue {
            .object([("date", .string(e.date.description)), ("what", .string(e.what)), ("who", .string(e.who)),
                     ("people", .int(e.people)), ("hours", .int(e.hours)), ("voidReason", .string(e.voidReason))])
        }
        return .object([
            ("title", .string(title)), ("term", .string(stamp.termID)), ("asOf", .string(stamp.asOf.description)),
            ("madeAt", .string(stamp.madeAt)), ("digest", .string(stamp.digest)),
            ("schools", .array(schools.map { school in
                .object([
                    ("code", .string(school.code)), ("name", .string(school.name)), ("county", .string(school.county)),
                    ("missing", .array(school.missing.map { .string($0) })),
                    ("classes", .array(school.classes.map { page in
                        .object([("class", .string(page.row.code)), ("name", .string(page.row.name)),
                                 ("held", .int(page.row.held)), ("required", .int(page.row.required)),
                                 ("status", .string(page.row.status.rawValue)),
                                 ("meetings", .array(page.meetings.map(entry)))])
                    })),
                    ("officers", .array(school.officers.map { page in
                        .object([("officer", .string(page.row.code)), ("name", .string(page.row.name)),
                                 ("role", .string(page.row.role)), ("held", .int(page.row.held)),
                                 ("required", .int(page.row.required)), ("status", .string(page.row.status.rawValue)),
                                 ("lectures", .array(page.lectures.map(entry))), ("visits", .array(page.visits.map(entry))),
                                 ("hours", page.hoursRow.map { .object([("held", .int($0.held)), ("required", .int($0.required)),
                                                                          ("status", .string($0.status.rawValue))]) } ?? .null)])
                    })),
                ])
            })),
        ])
    }
}
