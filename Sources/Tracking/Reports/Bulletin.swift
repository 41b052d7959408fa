import CampaignCore

/// The 通报 of one level: one row per unit below it (province → cities, city → counties, county →
/// schools) with counts and rates per requirement, ranked, the units that are behind named with what
/// is missing, and the schools without a needed officer. Units, never persons.
public struct Bulletin: Sendable, Equatable {
    public enum Level: String, Sendable {
        case province, city, county

        /// What the units below it are called.
        var unitWord: String {
            switch self {
            case .province: "市州"
            case .city: "区县"
            case .county: "学校"
            }
        }
    }

    /// Counts of one requirement in one unit, by status.
    public struct Tally: Sendable, Equatable {
        public var counts: [ComplianceStatus: Int] = [:]
        public var total: Int { counts.values.reduce(0, +) }
        public subscript(status: ComplianceStatus) -> Int { counts[status] ?? 0 }

        /// Status shares in per cent, adding up to 100.
        public var percentages: [ComplianceStatus: Int] {
            let shares = Shares.percentages(ComplianceStatus.allCases.map { self[$0] })
            return Dictionary(uniqueKeysWithValues: zip(ComplianceStatus.allCases, shares))
        }

        mutating func add(_ status: ComplianceStatus) { counts[status, default: 0] += 1 }
        var good: Int { self[.met] + self[.onTrack] }
        var problems: Int { self[.behind] + self[.missed] }
    }

    public struct Unit: Sendable, Equatable {
        public var name: String
        public var code: String?
        public var schools: Int
        public var meetings = Tally()
        public var lectures = Tally()
        public var visits = Tally()
        public var hours = Tally()
        /// Schools of the unit without an officer of a needed role.
        public var uncovered: [String] = []
        /// 1 for the best.
        public var rank = 0

        var all: [Tally] { [meetings, lectures, visits, hours] }
        /// Rows in good standing (met or on track) per hundred rows of every requirement.
        var goodShare: Double {
            let total = all.map(\.total).reduce(0, +)
            return total == 0 ? 1 : Double(all.map(\.good).reduce(0, +)) / Double(total)
        }
        var hasProblems: Bool { all.contains { $0.problems > 0 } || !uncovered.isEmpty }
    }

    public var level: Level
    /// 青禾县, 青州市, or 全省.
    public var area: String
    public var units: [Unit]
    public var total: Unit
    public var stamp: ReportStamp
    public var rules: Rules
    public var schoolDaysElapsed: Int
    public var schoolDays: Int

    /// The bulletin of `report`, whose rows are the area's; `cities` gives each school's city.
    public init(report: ComplianceReport, level: Level, area: String, cities: [String: String], stamp: ReportStamp) {
        self.level = level
        self.area = area
        self.stamp = stamp
        rules = report.rules
        schoolDaysElapsed = report.term.schoolDaysElapsed(through: report.asOf)
        schoolDays = report.schoolDays
        func key(school: String, county: String, name: String) -> (String, String?) {
            switch level {
            case .province: (cities[school] ?? "", nil)
            case .city: (county, nil)
            case .county: (name, school)
            }
        }
        var byKey: [String: Unit] = [:]
        var schoolsSeen: [String: Set<String>] = [:]
        func touch(_ school: String, _ county: String, _ schoolName: String, _ change: (inout Unit) -> Void) {
            let (name, code) = key(school: school, county: county, name: schoolName)
            let id = code ?? name
            var unit = byKey[id] ?? Unit(name: name, code: code, schools: 0)
            if schoolsSeen[id, default: []].insert(school).inserted { unit.schools += 1 }
            change(&unit)
            byKey[id] = unit
        }
        for row in report.classes { touch(row.schoolCode, row.county, row.schoolName) { $0.meetings.add(row.status) } }
        for row in report.officers { touch(row.schoolCode, row.county, row.schoolName) { $0.lectures.add(row.status) } }
        for row in report.visits { touch(row.schoolCode, row.county, row.schoolName) { $0.visits.add(row.status) } }
        for row in report.hours { touch(row.schoolCode, row.county, row.schoolName) { $0.hours.add(row.status) } }
        for school in report.uncovered { touch(school.code, school.county, school.name) { $0.uncovered.append(school.name) } }

        var ranked = byKey.values.sorted { ($0.goodShare, $1.code ?? $1.name) > ($1.goodShare, $0.code ?? $0.name) }
        for index in ranked.indices {
            // Equal shares share a rank.
            let earlier = index > 0 && ranked[index - 1].goodShare == ranked[index].goodShare
            ranked[index].rank = earlier ? ranked[index - 1].rank : index + 1
        }
        units = ranked
        var total = Unit(name: area, code: nil, schools: ranked.map(\.schools).reduce(0, +))
        for unit in ranked {
            for status in ComplianceStatus.allCases {
                total.meetings.counts[status, default: 0] += unit.meetings[status]
                total.lectures.counts[status, default: 0] += unit.lectures[status]
                total.visits.counts[status, default: 0] += unit.visits[status]
                total.hours.counts[status, default: 0] += unit.hours[status]
            }
            total.uncovered += unit.uncovered
        }
        self.total = total
    }

    /// The plain paragraph that opens the 通报.
    public var summary: String {
        let t = total
        var parts = ["截至\(ReportStamp.chineseDate(stamp.asOf))（本学期第 \(schoolDaysElapsed)/\(schoolDays) 个上课日），"
            + "\(area)共 \(t.schools) 所学校。\(t.meetings.total) 个班中，主题班会已完成 \(t.meetings[.met]) 个、进度正常 "
            + "\(t.meetings[.onTrack]) 个、落后 \(t.meetings[.behind]) 个、未完成 \(t.meetings[.missed]) 个"]
        parts.append("专题宣讲 \(t.lectures.total) 人次中，已完成 \(t.lectures[.met]) 人次，落后或未完成 \(t.lectures.problems) 人次")
        if t.visits.total > 0 {
            parts.append("到校 \(t.visits.total) 人次中，落后或未完成 \(t.visits.problems) 人次")
        }
        if t.hours.total > 0 {
            parts.append("法治教育课时 \(t.hours.total) 人次中，落后或未完成 \(t.hours.problems) 人次")
        }
        if !rules.schoolsNeedRoles.isEmpty {
            let roles = rules.schoolsNeedRoles.map(\.rawValue).joined(separator: "、")
            parts.append(t.uncovered.isEmpty ? "各校均已配备\(roles)" : "\(t.uncovered.count) 所学校缺少\(roles)")
        }
        return parts.joined(separator: "；") + "。"
    }

    /// `白鹭镇中学：主题班会落后 1 个班；到校落后 1 人次` for each unit with problems, in rank order.
    public var problemLines: [String] {
        units.filter(\.hasProblems).map { unit in
            var parts: [String] = []
            for (what, noun, tally) in [("主题班会", "个班", unit.meetings), ("专题宣讲", "人次", unit.lectures),
                                        ("到校", "人次", unit.visits), ("课时", "人次", unit.hours)] {
                if tally[.behind] > 0 { parts.append("\(what)落后 \(tally[.behind]) \(noun)") }
                if tally[.missed] > 0 { parts.append("\(what)未完成 \(tally[.missed]) \(noun)") }
            }
            if !unit.uncovered.isEmpty {
                let roles = rules.schoolsNeedRoles.map(\.rawValue).joined(separator: "、")
                parts.append(level == .county ? "缺少\(roles)" : "缺少\(roles)的学校：\(unit.uncovered.joined(separator: "、"))")
            }
            return "\(unit.name)：\(parts.joined(separator: "；"))"
        }
    }
}
