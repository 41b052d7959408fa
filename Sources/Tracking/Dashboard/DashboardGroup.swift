/// The counts shown in one chart and table: all schools, a county, or one school.
struct DashboardGroup {
    var heading: String
    var classes: [ComplianceStatus: Int]
    var officers: [ComplianceStatus: Int]
    var visits: [ComplianceStatus: Int]
    var hours: [ComplianceStatus: Int]
    /// Schools of the group without an officer of a needed role.
    var uncovered: Int

    init(heading: String, rows: [ComplianceRow], visits: [VisitRow] = [], uncovered: Int = 0) {
        self.heading = heading
        classes = ComplianceReport.counts(rows.filter { $0.kind == .classMeetings })
        officers = ComplianceReport.counts(rows.filter { $0.kind == .officerLectures })
        hours = ComplianceReport.counts(rows.filter { $0.kind == .officerHours })
        self.visits = ComplianceReport.counts(visits)
        self.uncovered = uncovered
    }

    static func total(_ counts: [ComplianceStatus: Int]) -> Int {
        counts.values.reduce(0, +)
    }

    /// `12（32%）`
    static func share(_ count: Int, of total: Int) -> String {
        guard total > 0 else { return "0" }
        return "\(count)（\(Int((Double(count) * 100 / Double(total)).rounded()))%）"
    }
}
