import CampaignCore

/// The audit trail printed for people (a table in Beijing time), for Excel (CSV) or for programs
/// (JSON).
public enum AuditListing {
    public static func render(_ entries: [AuditEntry], as format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONValue.array(entries.map { entry in
                .object([
                    ("id", .int(entry.id.map(Int.init))), ("at", .string(BeijingTime.iso(fromTimestamp: entry.at))),
                    ("who", .string(entry.who)), ("address", .string(entry.address)),
                    ("action", .string(entry.action)), ("what", .string(entry.actionText)),
                    ("detail", .string(entry.detail)),
                ])
            }).text()
        case .csv:
            return SpreadsheetCSV.document(header: header, rows: entries.map(cells))
        case .table:
            guard !entries.isEmpty else { return "没有审计记录。\n" }
            return table(entries)
        }
    }

    private static let header = ["时间（北京时间）", "操作人", "来源", "操作", "内容"]

    private static func cells(_ entry: AuditEntry) -> [String] {
        [BeijingTime.text(fromTimestamp: entry.at), entry.who, entry.place, entry.actionText, entry.detail]
    }

    /// Columns as wide as their widest cell (names and addresses at most 24 columns), two spaces
    /// apart; the detail runs to the end of the line.
    private static func table(_ entries: [AuditEntry]) -> String {
        let rows = [header] + entries.map(cells)
        let widths = (0..<header.count - 1).map { column in
            min(24, rows.map { TerminalText.width($0[column]) }.max() ?? 0)
        }
        var lines = rows.map { row in
            zip(row, widths).map { TerminalText.fit($0, $1) + "  " }.joined()
                + TerminalSafe.text((row.last ?? "").replacingOccurrences(of: "\n", with: " "))
        }
        lines.append("共 \(entries.count) 条。")
        return lines.joined(separator: "\n") + "\n"
    }
}
