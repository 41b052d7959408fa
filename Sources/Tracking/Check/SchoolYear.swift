import CampaignCore

/// A school year: an autumn term and the spring term after it. 课时 are counted over it.
public struct SchoolYear: Sendable, Equatable {
    public var autumn: TermCalendar?
    public var spring: TermCalendar?

    public init(autumn: TermCalendar?, spring: TermCalendar?) {
        self.autumn = autumn
        self.spring = spring
    }

    /// The year `term` belongs to, with the year's other term from `calendars` when it is there. A
    /// term starting in August or later is an autumn term, the year's first; its spring term is the
    /// next term that starts within a year.
    public static func of(_ term: TermCalendar, in calendars: [TermCalendar]) -> SchoolYear {
        let sorted = calendars.sorted { $0.start < $1.start }
        if isAutumn(term) {
            let next = sorted.first { $0.start > term.end }
            let spring = next.flatMap { !isAutumn($0) && $0.start.ordinal - term.start.ordinal < 366 ? $0 : nil }
            return SchoolYear(autumn: term, spring: spring)
        }
        let previous = sorted.last { $0.end < term.start }
        let autumn = previous.flatMap { isAutumn($0) && term.start.ordinal - $0.start.ordinal < 366 ? $0 : nil }
        return SchoolYear(autumn: autumn, spring: term)
    }

    static func isAutumn(_ term: TermCalendar) -> Bool { term.start.month >= 8 }

    /// The schedule of `required` 课时 over the year's school days, seen on `asOf`. When one term's
    /// calendar is missing (the State Council publishes a year's holidays only in the November
    /// before), that term is taken to have as many school days as the known one: due dates in it
    /// are unknown, and the year is not over before then.
    public func progress(asOf: Day, required: Int) -> TermProgress {
        switch (autumn, spring) {
        case let (autumn?, spring?):
            return TermProgress(schoolDays: autumn.schoolDays + spring.schoolDays, end: spring.end, asOf: asOf,
                                required: required)
        case let (autumn?, nil):
            return TermProgress(schoolDays: autumn.schoolDays, unknownAfter: autumn.schoolDays.count,
                                end: lastDay, asOf: asOf, required: required)
        case let (nil, spring?):
            return TermProgress(schoolDays: spring.schoolDays, unknownBefore: spring.schoolDays.count,
                                end: spring.end, asOf: asOf, required: required)
        case (nil, nil):
            return TermProgress(schoolDays: [], end: asOf, asOf: asOf, required: required)
        }
    }

    /// The first and last day whose lectures count for the year (a missing term is taken as the
    /// half year before or after the known one).
    public var firstDay: Day {
        autumn?.start ?? spring.map { Day(ordinal: $0.start.ordinal - 183) } ?? Day(ordinal: 0)
    }

    public var lastDay: Day {
        spring?.end ?? autumn.map { Day(ordinal: $0.end.ordinal + 183) } ?? Day(ordinal: 0)
    }
}
