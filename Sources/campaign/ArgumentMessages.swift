/// ArgumentParser's English help headings and argument errors, reworded in Chinese. ArgumentParser
/// offers no hook for its wording, so the finished text is rewritten here; an error this file does
/// not know keeps ArgumentParser's words after “错误：”.
enum ArgumentMessages {
    /// The exit status of every kind of bad input (the README's promise).
    static let badInputStatus: Int32 = 2

    /// A help page: the section headings and ArgumentParser's own lines in Chinese.
    static func chinese(help text: String) -> String {
        var result = text
        for (english, chinese) in helpPhrases {
            result = result.replacingOccurrences(of: english, with: chinese)
        }
        return defaultsInChinese(result)
    }

    /// An error message: `Error: …`, then `Help: …` and `Usage: …` lines.
    static func chinese(error text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in lines.indices {
            let line = lines[index]
            if line.hasPrefix("Error: ") {
                lines[index] = "错误：" + sentence(String(line.dropFirst("Error: ".count)))
            } else if line.hasPrefix("Help:  ") {
                lines[index] = "说明：" + line.dropFirst("Help:  ".count)
            } else if line.hasPrefix("Usage: ") {
                lines[index] = "用法：" + line.dropFirst("Usage: ".count)
            } else if line.hasPrefix("  See '"), let command = quoted(line) {
                lines[index] = "  详细说明请看 \(command)。"
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The first line of an error, without `Error: `.
    static func sentence(_ english: String) -> String {
        let names = quotedAll(english)
        if english.hasPrefix("Missing expected argument"), let name = names.first {
            return "缺少 \(name)。请补上这一项。"
        }
        if english.hasPrefix("Missing one of:") {
            return "缺少以下一项：\(names.joined(separator: "、"))。"
        }
        if english.hasPrefix("Unknown option"), let name = names.first {
            let guess = names.count > 1 ? "你是不是要写 \(names[1])？" : "请用 --help 查看可用的选项。"
            return "没有 \(name) 这个选项。" + guess
        }
        if english.hasPrefix("Missing value for"), let name = names.first {
            return "\(name) 后面缺少取值。"
        }
        if english.hasPrefix("The value"), names.count >= 2 {
            var message = "\(names[1]) 的取值“\(names[0])”不正确。"
            if let range = english.range(of: "Please provide one of") {
                let choices = quotedAll(String(english[range.upperBound...]))
                message += "可以写：\(choices.joined(separator: "、"))。"
            }
            return message
        }
        if english.hasPrefix("Unexpected argument"), let value = names.first {
            return "多余的参数“\(value)”。请检查命令的拼写，或用引号把含空格的内容括起来。"
        }
        if english.contains("unexpected arguments:") {
            return "多余的参数：\(names.map { "“\($0)”" }.joined(separator: "、"))。请检查命令的拼写。"
        }
        if english.hasPrefix("The option"), names.count >= 2 {
            return "\(names[0]) 不带取值，但写了“\(names[1])”。"
        }
        if english.hasPrefix("Missing required subcommand") {
            return "缺少子命令。请用 --help 查看可用的子命令。"
        }
        if english.hasPrefix("Value to be set with") {
            return "同一项写了两次：\(names.joined(separator: "、"))。"
        }
        if english.hasPrefix("Invalid option:") {
            return "选项写法不正确：\(english.dropFirst("Invalid option: ".count))。"
        }
        return english
    }

    private static let helpPhrases: [(String, String)] = [
        ("OVERVIEW: ", "概述："),
        ("USAGE: ", "用法："),
        ("ARGUMENTS:", "参数："),
        ("OPTIONS:", "选项："),
        ("SUBCOMMANDS:", "子命令："),
        ("Show help information.", "显示帮助。"),
    ]

    /// `(default: X)` as `（默认：X）` and `(values: a, b; default: a)` as `（可选：a, b；默认：a）`, also
    /// when ArgumentParser wrapped the line inside the parentheses; then the pointer to subcommand help.
    private static func defaultsInChinese(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = [rest.range(of: "(default:"), rest.range(of: "(values:")].compactMap({ $0 })
            .min(by: { $0.lowerBound < $1.lowerBound }) {
            result += rest[..<open.lowerBound]
            let inner = rest[open.upperBound...]
            guard let close = inner.firstIndex(of: ")") else {
                rest = rest[open.lowerBound...]
                break
            }
            var body = String(inner[..<close])
            if body.hasPrefix(" ") { body.removeFirst() }
            body = body.replacingOccurrences(of: "; default as flag: ", with: "；默认：")
                .replacingOccurrences(of: "; default: ", with: "；默认：")
                .replacingOccurrences(of: ";\n", with: "；\n")
                .replacingOccurrences(of: "default: ", with: "默认：")
            let label = rest[open].hasPrefix("(default:") ? "（默认：" : "（可选："
            result += label + body + "）"
            rest = inner[inner.index(after: close)...]
        }
        result += rest
        return result.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            // "  See 'campaign help user <subcommand>' for detailed help."
            guard line.hasSuffix("for detailed help."), let command = quoted(String(line)) else { return String(line) }
            let indent = line.prefix { $0 == " " }
            return indent + "用 \(command.replacingOccurrences(of: "<subcommand>", with: "<子命令>")) 查看各子命令的详细说明。"
        }.joined(separator: "\n")
    }

    /// The first text between single quotes.
    static func quoted(_ text: String) -> String? {
        quotedAll(text).first
    }

    /// Every text between single quotes, in order.
    static func quotedAll(_ text: String) -> [String] {
        let parts = text.split(separator: "'", omittingEmptySubsequences: false)
        return stride(from: 1, to: parts.count - 1, by: 2).map { String(parts[$0]) }
    }
}
