import CampaignCore

/// Every class and every (officer, school) pair of a term, as of a date.
public struct ComplianceReport: Sendable, Equatable {
    public var term: TermCalendar
    public var asOf: Day
    public var rules: Rules
    /// Sorted by school code, then class code.
    public var classes: [ComplianceRow]
    /// Sorted by officer code, then school code.
    public var officers: [ComplianceRow]

    public init(term: TermCalendar, asOf: Day, rules: Rules, classes: [ComplianceRow], officers: [ComplianceRow]) {
        self.term = term
        self.asOf = asOf
        self.rules = rules
        self.classes = classes
        self.officers = officers
    }

    public var schoolDays: Int { term.schoolDays.count }

    /// True when any class or officer is behind or missed the requirement.
    public var hasProblems: Bool {
        classes.contains { $0.status.isProblem } || officers.contains { $0.status.isProblem }
    }

    /// How many rows have each status (every status present, zero when none).
    public static func counts(_ rows: some Sequence<ComplianceRow>) -> [ComplianceStatus: Int] {
        var counts = Dictionary(uniqueKeysWithValues: ComplianceStatus.allCases.map { ($0, 0) })
        for row in rows { counts[row.status, default: 0] += 1 }
        return counts
    }
}
