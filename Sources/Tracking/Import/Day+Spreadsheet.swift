import CampaignCore

extension Day {
    /// A date as people type it into a spreadsheet, year first: `2026-03-05`, `2026/3/5`,
    /// `2026.3.5` or `2026年3月5日`. Day-first and month-first forms are ambiguous and refused.
    init?(spreadsheet text: String) {
        if let day = Day(iso: text) {
            self = day
            return
        }
        var normalized = text
        if normalized.hasSuffix("日") { normalized.removeLast() }
        let parts = normalized.split(omittingEmptySubsequences: false) { "-/.年月".contains($0) }
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }
}
