import CampaignCore
import Foundation

/// `campaign new kit|case|letter`: writes a new source that already passes every check.
public enum Scaffold {
    public enum Kind: String, CaseIterable, Sendable {
        case kit, `case`, letter
    }

    /// Creates the file(s) and returns the path of the main one (relative to `content`'s parent as given).
    public static func create(_ kind: Kind, title: String, slug: String?, content: URL, today: Day) throws -> URL {
        let fm = FileManager.default
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw UserError("标题不能为空。用法：campaign new \(kind.rawValue) \"标题\"") }
        if let slug, !Document.isValidSlug(slug) {
            throw UserError("--slug“\(slug)”只能用小写英文字母、数字和连字符。")
        }
        switch kind {
        case .kit:
            let name = try freeSlug(slug, title: trimmed, kind: kind) {
                fm.fileExists(atPath: content.appendingPathComponent("kits/\($0)").path)
            }
            let folder = content.appendingPathComponent("kits/\(name)")
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            let index = folder.appendingPathComponent("index.md")
            try write(kitTemplate(title: trimmed, today: today), to: index)
            try write("---\ntitle: \(quoted(trimmed + "·学习单"))\n---\n\n# 学习单\n\n1. 今天的班会让我想到：\n\n2. 以后遇到欺凌，我会：\n", to: folder.appendingPathComponent("handout.md"))
            return index
        case .case:
            let name = try freeSlug(slug, title: trimmed, kind: kind) {
                fm.fileExists(atPath: content.appendingPathComponent("cases/\($0).md").path)
            }
            let url = content.appendingPathComponent("cases/\(name).md")
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try write(caseTemplate(title: trimmed, today: today), to: url)
            return url
        case .letter:
            let issue = try nextIssue(in: content)
            let url = content.appendingPathComponent(String(format: "letters/%04d-%02d-issue-%d.md", today.year, today.month, issue))
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try write(letterTemplate(title: trimmed, issue: issue, today: today), to: url)
            return url
        }
    }

    /// One more than the highest issue number among the letters (1 when there are none).
    public static func nextIssue(in content: URL) throws -> Int {
        (try LetterFile.all(in: content).map(\.issue).max() ?? 0) + 1
    }

    /// The `--slug` given, or one made from the title; when a folder or file of the title's slug
    /// exists, the first free `slug-2`, `slug-3` ….
    static func freeSlug(_ given: String?, title: String, kind: Kind, exists: (String) -> Bool) throws -> String {
        if let given {
            if exists(given) { throw UserError("“\(given)”已经存在。请换一个 --slug。") }
            return given
        }
        let wanted = try slug(fromTitle: title, kind: kind)
        if !exists(wanted) { return wanted }
        for n in 2...99 where !exists("\(wanted)-\(n)") { return "\(wanted)-\(n)" }
        throw UserError("“\(wanted)”已经存在。请换一个 --slug。")
    }

    static func write(_ text: String, to url: URL) throws {
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw UserError("\(url.path) 已经存在，没有覆盖。")
        }
        try Data(text.utf8).write(to: url, options: .withoutOverwriting)
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func kitTemplate(title: String, today: Day) -> String {
        """
        ---
        title: \(quoted(title))
        summary: 请用一两句话说明这节班会做什么、适合哪些学生。
        grades: [junior]
        themes: [what-is-bullying]
        duration: 45
        objectives:
          - 请写第一个目标
          - 请写第二个目标
        date: \(today)
        draft: true
        ---

        ## 活动目标

        请写出学生在这节班会后能说出、做到的事情。

        ## 课前准备

        - 教师：
        - 学生：
        - 打印[学习单](handout.md)，每人一份

        ## 活动流程

        1. 导入（5分钟）：
        2. 情景讨论（15分钟）：
        3. 小组活动（15分钟）：
        4. 总结与公约（10分钟）：

        ## 情景剧本

        角色：小A、小B、旁白

        ## 讨论问题

        1. 请写讨论问题
           - 教师提示：预期的回答和引导方法

        ## 总结与班级公约

        请写总结的话和班级公约。

        ## 家校联系

        请写给家长的一段话。

        """
    }

    static func caseTemplate(title: String, today: Day) -> String {
        """
        ---
        title: \(quoted(title))
        summary: 请用一两句话概括案例（不写真实姓名、学校和地点）。
        date: \(today)
        grades: [junior]
        themes: [what-is-bullying]
        draft: true
        ---

        ## 事件经过

        请用化名（小A、同学甲）描述，不写学校、班级、具体日期和地点。

        ## 发现过程

        ## 学校处置

        1. 立即制止
        2. 报告学校
        3. 学生欺凌治理委员会调查认定
        4. 通知双方家长
        5. 对受欺凌学生进行心理辅导
        6. 依据情节教育惩戒
        7. 跟踪回访，记入专门档案

        ## 法律要点

        ## 培训讨论题

        1. 

        """
    }

    static func letterTemplate(title: String, issue: Int, today: Day) -> String {
        """
        ---
        title: \(quoted(title))
        issue: \(issue)
        date: \(today)
        summary: 请用一两句话概括这期家长信（不超过128字）。
        draft: true
        ---

        尊敬的家长：

        您好！

        学校防欺凌工作领导小组
        \(today.year)年\(today.month)月

        """
    }
}
