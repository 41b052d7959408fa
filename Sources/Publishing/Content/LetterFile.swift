import CampaignCore
import Foundation

/// A parent letter's file as publicity staff edit it: found by issue, changed line by line so
/// everything else in it stays exactly as written.
public struct LetterFile: Sendable {
    public var url: URL
    public var issue: Int

    /// Every letter with a readable issue number.
    public static func all(in content: URL) throws -> [LetterFile] {
        let folder = content.appendingPathComponent("letters")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var letters: [LetterFile] = []
        for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            guard let text = try? TextFile.read(url), let yaml = FrontMatter(splitting: text).yaml else { continue }
            var fields = YAMLFields(text: yaml, path: url.path, lineOffset: 1)
            if let issue = fields.int("issue") { letters.append(LetterFile(url: url, issue: issue)) }
        }
        return letters
    }

    /// Clears `draft` and sets `date`, leaving every other line as it was.
    public static func publish(issue: Int, date: Day, in content: URL) throws -> URL {
        let matches = try all(in: content).filter { $0.issue == issue }
        guard let letter = matches.first else {
            throw UserError("找不到第 \(issue) 期家长信。请检查期号，或用 campaign new letter 新建。")
        }
        if matches.count > 1 {
            throw UserError("第 \(issue) 期家长信有 \(matches.count) 个文件：\(matches.map(\.url.lastPathComponent).joined(separator: "、"))。请先修正重复的期号。")
        }
        let text = try TextFile.read(letter.url)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let end = lines.dropFirst().firstIndex(where: { $0 == "---" }) else {
            throw UserError("\(letter.url.path) 的设置部分没有以 --- 结束。")
        }
        var sawDate = false
        var index = 1
        while index < end {
            if lines[index].hasPrefix("draft:") {
                lines[index] = "draft: false"
            } else if lines[index].hasPrefix("date:") {
                lines[index] = "date: \(date)"
                sawDate = true
            }
            index += 1
        }
        if !sawDate { lines.insert("date: \(date)", at: end) }
        let tmp = letter.url.deletingLastPathComponent().appendingPathComponent(".\(letter.url.lastPathComponent).tmp")
        try Data(lines.joined(separator: "\n").utf8).write(to: tmp)
        guard rename(tmp.path, letter.url.path) == 0 else {
            try? FileManager.default.removeItem(at: tmp)
            throw UserError("无法写入 \(letter.url.path)。请检查文件权限。")
        }
        return letter.url
    }
}
