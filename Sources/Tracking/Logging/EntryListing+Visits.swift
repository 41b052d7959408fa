import CampaignCore

extension EntryListing {
    public static func render(_ items: [VisitListItem], as format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONValue.array(items.map { item in
                .object([
                    ("id", .int(Int(item.id))), ("date", .string(item.date.description)),
                    ("officer", .string(item.officerCode)), ("name", .string(item.officerName)),
                    ("school", .string(item.schoolCode)), ("note", .string(item.note)), ("void", .bool(item.isVoid)),
                    ("voidReason", .string(item.voidReason)),
                ])
            }).text()
        case .csv:
            return SpreadsheetCSV.document(
                header: ["编号", "日期", "人员编号", "姓名", "学校代码", "学校名称", "备注", "作废原因"],
                rows: items.map {
                    [String($0.id), $0.date.description, $0.officerCode, $0.officerName, $0.schoolCode, $0.schoolName,
                     $0.note ?? "", $0.voidReason ?? ""]
                })
        case .table:
            guard !items.isEmpty else { return "没有到校记录。\n" }
            var lines = [TerminalText.fit("编号", 7) + TerminalText.fit("日期", 11) + TerminalText.fit("人员", 14)
                + TerminalText.fit("学校", 20) + "备注"]
            for item in items {
                var line = TerminalText.fit(String(item.id), 7) + TerminalText.fit(item.date.description, 11)
                    + TerminalText.fit("\(item.officerName) \(item.officerCode)", 14)
                    + TerminalText.fit(item.schoolName, 20) + TerminalSafe.text(item.note ?? "—")
                if let reason = item.voidReason { line += "  已作废：\(TerminalSafe.text(reason))" }
                lines.append(line)
            }
            lines.append("共 \(items.count) 条，其中作废 \(items.filter(\.isVoid).count) 条。")
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
