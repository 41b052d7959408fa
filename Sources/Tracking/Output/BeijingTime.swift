import CampaignCore
import Foundation

/// Times as the tracker shows them to people: Beijing time (UTC+8, no daylight saving since 1991),
/// whatever the server's clock is set to. Stored times stay ISO 8601 UTC text.
public enum BeijingTime {
    static let timeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600) ?? .current

    /// `2026-11-13 16:05:09` for a stored `2026-11-13T08:05:09Z`; text that is not such a
    /// timestamp is returned as it is.
    public static func text(fromTimestamp stored: String) -> String {
        guard let date = date(fromTimestamp: stored) else { return stored }
        return text(date)
    }

    /// `2026-11-13 16:05:09`.
    public static func text(_ date: Date) -> String {
        let (day, clock) = parts(date)
        return "\(day) \(clock)"
    }

    /// `2026-11-13T16:05:09+08:00`: Beijing time for programs (JSON).
    public static func iso(fromTimestamp stored: String) -> String {
        guard let date = date(fromTimestamp: stored) else { return stored }
        let (day, clock) = parts(date)
        return "\(day)T\(clock)+08:00"
    }

    /// The Beijing date and `HH:MM:SS` of an instant.
    private static func parts(_ date: Date) -> (Day, String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let day = Day(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1) ?? Day(ordinal: 0)
        let clock = [c.hour, c.minute, c.second].map { n in
            let digits = String(n ?? 0)
            return digits.count < 2 ? "0" + digits : digits
        }.joined(separator: ":")
        return (day, clock)
    }

    /// The instant Beijing day `day` begins, as stored timestamps spell it (they sort as text).
    public static func startTimestamp(of day: Day) -> String {
        AuditEntry.timestamp(day.date.addingTimeInterval(-TimeInterval(timeZone.secondsFromGMT(for: day.date))))
    }

    static func date(fromTimestamp stored: String) -> Date? {
        try? Date.ISO8601FormatStyle().parse(stored)
    }
}
