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
    /// Officers of the visit roles at each school they serve, in the order of `officers`.
    public var visits: [VisitRow]
    /// Officers of the 课时 roles at each school they serve, over the school year.
    public var hours: [ComplianceRow]
    /// Schools without an officer of a needed role, by school code.
    public var uncovered: [UncoveredSchool]

    public init(term: TermCalendar, asOf: Day, rules: Rules, classes: [ComplianceRow], officers: [ComplianceRow],
                visits: [VisitRow] = [], hours: [ComplianceRow] = [], uncovered: [UncoveredSchool] = []) {
        self.term = term
        self.asOf = asOf
        self.rules = rules
        self.classes = classes
        self.officers = officers
        self.visits = visits
        self.hours = hours
        self.uncovered = uncovered
    }

    public var schoolDays: Int { term.schoolDays.count }

    /// True when any row is behind or missed its requirement, or a school lacks a needed officer.
    public var hasProblems: Bool {
        classes.contains { $0.status.isProblem } || officers.contains { $0.status.isProblem }
            || visits.contains { $0.status.isProblem } || hours.contains { $0.status.isProblem } || !uncovered.isEmpty
    }

    /// How many rows have each status (every status present, zero when none).
    public static func counts(_ rows: some Sequence<ComplianceRow>) -> [ComplianceStatus: Int] {
        counts(of: rows.lazy.map(\.status))
    }

    public static func counts(_ rows: some Sequence<VisitRow>) -> [ComplianceStatus: Int] {
        counts(of: rows.lazy.map(\.status))
    }

    static func counts(of statuses: some Sequence<ComplianceStatus>) -> [ComplianceStatus: Int] {
        var counts = Dictionary(uniqueKeysWithValues: ComplianceStatus.allCases.map { ($0, 0) })
        for status in statuses { counts[status, default: 0] += 1 }
        return counts
    }
}
