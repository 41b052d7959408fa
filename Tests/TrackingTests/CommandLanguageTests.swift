import Foundation
import Testing

/// What a teacher or clerk sees from the `campaign` binary itself: help in Chinese for every command,
/// and argument errors in Chinese with exit status 2.
@Suite struct CommandLanguageTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs the binary of this build with `arguments` in `folder` (the repository when nil).
    static func campaign(_ arguments: [String], in folder: URL? = nil, input: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder ?? repository
        let output = Pipe(), errors = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(Data(input.utf8)) }
        try standardInput.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                   errors: String(decoding: err, as: UTF8.self))
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func checkHelpIsChinese() throws {
        let run = try Self.campaign(["check", "--help"])
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(run.output.hasPrefix("概述：按本学期的要求检查每个班和每位法治副校长、护校民警的落实情况。\n"))
        #expect(run.output.contains("\n用法：campaign check --term <term>"))
        #expect(run.output.contains("  --term <term>           学期，例如 2026-autumn（Content/calendar 中的一个文件）。\n"))
        #expect(run.output.contains("（可选：table, json, csv；\n                          默认：table）"))
        #expect(run.output.contains("  -h, --help              显示帮助。\n"))
    }

    @Test func missingTermIsAChineseErrorWithStatus2() throws {
        let run = try Self.campaign(["check"])
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.errors.hasPrefix("错误：缺少 --term <term>。请补上这一项。\n"
            + "说明：--term <term>  学期，例如 2026-autumn（Content/calendar 中的一个文件）。\n用法：campaign check "))
        #expect(run.errors.hasSuffix("  详细说明请看 campaign check --help。\n"))
    }

    @Test(arguments: [
        (["check", "--term", "2026-autumn", "--sxhool", "QH01"], "错误：没有 --sxhool 这个选项。你是不是要写 --school？\n"),
        (["check", "--term", "2026-autumn", "--format", "xml"], "错误：--format <format> 的取值“xml”不正确。可以写：table、json、csv。\n"),
        (["check", "--term"], "错误：--term <term> 后面缺少取值。\n"),
        (["meeting", "void", "twelve", "--reason", "x"], "错误：<id> 的取值“twelve”不正确。\n"),
        (["check", "--term", "2026-autumn", "extra"], "错误：多余的参数“extra”。请检查命令的拼写，或用引号把含空格的内容括起来。\n"),
        (["class", "set", "--school", "S1", "--class", "C", "--from", "2026-autumn"], "错误：请至少写 --name、--grade、--teacher 中的一项。\n"),
    ])
    func everyKindOfBadInputExits2InChinese(arguments: [String], firstLine: String) throws {
        let run = try Self.campaign(arguments)
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix(firstLine), "\(run.errors)")
    }

    /// Every command and subcommand, found from the root help, has help without English sentences
    /// (flag names, value names and codes such as `table`, `json` stay).
    @Test func everyCommandsHelpIsChinese() throws {
        var pending: [[String]] = [[]]
        var seen = 0
        while let path = pending.popLast() {
            let run = try Self.campaign(path + ["--help"])
            #expect(run.status == 0, "campaign \(path.joined(separator: " ")) --help")
            #expect(run.output.hasPrefix("概述："), "campaign \(path.joined(separator: " ")) --help")
            for line in run.output.split(separator: "\n") where !line.hasPrefix("用法：") {
                // Words between spaces and punctuation; `--as-of` or `stop-the-rumour` is one identifier.
                let words = line.split(whereSeparator: { $0.isWhitespace || ",.;:()<>[]'\"|，。：；（）、".contains($0) })
                    .filter { $0.allSatisfy { $0.isASCII && $0.isLetter } }.map { $0.lowercased() }
                let english = words.filter { Self.englishWords.contains($0) }
                #expect(english.isEmpty, "campaign \(path.joined(separator: " ")) --help: \(line)")
            }
            pending += Self.subcommands(in: run.output).map { path + [$0] }
            seen += 1
        }
        #expect(seen >= 40)
    }

    static let englishWords: Set = ["the", "and", "or", "of", "to", "is", "for", "with", "this", "when", "only",
                                    "from", "see", "by", "an", "in", "on"]

    /// The names listed under 子命令： in a help page.
    static func subcommands(in help: String) -> [String] {
        guard let section = help.components(separatedBy: "子命令：\n").dropFirst().first else { return [] }
        return section.split(separator: "\n").prefix { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("用 ") }
            .compactMap { line in
                guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
                return line.split(separator: " ").first.map(String.init)
            }
    }
}
