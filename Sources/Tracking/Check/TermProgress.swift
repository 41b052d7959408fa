import CampaignCore

/// The schedule of `required` activities over a term, seen on `asOf`: the status and next due date
/// for any number held. Computed once per check, then applied to every row.
public struct TermProgress: Sendable, Equatable {
    public let term: TermCalendar
    public let asOf: Day
    public let required: Int
    /// The k-th activity is due on school day ceil(k·D/n).
    public let dueDates: [Day]
    /// How many due dates fall strictly before `asOf`.
    public let dueBeforeAsOf: Int

    public init(term: TermCalendar, asOf: Day, required: Int) {
        self.term = term
        self.asOf = asOf
        self.required = required
        dueDates = term.dueDates(count: required)
        dueBeforeAsOf = dueDates.filter { $0 < asOf }.count
    }

    /// met if held ≥ n; else missed after the term's end; else behind if fewer were held than were due
    /// before as-of; else on-track.
    public func status(held: Int) -> ComplianceStatus {
        if held >= required { return .met }
        if asOf > term.end { return .missed }
        if held < dueBeforeAsOf { return .behind }
        return .onTrack
    }

    /// The due date of activity held + 1, or nil when met.
    public func nextDue(held: Int) -> Day? {
        held < required && held >= 0 ? dueDates[held] : nil
    }

    /// The last day whose entries count: the term's end, or as-of when earlier.
    var countsThrough: Day { min(term.end, asOf) }
}
