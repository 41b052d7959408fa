import CampaignCore
import Foundation

/// Checks that a kit's lesson plan is complete: every required section, and timed steps that add
/// up to the kit's `duration`.
public enum KitLint {
    /// The `##` sections every lesson plan must have, in the order teachers expect them.
    public static let requiredSections = ["活动目标", "课前准备", "活动流程", "情景剧本", "讨论问题", "总结与班级公约", "家校联系"]
    /// The section whose top-level list items are the timed steps.
    public static let stepsSection = "活动流程"

    /// Problems as (line in the Markdown body, or nil for the file as a whole; message).
    /// `requireDuration: false` when the front matter has a duration it could not read (its own
    /// error says so): a nil `duration` is then not reported as missing.
    public static func problems(blocks: [MarkdownBlock], duration: Int?,
                                requireDuration: Bool = true) -> [(line: Int?, message: String)] {
        var problems: [(Int?, String)] = []
        var sections: [String: Int] = [:]
        var current: String?
        var steps: [MarkdownListItem] = []
        for block in blocks {
            switch block {
            case let .heading(level, text, line) where level <= 2:
                current = level == 2 ? text.trimmingCharacters(in: .whitespaces) : nil
                if let current, sections[current] == nil { sections[current] = line }
            case let .list(_, items) where current == stepsSection:
                steps += items
            default:
                break
            }
        }
        let missing = requiredSections.filter { sections[$0] == nil }
        for name in missing {
            problems.append((nil, "教案缺少“\(name)”一节。请加上二级标题“## \(name)”并写好内容。"))
        }
        guard let stepsLine = sections[stepsSection] else { return problems }
        guard !steps.isEmpty else {
            problems.append((stepsLine, "“活动流程”里没有列出环节。请用编号列表写出每个环节，例如“1. 导入（5分钟）：……”。"))
            return problems
        }
        var total = 0
        for step in steps {
            if let minutes = minutes(in: step.firstLine) {
                total += minutes
            } else {
                problems.append((step.line, "这个环节没有写时长。请在这一行写上“（N分钟）”，例如“导入（5分钟）”。"))
            }
        }
        if let duration {
            if total != duration, problems.isEmpty {
                problems.append((stepsLine, "“活动流程”各环节合计 \(total) 分钟，但设置中的 duration 是 \(duration) 分钟。请调整环节时长或 duration，使两者一致。"))
            }
        } else if requireDuration {
            problems.append((nil, "材料包缺少 duration（班会时长，分钟）。请在设置中写上，例如 duration: 40。"))
        }
        return problems
    }

    /// The minutes written as `（5分钟）` or `(5分钟)` in a step's first line.
    static func minutes(in text: String) -> Int? {
        guard let range = text.range(of: #"[（(]\s*[0-9]+\s*分钟\s*[）)]"#, options: .regularExpression) else {
            return nil
        }
        return Int(text[range].filter { $0.isASCII && $0.isNumber })
    }
}
