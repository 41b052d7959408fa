import CampaignCore
import Tracking

/// `campaign user list` as a table with a header, times in Beijing time:
///
///     账号          角色                         绑定                      创建时间（北京时间）  状态
///     demo-admin    管理员（admin）              —                         2026-12-03 18:40:11   正常
public enum AccountListing {
    public static func table(_ accounts: [AccountListItem]) -> String {
        let header = ["账号", "角色", "绑定", "创建时间（北京时间）", "状态"]
        let rows = accounts.map { account in
            [account.username, "\(account.role.label)（\(account.role.rawValue)）", account.binding,
             BeijingTime.text(fromTimestamp: account.createdAt), account.disabled ? "已停用" : "正常"]
        }
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { width(TerminalSafe.text($0[column])) }.max() ?? 0 }
        var text = ""
        for row in all {
            let cells = zip(row, widths).map { cell, columns in
                let safe = TerminalSafe.text(cell)
                return safe + String(repeating: " ", count: columns - width(safe))
            }
            text += cells.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        return text + "共 \(accounts.count) 个账号。\n"
    }

    /// Terminal columns of `text`: Chinese characters and full-width forms take two (the same ranges
    /// as Tracking's internal `TerminalText`).
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            switch scalar.value {
            case 0x0300...0x036F, 0x200B...0x200F: total
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                 0xFFE0...0xFFE6, 0x20000...0x3FFFD: total + 2
            default: total + 1
            }
        }
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
