/// The checks every text a user enters passes before it is stored: a maximum length, and no
/// control characters (a NUL, an ESC, a byte order mark …), except a tab and, where the field
/// allows several lines, a newline. The caller names the field (`file:line` in an import, the
/// form field on the web).
public enum UserText {
    /// Limits in characters, documented in the README.
    public static let codeLimit = 32
    public static let nameLimit = 64
    public static let topicLimit = 200
    public static let noteLimit = 500

    public enum Problem: Equatable, Sendable {
        /// A NUL byte: C strings would cut the value there.
        case nul
        /// A control or invisible formatting character, at the `position`-th character (from 1).
        case control(Unicode.Scalar, position: Int)
        case tooLong(limit: Int, count: Int)
    }

    /// The first problem of `text`, or nil when it may be stored.
    public static func problem(in text: String, limit: Int, allowsNewlines: Bool = false) -> Problem? {
        // Plain printable ASCII within the limit: the common case, no Unicode work.
        let utf8 = text.utf8
        if utf8.count <= limit, utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return nil }
        var position = 0
        for scalar in text.unicodeScalars {
            position += 1
            if scalar == "\0" { return .nul }
            if scalar == "\t" || (allowsNewlines && scalar == "\n") { continue }
            if TerminalSafe.isUnsafe(scalar) { return .control(scalar, position: position) }
        }
        let count = text.count
        return count > limit ? .tooLong(limit: limit, count: count) : nil
    }

    /// A plain sentence about `problem` in the field called `field` (a Chinese label).
    public static func message(_ problem: Problem, field: String) -> String {
        switch problem {
        case .nul:
            return "“\(field)”里有一个空字符（\\u{0}），后面的内容会丢失。这通常是从别的程序复制时带进来的，请删掉后重新填写。"
        case let .control(scalar, position):
            let code = "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            let what = scalar == "\n" || scalar == "\r" ? "换行" : "看不见的控制字符 \(code)"
            return "“\(field)”的第 \(position) 个字是\(what)，这一项不能有。请删掉后重新填写。"
        case let .tooLong(limit, count):
            return "“\(field)”最多 \(limit) 个字，这里有 \(count) 个字。请缩短后重新填写。"
        }
    }
}
