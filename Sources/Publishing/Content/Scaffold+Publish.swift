import CampaignCore
import Foundation

extension Scaffold {
    /// `campaign publish kit|case|letter NAME`: clears `draft` and sets `date` in the front matter of
    /// a kit (`kits/NAME/index.md`), a case (`cases/NAME.md`) or a letter (issue NAME), leaving every
    /// other line as it was. Returns the file changed.
    public static func publish(_ kind: Kind, name: String, date: Day, content: URL) throws -> URL {
        let url: URL
        switch kind {
        case .letter:
            guard let issue = Int(name), issue > 0 else {
                throw UserError("家长信按期号发布，例如：campaign publish letter 18。“\(name)”不是期号。")
            }
            return try LetterFile.publish(issue: issue, date: date, in: content)
        case .kit:
            url = content.appendingPathComponent("kits/\(name)/index.md")
        case .case:
            url = content.appendingPathComponent("cases/\(name).md")
        }
        guard Document.isValidSlug(name), FileManager.default.fileExists(atPath: url.path) else {
            let folder = kind == .kit ? "Content/kits/" : "Content/cases/"
            throw UserError("找不到\(kind == .kit ? "材料包" : "案例")“\(name)”。请写 \(folder) 下的名字（不带 .md），例如：campaign publish \(kind.rawValue) kind-words")
        }
        try setPublished(url, date: date)
        return url
    }

    /// Rewrites the front matter's `draft:` line as `draft: false` and its `date:` line (added when
    /// absent) as `date: D`, replacing the file atomically.
    static func setPublished(_ url: URL, date: Day) throws {
        let text = try TextFile.read(url)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(where: { $0 == "---" }) else {
            throw UserError("\(url.path) 开头没有以 --- 包围的设置部分。")
        }
        var sawDate = false
        for index in 1..<end {
            if lines[index].hasPrefix("draft:") {
                lines[index] = "draft: false"
            } else if lines[index].hasPrefix("date:") {
                lines[index] = "date: \(date)"
                sawDate = true
            }
        }
        if !sawDate { lines.insert("date: \(date)", at: end) }
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
        try Data(lines.joined(separator: "\n").utf8).write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw UserError("无法写入 \(url.path)。请检查文件权限。")
        }
    }
}
