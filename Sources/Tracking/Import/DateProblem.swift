/// Why a typed date is not a date, worded for whoever typed it (a CSV cell or a command-line flag).
public enum DateProblem: Sendable, Equatable {
    /// Not year-first digits with separators at all (`3月5日`, `05/03/2026`).
    case unreadable
    /// A month outside 1…12.
    case noSuchMonth(Int)
    /// A day past the end of its month (`2026/9/31`).
    case noSuchDay(year: Int, month: Int, days: Int)

    /// The sentences that follow "… is not a valid date": what is wrong and how to write it.
    public var advice: String {
        switch self {
        case .unreadable:
            "请写成 YYYY-MM-DD，例如 2026-03-05。"
        case let .noSuchMonth(month):
            "一年只有 12 个月，没有 \(month) 月。请检查日期。"
        case let .noSuchDay(year, month, days):
            "\(year) 年 \(month) 月只有 \(days) 天。请检查日期。"
        }
    }
}
