import CampaignCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a password from standard input: the first line of a pipe, or typed twice without echo at
/// a terminal.
enum PasswordInput {
    static func read(confirm: Bool) throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = readLine(strippingNewline: true) else {
                throw UserError("没有读到密码。请在标准输入中提供密码，例如：printf '%s\\n' \"$PASSWORD\" | campaign user add …")
            }
            return line.hasSuffix("\r") ? String(line.dropLast()) : line
        }
        let first = try prompt("密码：")
        if confirm, try prompt("再输入一次：") != first {
            throw UserError("两次输入的密码不一样。请重新运行命令。")
        }
        return first
    }

    private static func prompt(_ text: String) throws -> String {
        FileHandle.standardError.write(Data(text.utf8))
        var saved = termios()
        let canHide = tcgetattr(STDIN_FILENO, &saved) == 0
        if canHide {
            var hidden = saved
            hidden.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden)
        }
        defer {
            if canHide { tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true) else { throw UserError("没有读到密码。") }
        return line
    }
}
