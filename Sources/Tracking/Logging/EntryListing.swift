import CampaignCore
import Foundation

/// Meeting and lecture lists printed as a table, JSON or CSV.
public enum EntryListing {
    public static func render(_ items: [MeetingListItem], as format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONValue.array(items.map { item in
                .object([
                    ("id", .int(Int(item.id))), ("date", .string(item.date.description)),
                    ("school", .string(item.schoolCode)), ("class", .string(item.classCode)),
                    ("name", .string(item.className)), ("kit", .string(item.kit)), ("teacher", .string(item.teacher)),
                    ("attendance", .int(item.attendance)), ("void", .bool(item.isVoid)),
                    ("voidReason", .string(item.voidReason)),
                ])
            }).text()
        case .csv:
            return SpreadsheetCSV.document(
                header: ["编号", "日期", "学校代码", "学校名称", "班级代码", "班级名称", "班会材料", "主讲人", "参加人数", "作废原因"],
                rows: items.map {
                    [String($0.id), $0.date.description, $0.schoolCode, $0.schoolName, $0.classCode, $0.className,
                     $0.kit ?? "", $0.teacher ?? "", $0.attendance.map(String.init) ?? "", $0.voidReason ?? ""]
                })
        case .table:
            guard !items.isEmpty else { return "没有班会记录。\n" }
            var lines = [TerminalText.fit("编号", 7) + TerminalText.fit("日期", 11) + TerminalText.fit("学校", 8)
                + TerminalText.fit("班级", 18) + TerminalText.fit("班会材料", 20) + "人数"]
            for item in items {
                var line = TerminalText.fit(String(item.id), 7) + TerminalText.fit(item.date.description, 11)
                    + TerminalText.fit(item.schoolCode, 8) + TerminalText.fit(item.className, 18)
                    + TerminalText.fit(item.kit ?? "—", 20) + (item.attendance.map(String.init) ?? "—")
                if let reason = item.voidReason { line += "  已作废：\(TerminalSafe.text(reason))" }
                lines.append(line)
            }
            lines.append("共 \(items.count) 条，其中作废 \(items.filter(\.isVoid).count) 条。")
            return lines.joined(separator: "\n") + "\n"
        }
    }

    public static func render(_ items: [LectureListItem], as format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONValue.array(items.map { item in
                .object([
                    ("id", .int(Int(item.id))), ("date", .string(item.date.description)),
                    ("officer", .string(item.officerCode)), ("name", .string(item.officerName)),
                    ("school", .string(item.schoolCode)), ("topic", .string(item.topic)),
                    ("audience", .int(item.audience)), ("void", .bool(item.isVoid)),
                    ("voidReason", .string(item.voidReason)),
                ])
            }).text()
        case .csv:
            return SpreadsheetCSV.document(
                header: ["编号", "日期", "人员编号", "姓名", "学校代码", "学校名称", "主题", "听众人数", "作废原因"],
                rows: items.map {
                    [String($0.id), $0.date.description, $0.officerCode, $0.officerName, $0.schoolCode, $0.schoolName,
                     $0.topic, $0.audience.map(String.init) ?? "", $0.voidReason ?? ""]
                })
        case .table:
            guard !items.isEmpty else { return "没有宣讲记录。\n" }
            var lines = [TerminalText.fit("编号", 7) + TerminalText.fit("日期", 11) + TerminalText.fit("人员", 14)
                + TerminalText.fit("学校", 8) + TerminalText.fit("主题", 26) + "听众"]
            for item in items {
                var line = TerminalText.fit(String(item.id), 7) + TerminalText.fit(item.date.description, 11)
                    + TerminalText.fit("\(item.officerName) \(item.officerCode)", 14)
                    + TerminalText.fit(item.schoolCode, 8)
                    + TerminalText.fit(item.topic.replacingOccurrences(of: "\n", with: " "), 26)
                    + (item.audience.map(String.init) ?? "—")
                if let reason = item.voidReason { line += "  已作废：\(TerminalSafe.text(reason))" }
                lines.append(line)
            }
            lines.append("共 \(items.count) 条，其中作废 \(items.filter(\.isVoid).count) 条。")
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
