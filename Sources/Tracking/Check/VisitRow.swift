import CampaignCore

/// An officer at one school against the weekly-visit rule (护校民警每周到校).
public struct VisitRow: Sendable, Equatable {
    public var county: String
    public var schoolCode: String
    public var schoolName: String
    public var officerCode: String
    public var officerName: String
    public var role: String
    /// Elapsed weeks with enough visits.
    public var weeksMet: Int
    public var weeksElapsed: Int
    /// School-day weeks in the whole term.
    public var weeksTotal: Int
    /// The Monday of each elapsed week without enough visits.
    public var missedWeeks: [Day]
    public var status: ComplianceStatus

    /// Judges `visits[i]`, the visits of school-day week i, as of `asOf`.
    init(county: String, schoolCode: String, schoolName: String, officerCode: String, officerName: String,
         role: String, visits: [Int], perWeek: Int, weeks: SchoolWeeks, asOf: Day, termEnd: Day) {
        self.county = county
        self.schoolCode = schoolCode
        self.schoolName = schoolName
        self.officerCode = officerCode
        self.officerName = officerName
        self.role = role
        let elapsed = weeks.elapsed(asOf: asOf)
        weeksElapsed = elapsed
        weeksTotal = weeks.weeks.count
        missedWeeks = (0..<elapsed).filter { visits[$0] < perWeek }.map { weeks.weeks[$0].monday }
        weeksMet = elapsed - missedWeeks.count
        if asOf > termEnd {
            status = missedWeeks.isEmpty ? .met : .missed
        } else {
            status = missedWeeks.isEmpty ? .onTrack : .behind
        }
    }
}
