import CampaignCore

/// The schedule of `required` activities over a span of school days (a term, or a school year for
/// 课时), seen on `asOf`: the status and next due date for any number held. Computed once per
/// check, then applied to every row.
public struct TermProgress: Sendable, Equatable {
    /// The school days of the span, in order.
    public let schoolDays: [Day]
    /// The span's last day: after it, what is not met is missed.
    public let end: Day
    public let asOf: Day
    public let required: Int
    /// The k-th activity is due on school day ceil(k·D/n); nil for a day not yet known (a school
    /// year whose spring calendar is not published yet).
    public let dueDates: [Day?]
    /// How many due dates fall strictly before `asOf`.
    public let dueBeforeAsOf: Int
    /// The school day after which fewer than half held is worth a warning: day ceil(D/2).
    public let middle: Day?

    /// `unknownBefore` and `unknownAfter` count school days of the span whose dates are not known
    /// yet (a school year whose other term has no calendar): due dates on them are nil, and those
    /// before the known days are taken as already past.
    public init(schoolDays: [Day], unknownBefore: Int = 0, unknownAfter: Int = 0, end: Day, asOf: Day,
                required: Int) {
        self.schoolDays = schoolDays
        self.end = end
        self.asOf = asOf
        self.required = required
        let total = unknownBefore + schoolDays.count + unknownAfter
        var dates: [Day?] = []
        var before = 0
        if required > 0 && total > 0 {
            for k in 1...required {
                let number = (k * total + required - 1) / required
                if number <= unknownBefore {
                    dates.append(nil)
                    if let first = schoolDays.first, asOf >= first { before += 1 }
                } else if number <= unknownBefore + schoolDays.count {
                    let due = schoolDays[number - unknownBefore - 1]
                    dates.append(due)
                    if due < asOf { before += 1 }
                } else {
                    dates.append(nil)
                }
            }
        }
        dueDates = dates
        dueBeforeAsOf = before
        let middleNumber = (total + 1) / 2 - unknownBefore
        middle = middleNumber >= 1 && middleNumber <= schoolDays.count ? schoolDays[middleNumber - 1] : nil
    }

    public init(term: TermCalendar, asOf: Day, required: Int) {
        self.init(schoolDays: term.schoolDays, end: term.end, asOf: asOf, required: required)
    }

    /// met if held ≥ n; else missed after the end; else behind if fewer were held than were due
    /// before as-of; else on-track.
    public func status(held: Int) -> ComplianceStatus {
        if held >= required { return .met }
        if asOf > end { return .missed }
        if held < dueBeforeAsOf { return .behind }
        return .onTrack
    }

    /// The due date of activity held + 1, or nil when met (or not yet known).
    public func nextDue(held: Int) -> Day? {
        held < required && held >= 0 ? dueDates[held] : nil
    }

    /// `.midterm` while the span runs, after its middle school day, when fewer than half the
    /// required number (rounded up) are held.
    public func warning(held: Int) -> ComplianceRow.Warning? {
        guard let middle, asOf > middle, asOf <= end, held < (required + 1) / 2 else { return nil }
        return .midterm
    }

    /// The last day whose entries count: the end, or as-of when earlier.
    var countsThrough: Day { min(end, asOf) }
}
