import CampaignCore
import Foundation
import GRDB

/// How a query sees the roster and the logs: the roster versions in effect on one day, and what was
/// recorded up to a moment (everything now, or only what was known at the end of a day).
public struct RosterView: Sendable, Equatable {
    /// The day whose versions count: a term's last day for a check of that term.
    public var day: Day
    /// An ISO 8601 UTC instant: rows recorded at or after it, and retirements and voids at or after
    /// it, are not yet known. Nil: everything recorded so far.
    public var knownBefore: String?

    public init(day: Day, knownBefore: String? = nil) {
        self.day = day
        self.knownBefore = knownBefore
    }

    /// The roster of `term`, as known now or at the end of `knownOn` (Beijing time).
    public init(term: TermCalendar, knownOn: Day? = nil) {
        self.init(day: term.end, knownBefore: knownOn.map(Self.endOfDayInChina))
    }

    /// The first instant after `day` in China, as the audit writes instants.
    public static func endOfDayInChina(_ day: Day) -> String {
        let china = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600) ?? .current
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = china
        let next = Day(ordinal: day.ordinal + 1)
        let date = calendar.date(from: DateComponents(year: next.year, month: next.month, day: next.day)) ?? Date()
        return AuditEntry.timestamp(date)
    }

    /// SQL true for the versions of alias `v` in effect on `day` and known.
    func inEffect(_ v: String) -> String {
        "\(v).validFrom <= :rosterDay AND (\(v).validUntil IS NULL OR \(v).validUntil > :rosterDay) AND " + known(v)
    }

    /// SQL true for version rows of alias `v` that are known (recorded and not yet retired).
    func known(_ v: String) -> String {
        guard knownBefore != nil else { return "\(v).retiredAt IS NULL" }
        return "\(v).recordedAt < :knownBefore AND (\(v).retiredAt IS NULL OR \(v).retiredAt >= :knownBefore)"
    }

    /// SQL true for log entries of alias `e` (meetings, lectures, visits) that count: not voided, or
    /// with `knownBefore`, logged before it and not voided before it.
    func counts(_ e: String) -> String {
        guard knownBefore != nil else { return "\(e).voidedAt IS NULL" }
        return "\(e).loggedAt < :knownBefore AND (\(e).voidedAt IS NULL OR \(e).voidedAt >= :knownBefore)"
    }

    var arguments: StatementArguments {
        knownBefore.map { ["rosterDay": day, "knownBefore": $0] } ?? ["rosterDay": day]
    }
}
