import CampaignCore

/// The school-day weeks of a term: Monday-to-Sunday weeks that contain at least one school day.
public struct SchoolWeeks: Sendable, Equatable {
    public struct Week: Sendable, Equatable {
        public var monday: Day
        /// The week's last school day: the week has elapsed once this day is over.
        public var lastSchoolDay: Day
    }

    public let weeks: [Week]
    private let indexByMonday: [Day: Int]

    public init(term: TermCalendar) {
        var weeks: [Week] = []
        for day in term.schoolDays {
            let monday = day.adding(days: 1 - day.isoWeekday)
            if weeks.last?.monday == monday {
                weeks[weeks.count - 1].lastSchoolDay = day
            } else {
                weeks.append(Week(monday: monday, lastSchoolDay: day))
            }
        }
        self.weeks = weeks
        indexByMonday = Dictionary(uniqueKeysWithValues: weeks.enumerated().map { ($1.monday, $0) })
    }

    /// The index of the week containing `day`, nil when that week has no school day.
    public func index(of day: Day) -> Int? {
        indexByMonday[day.adding(days: 1 - day.isoWeekday)]
    }

    /// How many weeks have elapsed on `asOf` (their last school day is on or before it).
    public func elapsed(asOf: Day) -> Int {
        weeks.prefix { $0.lastSchoolDay <= asOf }.count
    }
}
