import CampaignCore

/// One school term: its dates, the public holidays inside it and the weekend days that are school days (调休).
///
/// School days are Monday to Friday from `start` to `end` inclusive, minus holidays, plus workdays.
/// Holidays and workdays outside the term are kept (a region may move its term dates) but change nothing.
public struct TermCalendar: Sendable, Equatable {
    /// Days without school: one date or a range, with the holiday's name when known.
    public struct Holiday: Sendable, Equatable {
        public var from: Day
        public var to: Day
        public var name: String?

        public init(from: Day, to: Day, name: String? = nil) {
            self.from = from
            self.to = to
            self.name = name
        }

        public func contains(_ day: Day) -> Bool { from <= day && day <= to }
    }

    public let id: String
    public let name: String
    public let start: Day
    public let end: Day
    public let holidays: [Holiday]
    public let workdays: [Day]
    /// Every school day of the term, in order.
    public let schoolDays: [Day]
    private let schoolDayNumbers: [Day: Int]

    public init(id: String, name: String, start: Day, end: Day, holidays: [Holiday] = [], workdays: [Day] = []) {
        self.id = id
        self.name = name
        self.start = start
        self.end = end
        self.holidays = holidays
        self.workdays = workdays
        let extra = Set(workdays)
        var days: [Day] = []
        if start <= end {
            for ordinal in start.ordinal...end.ordinal {
                let day = Day(ordinal: ordinal)
                if extra.contains(day) || (!day.isWeekend && !holidays.contains { $0.contains(day) }) {
                    days.append(day)
                }
            }
        }
        schoolDays = days
        schoolDayNumbers = Dictionary(uniqueKeysWithValues: days.enumerated().map { ($1, $0 + 1) })
    }

    public static func == (a: TermCalendar, b: TermCalendar) -> Bool {
        a.id == b.id && a.name == b.name && a.start == b.start && a.end == b.end
            && a.holidays == b.holidays && a.workdays == b.workdays
    }

    /// True when `day` lies between the term's first and last day, school day or not.
    public func contains(_ day: Day) -> Bool { start <= day && day <= end }

    public func isSchoolDay(_ day: Day) -> Bool { schoolDayNumbers[day] != nil }

    /// 1 for the term's first school day, nil for a day without school.
    public func schoolDayNumber(of day: Day) -> Int? { schoolDayNumbers[day] }

    /// The holiday that covers `day`, if any.
    public func holiday(on day: Day) -> Holiday? {
        holidays.first { $0.contains(day) }
    }

    /// Number of school days on or before `day`.
    public func schoolDaysElapsed(through day: Day) -> Int {
        var low = 0, high = schoolDays.count
        while low < high {
            let mid = (low + high) / 2
            if schoolDays[mid] <= day { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
