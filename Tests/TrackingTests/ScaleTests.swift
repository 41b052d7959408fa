import CampaignCore
import Foundation
import GRDB
import Testing
@testable import Tracking

/// What makes the check fast at province scale, tested for what it returns (never for how long it
/// takes: the timings are in Benchmarks/tracker.sh).
@Suite struct ScaleTests {
    /// Three counties, five schools; classes met, on track, behind and voided; lectures held and not.
    func counties() throws -> TrackerDatabase {
        let database = try TrackerDatabase.inMemory()
        try database.importText(.schools, """
            code,name,county,city
            A1,甲县第1小学,甲县,示例市
            A2,甲县第2小学,甲县,示例市
            B1,乙区第1小学,乙区,示例市
            B2,乙区第1初级中学,乙区,示例市
            C1,丙县第1小学,丙县,别的市

            """)
        try database.importText(.classes, """
            school,code,name,grade,teacher
            A1,2024-1,一年级(1)班,一年级,王老师
            A1,2024-2,一年级(2)班,一年级,李老师
            A2,2024-1,一年级(1)班,一年级,张老师
            B1,2023-1,二年级(1)班,二年级,刘老师
            B2,2025-1,七年级(1)班,七年级,陈老师
            B2,2025-2,七年级(2)班,七年级,杨老师
            C1,2022-1,三年级(1)班,三年级,黄老师

            """)
        try database.importText(.officers, """
            code,name,role
            P1,张警官,护校民警
            P2,李检察官,法治副校长
            P3,陈律师,法治辅导员

            """)
        try database.importText(.assignments, "officer,school\nP1,A1\nP1,B1\nP2,A2\nP2,B2\nP2,C1\nP3,C1\n")
        try database.importText(.meetings, """
            school,class,date
            A1,2024-1,2026-03-02
            A1,2024-1,2026-03-10
            A1,2024-2,2026-03-12
            A2,2024-1,2026-03-03
            B1,2023-1,2026-03-04
            B1,2023-1,2026-03-05
            B2,2025-2,2026-03-16
            C1,2022-1,2026-03-06

            """)
        try database.importText(.lectures, "officer,school,date,topic\nP1,B1,2026-03-04,认识欺凌\nP2,C1,2026-03-05,认识欺凌\n")
        try database.voidMeeting(id: 8, reason: "日期填错", actor: testActor)
        return database
    }

