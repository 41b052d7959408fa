import CampaignCore

/// What a roster change does from a term on: the classes, officers and assignments it adds,
/// changes and ends, each described in a line, in the order they were found.
public struct RosterPlan: Sendable, Equatable {
    public enum Action: String, Sendable {
        case add, change, end
        var label: String {
            switch self {
            case .add: "添加"
            case .change: "修改"
            case .end: "结束"
            }
        }
    }

    public struct Line: Sendable, Equatable {
        public var action: Action
        /// `班级 S001/2026级3班（七年级(3)班）：年级 七年级 → 八年级`
        public var text: String
    }

    public var term: TermCalendar
    public var lines: [Line] = []
    /// Rows that could not be changed automatically (a grade the rollover does not know).
    public var warnings: [String] = []
    /// True when nothing was written (`--dry-run`).
    public var dryRun: Bool

    public init(term: TermCalendar, dryRun: Bool) {
        self.term = term
        self.dryRun = dryRun
    }

    mutating func add(_ action: Action, _ text: String) {
        lines.append(Line(action: action, text: text))
    }

    public func count(_ action: Action) -> Int { lines.filter { $0.action == action }.count }

    /// The plan for a terminal: a heading with the counts, one line per change, the warnings.
    public var text: String {
        let verb = dryRun ? "将从" : "已从"
        var out = "\(verb)\(term.name)（\(term.id)）起：添加 \(count(.add)) 项，修改 \(count(.change)) 项，结束 \(count(.end)) 项。"
        if lines.isEmpty { out += "名单没有变化。" }
        out += "\n"
        for line in lines { out += "  \(line.action.label)  \(line.text)\n" }
        for warning in warnings { out += "  注意  \(warning)\n" }
        if dryRun && !lines.isEmpty { out += "这是预览（--dry-run），没有写入任何数据。\n" }
        return out
    }

    /// For the audit: `添加 2，修改 1，结束 0`.
    var counts: String { "添加 \(count(.add))，修改 \(count(.change))，结束 \(count(.end))" }
}
