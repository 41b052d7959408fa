extension ComplianceReport {
    /// One row per class, per (officer, school) and requirement, and per school lacking an officer,
    /// for Excel.
    public var csv: String {
        let header = ["类型", "区县", "学校代码", "学校名称", "代码", "名称", "已开展", "要求", "状态", "下次截止", "提醒", "说明"]
        var rows = (classes + officers + hours).map { row in
            [Self.kindLabel(row), row.county, row.schoolCode, row.schoolName, row.code, row.name, String(row.held),
             String(row.required), row.status.label, row.nextDue?.description ?? "", row.warning?.label ?? "", ""]
        }
        rows += visits.map { row in
            ["到校（\(row.role)）", row.county, row.schoolCode, row.schoolName, row.officerCode, row.officerName,
             String(row.weeksMet), String(row.weeksElapsed), row.status.label, "", "",
             row.missedWeeks.isEmpty ? "" : "未到校的周（周一）：" + row.missedWeeks.map(\.description).joined(separator: "、")]
        }
        rows += uncovered.map { school in
            ["缺少人员", school.county, school.code, school.name, "", "", "", "", "缺少", "", "",
             "缺少" + school.missing.joined(separator: "、")]
        }
        return SpreadsheetCSV.document(header: header, rows: rows)
    }

    static func kindLabel(_ row: ComplianceRow) -> String {
        switch row.kind {
        case .classMeetings: "班会"
        case .officerLectures: "宣讲（\(row.role ?? "")）"
        case .officerHours: "课时（\(row.role ?? "")）"
        }
    }
}