    @Test func aCountyOrSchoolCheckIsExactlyItsRowsOfTheWholeCheck() throws {
        let database = try counties()
        let asOf = day("2026-03-20")
        let whole = try database.complianceReport(term: fixtureTerm, asOf: asOf, rules: Rules())
        #expect(whole.classes.map { "\($0.schoolCode)/\($0.code) \($0.held) \($0.status.rawValue)" } == [
            "A1/2024-1 2 met", "A1/2024-2 1 on-track", "A2/2024-1 1 on-track", "B1/2023-1 2 met",
            "B2/2025-1 0 behind", "B2/2025-2 1 on-track", "C1/2022-1 0 behind",
        ])
        #expect(whole.officers.map { "\($0.code)@\($0.schoolCode) \($0.held)" } == [
            "P1@A1 0", "P1@B1 1", "P2@A2 0", "P2@B2 0", "P2@C1 1", "P3@C1 0",
        ])
        for county in ["甲县", "乙区", "丙县"] {
            let part = try database.complianceReport(term: fixtureTerm, asOf: asOf, rules: Rules(), scope: CheckScope(county: county))
            #expect(part.classes == whole.classes.filter { $0.county == county })
            #expect(part.officers == whole.officers.filter { $0.county == county })
        }
        #expect(try database.complianceReport(term: fixtureTerm, asOf: asOf, rules: Rules(), scope: CheckScope(county: "乙区"))
            .classes.map(\.code) == ["2023-1", "2025-1", "2025-2"])
        for school in ["A1", "A2", "B1", "B2", "C1"] {
            let part = try database.complianceReport(term: fixtureTerm, asOf: asOf, rules: Rules(), scope: CheckScope(school: school))
            #expect(part.classes == whole.classes.filter { $0.schoolCode == school })
            #expect(part.officers == whole.officers.filter { $0.schoolCode == school })
        }
        // Both filters: the school, if it lies in the county; else a mistake.
        let both = try database.complianceReport(term: fixtureTerm, asOf: asOf, rules: Rules(), scope: CheckScope(school: "B2", county: "乙区"))
        #expect(both.classes.map(\.code) == ["2025-1", "2025-2"])
        #expect(throws: UserError.self) {
            try database.complianceReport(term: fixtureTerm, asOf: asOf, rules: Rules(), scope: CheckScope(school: "B2", county: "甲县"))
        }
    }

    @Test func jsonParsesBackToTheNamesItWasMadeFrom() throws {
        let database = try counties()
        // Names that need escaping: quote, backslash, tab, newline, a control character, U+2028.
        try database.importText(.classes, """
            school,code,name,grade,teacher
            C1,"Q""1",\"引号""班\\反斜杠\t制表\",三年级,吴老师
            C1,NL,换行班,三年级,吴老师

            """)
        // Imports refuse control characters now; a name edited into the database by hand still has to round-trip.
        try database.writer.write { db in
            try db.execute(sql: "DROP TRIGGER classVersion_fixed")
            try db.execute(sql: "UPDATE classVersion SET name = ? WHERE name = '换行班'", arguments: ["换行\n班\u{2028}中\u{1}间"])
        }
        for asOf in ["2026-02-20", "2026-03-20", "2026-04-30"] {
            for scope in [CheckScope(), CheckScope(county: "丙县")] {
                let report = try database.complianceReport(term: fixtureTerm, asOf: day(asOf), rules: Rules(), scope: scope)
                let parsed = try #require(try JSONSerialization.jsonObject(with: Data(report.jsonBytes)) as? [String: Any])
                let classes = try #require(parsed["classes"] as? [[String: Any]])
                #expect(classes.compactMap { $0["name"] as? String } == report.classes.map(\.name))
                #expect(classes.count == report.classes.count)
            }
        }
        let empty = ComplianceReport(term: fixtureTerm, asOf: day("2026-03-20"), rules: Rules(), classes: [], officers: [])
        #expect(empty.jsonText == """
            {
              "term": "2026-spring",
              "asOf": "2026-03-20",
              "schoolDays": 20,
              "classes": [],
              "officers": [],
              "visits": [],
              "hours": [],
              "uncovered": [],
              "summary": {
                "classes": {"met": 0, "on-track": 0, "behind": 0, "missed": 0},
                "officers": {"met": 0, "on-track": 0, "behind": 0, "missed": 0},
                "visits": {"met": 0, "on-track": 0, "behind": 0, "missed": 0},
                "hours": {"met": 0, "on-track": 0, "behind": 0, "missed": 0},
                "uncovered": 0
              }
            }

            """)
    }

    @Test func jsonBytesEscapeLikeTheEncoder() {
        for text in ["", "plain", "中文", "a\"b", "a\\b", "\n\r\t", "\u{0}\u{1F}", "\u{2028}\u{2029}", "…’", "😀"] {
            var out = JSONBytes()
            out.string(text)
            #expect(out.bytes == Array(JSONValue.string(text).text().dropLast().utf8), "\(text)")
        }
        var numbers = JSONBytes()
        for n in [0, 7, -3, 1_234_567, Int.min] {
            numbers.int(n)
            numbers.raw(" ")
        }
        #expect(String(decoding: numbers.bytes, as: UTF8.self) == "0 7 -3 1234567 \(Int.min) ")
    }

    @Test func aDatabaseOfTheLastVersionGetsTheCountingIndexesAndKeepsItsEntries() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.url.appendingPathComponent("v2.sqlite").path
        do {
            // A database as the previous release left it: migrated up to v2, with entries.
            let queue = try DatabaseQueue(path: path)
            try TrackerDatabase.migrator.migrate(queue, upTo: "v2: accounts")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO school (code, name, county, city) VALUES ('S001', '城关小学', '青禾县', '示例市');
                    INSERT INTO schoolClass (schoolId, code, name, grade, teacher) VALUES (1, '2024-1', '一年级(1)班', '一年级', '刘老师');
                    INSERT INTO meeting (classId, date, loggedAt) VALUES (1, '2026-03-02', '2026-03-02T08:00:00Z');
                    """)
            }
        }
        let database = try TrackerDatabase.open(path: path)
        let indexes = try database.writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('meeting', 'lecture')
                AND name NOT LIKE 'sqlite_%' ORDER BY name
                """)
        }
        #expect(indexes == ["lecture_assignment_count", "lecture_identity", "lecture_school",
                            "meeting_class_count", "meeting_identity"])
        let report = try database.complianceReport(term: fixtureTerm, asOf: day("2026-03-20"), rules: Rules())
        #expect(report.classes.map(\.held) == [1])
    }

    @Test func rowIDTableKeepsEveryIdWhetherDenseSparseOrPartial() throws {
        let database = try TrackerDatabase.inMemory()
        try database.writer.write { db in
            try db.execute(sql: """
                CREATE TABLE dense (id INTEGER PRIMARY KEY);
                INSERT INTO dense (id) VALUES (1), (2), (3);
                CREATE TABLE sparse (id INTEGER PRIMARY KEY);
                INSERT INTO sparse (id) VALUES (1), (5000000000);
                """)
            for (table, ids) in [("dense", [Int64(1), 2, 3]), ("sparse", [1, 5_000_000_000])] {
                for whole in [true, false] {
                    var values = try RowIDTable<String>(db, table: table, whole: whole)
                    for id in ids { values[id] = "row \(id)" }
                    #expect(ids.map { values[$0] } == ids.map { "row \($0)" }, "\(table) \(whole)")
                    #expect(values[0] == nil && values[4] == nil && values[-1] == nil && values[6_000_000_000] == nil)
                }
            }
        }
    }

    /// The counts read only the covering indexes, and a county's check searches, never scans, the logs.
    @Test func countsUseTheCoveringIndexes() throws {
        let database = try counties()
        let plans = try database.writer.read { db in
            try [
                "SELECT classId, COUNT(*) FROM meeting WHERE voidedAt IS NULL AND date >= ? AND date <= ? GROUP BY classId",
                "SELECT officerId, schoolId, COUNT(*) FROM lecture WHERE voidedAt IS NULL AND date >= ? AND date <= ? GROUP BY officerId, schoolId",
                """
                SELECT classId, COUNT(*) FROM meeting WHERE voidedAt IS NULL AND date >= ? AND date <= ?
                AND classId IN (SELECT c.id FROM schoolClass c JOIN school s ON s.id = c.schoolId WHERE s.county = ?) GROUP BY classId
                """,
            ].map { sql in
                let arguments: StatementArguments = sql.contains("county") ? ["2026-03-02", "2026-03-20", "乙区"]
                    : ["2026-03-02", "2026-03-20"]
                return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                    .map { $0["detail"] as String? ?? "" }.joined(separator: "; ")
            }
        }
        #expect(plans[0].contains("COVERING INDEX meeting_class_count"), "\(plans[0])")
        #expect(plans[1].contains("COVERING INDEX lecture_assignment_count"), "\(plans[1])")
        #expect(plans[2].contains("SEARCH meeting USING COVERING INDEX meeting_class_count"), "\(plans[2])")
        #expect(!plans[2].contains("SCAN meeting"), "\(plans[2])")
    }
}
