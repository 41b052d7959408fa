import CampaignCore
import Foundation
import GRDB
import Testing
@testable import Tracking

@Suite struct CheckScopeTests {
    /// The fixture roster plus a school in another city.
    private func database() throws -> TrackerDatabase {
        let database = try TrackerDatabase.withRoster()
        try database.importText(.schools, "code,name,county,city\nS004,北湖小学,北湖区,另一市\n")
        return database
    }

    private func validate(_ scope: CheckScope) throws {
        try database().writer.read { db in try scope.validate(db) }
    }

    @Test func aScopeThatMatchesIsValid() throws {
        try validate(CheckScope())
        try validate(CheckScope(school: "S001", county: "青禾县", city: "示例市", officer: "P01"))
        try validate(CheckScope(county: "河西区", officer: "P02"))
    }

    @Test func unknownValuesNameTheirFlag() throws {
        #expect(throws: UserError("没有学校代码为“S009”的学校。请检查 --school，或先导入学校名单。")) {
            try validate(CheckScope(school: "S009"))
        }
        #expect(throws: UserError("没有区县为“东城区”的学校。请检查 --county（已有的区县：北湖区、河西区、青禾县）。")) {
            try validate(CheckScope(county: "东城区"))
        }
        #expect(throws: UserError("没有市州为“别的市”的学校。请检查 --city（已有的市州：另一市、示例市）。")) {
            try validate(CheckScope(city: "别的市"))
        }
        #expect(throws: UserError("没有编号为“P09”的人员。请检查 --officer，或先导入人员名单。")) {
            try validate(CheckScope(officer: "P09"))
        }
    }

    @Test func filtersThatCannotHoldTogetherAreErrors() throws {
        #expect(throws: UserError("学校 S003 属于区县“河西区”，不在“青禾县”。请检查 --school 和 --county，或只用其中一个。")) {
            try validate(CheckScope(school: "S003", county: "青禾县"))
        }
        #expect(throws: UserError("学校 S004 属于市州“另一市”，不在“示例市”。请检查 --school 和 --city，或只用其中一个。")) {
            try validate(CheckScope(school: "S004", city: "示例市"))
        }
        #expect(throws: UserError("区县“青禾县”属于市州“示例市”，不在“另一市”。请检查 --county 和 --city，或只用其中一个。")) {
            try validate(CheckScope(county: "青禾县", city: "另一市"))
        }
        #expect(throws: UserError("编号 P01 的人员没有被分配到学校 S003。请检查 --officer 和 --school。")) {
            try validate(CheckScope(school: "S003", officer: "P01"))
        }
        #expect(throws: UserError("编号 P01 的人员没有被分配到河西区的学校。请检查 --officer 和 --county。")) {
            try validate(CheckScope(county: "河西区", officer: "P01"))
        }
        #expect(throws: UserError("编号 P02 的人员没有被分配到另一市的学校。请检查 --officer 和 --city。")) {
            try validate(CheckScope(city: "另一市", officer: "P02"))
        }
    }

    @Test func aRepeatedFlagIsAnError() throws {
        #expect(throws: UserError("--school 只能给一次，这里给了 2 次（S001、S002）。一次检查只看一个范围：请只保留一个，或分别运行。")) {
            try CheckScope(school: ["S001", "S002"], county: [], city: [], officer: [])
        }
        #expect(throws: UserError("--officer 只能给一次，这里给了 3 次（P01、P01、P02）。一次检查只看一个范围：请只保留一个，或分别运行。")) {
            try CheckScope(school: [], county: [], city: [], officer: ["P01", "P01", "P02"])
        }
        #expect(try CheckScope(school: ["S001"], county: [], city: ["示例市"], officer: [])
                == CheckScope(school: "S001", city: "示例市"))
    }

    @Test func sqlSelectsTheScope() throws {
        let database = try database()
        let pairs = { (scope: CheckScope) throws -> [String] in
            let filter = scope.sql
            return try database.writer.read { db in
                try String.fetchAll(db, sql: """
                    SELECT o.code || '@' || s.code FROM assignment a
                    JOIN officer o ON o.id = a.officerId JOIN school s ON s.id = a.schoolId
                    \(filter.conditions.isEmpty ? "" : "WHERE " + filter.conditions) ORDER BY 1
                    """, arguments: filter.arguments)
            }
        }
        #expect(try pairs(CheckScope()) == ["P01@S001", "P01@S002", "P02@S003"])
        #expect(try pairs(CheckScope(county: "青禾县")) == ["P01@S001", "P01@S002"])
        #expect(try pairs(CheckScope(city: "示例市", officer: "P02")) == ["P02@S003"])
        #expect(try pairs(CheckScope(school: "S002", officer: "P01")) == ["P01@S002"])
        #expect(CheckScope(school: "S002", officer: "P01").sql.schoolConditions == "s.code = :scopeSchool")
    }
}
