import CampaignCore
import Foundation

extension Day {
    /// A date as people type it into a spreadsheet, year first: `2026-03-05`, `2026/3/5`,
    /// `2026.3.5` or `2026年3月5日`. Day-first and month-first forms are ambiguous and refused.
    public init?(spreadsheet text: String) {
        guard let (year, month, day) = Self.spreadsheetParts(text) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// What is wrong with `text` as a date, or nil when `Day(spreadsheet:)` reads it.
    public static func spreadsheetProblem(_ text: String) -> DateProblem? {
        guard let (year, month, day) = spreadsheetParts(text), year >= 1 else { return .unreadable }
        guard (1...12).contains(month) else { return .noSuchMonth(month) }
        let days = daysIn(month: month, year: year)
        guard day <= days else { return .noSuchDay(year: year, month: month, days: days) }
        return day >= 1 ? nil : .unreadable
    }

    /// A date given with a command-line flag, in any spelling a CSV file may use; the error names
    /// the flag and says what is wrong in the words an import uses.
    public init(_ text: String, flag: String) throws {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard let day = Day(spreadsheet: text) else {
            let advice = (Day.spreadsheetProblem(text) ?? .unreadable).advice
            throw UserError("\(flag) 的日期“\(text)”不是有效的日期。\(advice)")
        }
        self = day
    }

    /// Year, month and day as written, not yet checked against the calendar. Parsed byte by byte:
    /// an import reads hundreds of thousands.
    private static func spreadsheetParts(_ text: String) -> (Int, Int, Int)? {
        var numbers: [Int] = []
        var current = 0
        var digits = 0
        var separators = 0
        var pendingSuffix = false
        for scalar in text.unicodeScalars {
            if pendingSuffix { return nil }
            switch scalar {
            case "0"..."9":
                guard digits < 4 else { return nil }
                current = current * 10 + Int(scalar.value - 48)
                digits += 1
            case "-", "/", ".", "年", "月", "日":
                guard digits > 0, numbers.count < 3 else { return nil }
                if scalar == "日" {
                    guard numbers.count == 2 else { return nil }
                    pendingSuffix = true
                } else {
                    separators += 1
                }
                numbers.append(current)
                guard numbers.count != 1 || digits == 4, numbers.count == 1 || digits <= 2 else { return nil }
                current = 0
                digits = 0
            default:
                return nil
            }
        }
        if !pendingSuffix {
            guard digits > 0, digits <= 2, numbers.count == 2 else { return nil }
            numbers.append(current)
        }
        guard numbers.count == 3, separators == 2 else { return nil }
        return (numbers[0], numbers[1], numbers[2])
    }

    /// `YYYY-MM-DD`, formatted without Foundation (as fast as an import of 600,000 rows needs).
    var isoText: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        func append(_ value: Int, width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            var rest = value
            while divisor > 0 {
                bytes.append(UInt8(48 + (rest / divisor) % 10))
                rest %= divisor
                divisor /= 10
            }
        }
        append(year, width: 4)
        bytes.append(45)
        append(month, width: 2)
        bytes.append(45)
        append(day, width: 2)
        return String(decoding: bytes, as: UTF8.self)
    }
}
