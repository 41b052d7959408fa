import CampaignCore
import Crypto
import Foundation

/// What a report says about itself: the term and day it covers, when it was made, and a digest of
/// the check it was made from (the check's JSON), so that two reports of the same data show it.
public struct ReportStamp: Sendable, Equatable {
    public var termID: String
    public var termName: String
    public var asOf: Day
    /// Beijing time, `2026-11-13 16:05`.
    public var madeAt: String
    /// SHA-256 of the check's JSON, hex.
    public var digest: String

    public init(report: ComplianceReport, madeAt: Date) {
        termID = report.term.id
        termName = report.term.name
        asOf = report.asOf
        self.madeAt = Self.beijingMinute(madeAt)
        digest = SHA256.hash(data: Data(report.jsonBytes)).map { String(format: "%02x", $0) }.joined()
    }

    static func beijingMinute(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600) ?? .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    /// `2026年11月13日`
    static func chineseDate(_ day: Day) -> String { "\(day.year)年\(day.month)月\(day.day)日" }
}
