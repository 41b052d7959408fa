import CampaignCore
import GRDB

/// Which part of the roster a check covers: one school, county, city or officer, or any
/// combination (all of them must hold); everything when empty.
public struct CheckScope: Sendable, Equatable {
    public var school: String?
    public var county: String?
    public var city: String?
    public var officer: String?

    public init(school: String? = nil, county: String? = nil, city: String? = nil, officer: String? = nil) {
        self.school = school
        self.county = county
        self.city = city
        self.officer = officer
    }

    /// The scope given by the command-line flags `--school`, `--county`, `--city` and `--officer`,
    /// each collected as a list: a flag given more than once is an error that names it.
    public init(school: [String], county: [String], city: [String], officer: [String]) throws {
        self.init(school: try Self.single(school, flag: "--school"), county: try Self.single(county, flag: "--county"),
                  city: try Self.single(city, flag: "--city"), officer: try Self.single(officer, flag: "--officer"))
    }

    private static func single(_ values: [String], flag: String) throws -> String? {
        guard values.count <= 1 else {
            throw UserError("\(flag) 只能给一次，这里给了 \(values.count) 次（\(values.joined(separator: "、"))）。"
                + "一次检查只看一个范围：请只保留一个，或分别运行。")
        }
        return values.first
    }

    var hasOfficer: Bool { officer != nil }

    /// The scope as SQL over the aliases `s` (school) and `o` (officer).
    struct SQL {
        /// All conditions, joined by AND; empty when the scope is everything.
        var conditions: String
        /// Only the conditions on `s`.
        var schoolConditions: String
        var arguments: StatementArguments
    }

    var sql: SQL {
        var school: [String] = []
        var arguments: StatementArguments = [:]
        if let code = self.school {
            school.append("s.code = :scopeSchool")
            arguments += ["scopeSchool": code]
        }
        if let county {
            school.append("s.county = :scopeCounty")
            arguments += ["scopeCounty": county]
        }
        if let city {
            school.append("s.city = :scopeCity")
            arguments += ["scopeCity": city]
        }
        var all = school
        if let officer {
            all.append("o.code = :scopeOfficer")
            arguments += ["scopeOfficer": officer]
        }
        return SQL(conditions: all.joined(separator: " AND "), schoolConditions: school.joined(separator: " AND "),
                   arguments: arguments)
    }

    /// An unknown school, county, city or officer, or a school outside the county or city given
    /// with it, is a mistake, not an empty report.
    public func validate(_ db: Database) throws {
        if let school, try Row.fetchOne(db, sql: "SELECT 1 FROM school WHERE code = ?", arguments: [school]) == nil {
            throw UserError("没有学校代码为“\(school)”的学校。请检查 --school，或先导入学校名单。")
        }
        for (value, column, word, flag) in [(county, "county", "区县", "--county"), (city, "city", "市州", "--city")] {
            guard let value else { continue }
            if try Row.fetchOne(db, sql: "SELECT 1 FROM school WHERE \(column) = ?", arguments: [value]) == nil {
                let known = try String.fetchAll(db, sql: "SELECT DISTINCT \(column) FROM school ORDER BY 1 LIMIT 20")
                let hint = known.isEmpty ? "数据库里还没有学校" : "已有的\(word)：\(known.joined(separator: "、"))"
                throw UserError("没有\(word)为“\(value)”的学校。请检查 \(flag)（\(hint)）。")
            }
            if let school, let actual = try String.fetchOne(db, sql: "SELECT \(column) FROM school WHERE code = ?",
                                                              arguments: [school]), actual != value {
                throw UserError("学校 \(school) 属于\(word)“\(actual)”，不在“\(value)”。请检查 --school 和 \(flag)，或只用其中一个。")
            }
        }
        if let county, let city,
           let actual = try String.fetchOne(db, sql: "SELECT city FROM school WHERE county = ? LIMIT 1",
                                            arguments: [county]), actual != city {
            throw UserError("区县“\(county)”属于市州“\(actual)”，不在“\(city)”。请检查 --county 和 --city，或只用其中一个。")
        }
        if let officer {
            try validate(officer: officer, db)
        }
    }

    /// The officer exists and serves at least one school in the rest of the scope.
    private func validate(officer: String, _ db: Database) throws {
        if try Row.fetchOne(db, sql: "SELECT 1 FROM officer WHERE code = ?", arguments: [officer]) == nil {
            throw UserError("没有编号为“\(officer)”的人员。请检查 --officer，或先导入人员名单。")
        }
        let filter = sql
        guard !filter.schoolConditions.isEmpty, try Row.fetchOne(db, sql: """
            SELECT 1 FROM assignment a JOIN officer o ON o.id = a.officerId JOIN school s ON s.id = a.schoolId
            WHERE \(filter.conditions) LIMIT 1
            """, arguments: filter.arguments) == nil else { return }
        let (place, flag) = if let school { ("学校 \(school)", "--school") }
            else if let county { ("\(county)的学校", "--county") }
            else { ("\(city ?? "")的学校", "--city") }
        throw UserError("编号 \(officer) 的人员没有被分配到\(place)。请检查 --officer 和 \(flag)。")
    }
}
