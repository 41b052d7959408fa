extension ComplianceReport {
    /// One row per class and per (officer, school), for Excel.
    public var csv: String {
        let header = ["类型", "区县", "学校代码", "学校名称", "代码", "名称", "已开展", "要求", "状态", "下次截止"]
        let rows = (classes + officers).map { row in
            [row.kind == .classMeetings ? "班会" : "宣讲（\(row.role ?? "")）", row.county, row.schoolCode, row.schoolName,
             row.code, row.name, String(row.held), String(row.required), row.status.label,
             row.nextDue?.description ?? ""]
        }
        return SpreadsheetCSV.document(header: header, rows: rows)
    }
}
