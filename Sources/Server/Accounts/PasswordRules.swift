import CampaignCore

/// What a username and a password must look like.
public enum PasswordRules {
    /// bcrypt reads at most 72 bytes.
    public static let maxBytes = 72
    public static let minCharacters = 8

    /// Throws a plain sentence when `password` is too short or too long.
    public static func check(_ password: String) throws {
        if password.count < minCharacters {
            throw UserError("密码至少要 \(minCharacters) 个字符。")
        }
        if password.utf8.count > maxBytes {
            throw UserError("密码太长了：最多 \(maxBytes) 个字节（约 24 个汉字或 72 个英文字母）。")
        }
    }

    /// Letters, digits, `.`, `_` and `-`, 1 to 64 characters.
    public static func checkUsername(_ username: String) throws {
        let allowed = username.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || "._-".unicodeScalars.contains($0)
        }
        guard !username.isEmpty, username.count <= 64, allowed else {
            throw UserError("用户名“\(username)”不可用：只能用英文字母、数字和 . _ -，最多 64 个字符。")
        }
    }
}
