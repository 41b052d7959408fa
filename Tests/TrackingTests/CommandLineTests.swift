import CampaignCore
import Foundation
import Testing
@testable import Tracking

/// The roster commands as a bureau clerk types them: the `campaign` binary built beside the tests,
/// run on a temporary database and content folder (the fixture calendars of `SchoolYearsTests`).
@Suite(.serialized) struct CommandLineTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// The `campaign` executable of this build: beside the test bundle, or in `.build/debug`.
    static var binary: URL {
        let besideTests = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("campaign")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/campaign")
    }

    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        for term in SchoolYearsTests.content.calendars {
            try folder.write("""
                id: \(term.id)
                name: \(term.name)
                start: \(term.start)
                end: \(term.end)

                """, to: "Content/calendar/\(term.id).yaml")
        }
        try folder.write("class_meetings_per_term: 2\n", to: "Content/rules.yaml")
        try folder.write("code,name,county,city\nS1,城关中学,青禾县,示例市\nS2,河西小学,青禾县,示例市\n", to: "schools.csv")
        try folder.write("code,name,role\nP1,张警官,护校民警\nP2,李检察官,法治副校长\n", to: "officers.csv")
        try folder.write("""
            school,code,name,grade,teacher
            S1,2024级1班,八年级(1)班,八年级,刘老师
            S1,2023级1班,九年级(1)班,九年级,陈老师
            S2,2021级1班,六年级(1)班,六年级,吴老师

            """, to: "classes.csv")
        try folder.write("officer,school\nP1,S1\nP2,S1\nP2,S2\n", to: "assignments.csv")
    }

    @discardableResult
    func campaign(_ arguments: String...) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments + ["--db", folder.url.appendingPathComponent("t.sqlite").path,
                                         "--content", folder.url.appendingPathComponent("Content").path]
        process.currentDirectoryURL = folder.url
        var environment = ProcessInfo.processInfo.environment
        environment["CAMPAIGN_USER"] = "王芳"
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                   errors: String(decoding: err, as: UTF8.self))
    }

    func database() throws -> TrackerDatabase {
        try TrackerDatabase.open(path: folder.url.appendingPathComponent("t.sqlite").path)
    }

    @Test func aCountyThroughASchoolYearFromTheCommandLine() throws {
        defer { folder.cleanUp() }
        #expect(try campaign("import", "schools", "schools.csv").status == 0)
        #expect(try campaign("import", "officers", "officers.csv", "--term", "2026-spring").status == 0)
        let preview = try campaign("import", "classes", "classes.csv", "--term", "2026-spring", "--dry-run")
        #expect(preview.status == 0)
        #expect(preview.output == """
            将从2025—2026学年第二学期（2026-spring）起：添加 3 项，修改 0 项，结束 0 项。
              添加  班级 S1/2024级1班（八年级(1)班，八年级，班主任 刘老师）
              添加  班级 S1/2023级1班（九年级(1)班，九年级，班主任 陈老师）
              添加  班级 S2/2021级1班（六年级(1)班，六年级，班主任 吴老师）
            这是预览（--dry-run），没有写入任何数据。

            """)
        #expect(try database().count("schoolClass") == 0)
        #expect(try campaign("import", "classes", "classes.csv", "--term", "2026-spring").status == 0)
        #expect(try campaign("import", "assignments", "assignments.csv", "--term", "2026-spring").status == 0)
        #expect(try campaign("meeting", "log", "--school", "S1", "--class", "2024级1班", "--date", "2026-03-04").status == 0)
        let lecture = try campaign("lecture", "log", "--officer", "P2", "--school", "S1", "--date", "2026-03-06",
                                   "--topic", "欺凌与法律责任", "--hours", "2")
        #expect(lecture.output == "已登记宣讲，编号 1。\n")
        #expect(try campaign("visit", "log", "--officer", "P1", "--school", "S1", "--date", "2026-03-03").output
            == "已登记到校，编号 1。\n")

        // The check prints what the library computes, and exits 1 when anything is behind or missed.
        let check = try campaign("check", "--term", "2026-spring", "--as-of", "2026-03-16", "--format", "json")
        #expect(check.status == 1)
        let expected = try database().complianceReport(
            term: SchoolYearsTests.spring2026, asOf: day("2026-03-16"), rules: Rules(classMeetingsPerTerm: 2),
            schoolYear: SchoolYearsTests.content.schoolYear(of: SchoolYearsTests.spring2026))
        #expect(check.output == expected.jsonText)

        let rollover = try campaign("roster", "rollover", "--to", "2026-autumn")
        #expect(rollover.output == """
            已从2026—2027学年第一学期（2026-autumn）起：添加 0 项，修改 1 项，结束 2 项。
              结束  班级 S1/2023级1班（九年级(1)班）：九年级毕业
              修改  班级 S1/2024级1班：名称 八年级(1)班 → 九年级(1)班，年级 八年级 → 九年级
              结束  班级 S2/2021级1班（六年级(1)班）：六年级毕业

            """)
        #expect(try campaign("roster", "rollover", "--to", "2026-autumn").output
            == "已从2026—2027学年第一学期（2026-autumn）起：添加 0 项，修改 0 项，结束 0 项。名单没有变化。\n")
        #expect(try campaign("class", "set", "--school", "S1", "--class", "2024级1班", "--from", "2026-autumn",
                             "--teacher", "王老师").output.contains("  修改  班级 S1/2024级1班：班主任 刘老师 → 王老师\n"))
        #expect(try campaign("unassign", "--officer", "P1", "--school", "S1", "--from", "2026-autumn").status == 0)
        #expect(try campaign("assign", "--officer", "P1", "--school", "S2", "--from", "2026-autumn").status == 0)
        let autumn = try campaign("check", "--term", "2026-autumn", "--as-of", "2026-09-07", "--format", "csv")
        #expect(autumn.output.contains("班会,青禾县,S1,城关中学,=\"2024级1班\",九年级(1)班,0,2,进度正常,2026-09-11,,\r\n")
            || autumn.output.contains("班会,青禾县,S1,城关中学,2024级1班,九年级(1)班,0,2,进度正常,2026-09-11,,\r\n"))
        #expect(autumn.output.contains("缺少人员,青禾县,S1,城关中学,,,,,缺少,,,缺少护校民警\r\n"))
        #expect(!autumn.output.contains("2023级1班"))

        // Every roster change is in the audit under the name given.
        let audit = try database().auditTrail()
        #expect(audit.map(\.action).suffix(4) == ["roster rollover", "class set", "unassign", "assign"])
        #expect(audit.allSatisfy { $0.who == "王芳" })
    }

    @Test func badInputNamesTheLineOrFlagAndWritesNothing() throws {
        defer { folder.cleanUp() }
        #expect(try campaign("import", "schools", "schools.csv").status == 0)
        #expect(try campaign("import", "officers", "officers.csv").status == 0)
        try folder.write("school,code,name,grade,teacher\nS1,2026级1班,七年级(1)班,七年级,\nS9,2026级2班,七年级(2)班,七年级,赵老师\n",
                         to: "bad.csv")
        let bad = try campaign("import", "classes", "bad.csv", "--term", "2026-autumn")
        #expect(bad.status == 2)
        #expect(bad.errors == """
            bad.csv:2: error: “班主任”是空的。请填写后重新导入。
            bad.csv:3: error: 学校代码“S9”不存在。请检查代码，或先导入学校名单：campaign import schools 学校.csv。
            发现 2 处错误，没有写入任何数据。

            """)
        #expect(try database().count("schoolClass") == 0)
        let unknownTerm = try campaign("assign", "--officer", "P1", "--school", "S1", "--from", "2031-autumn")
        #expect(unknownTerm.status == 2)
        #expect(unknownTerm.errors.hasPrefix("错误：没有找到学期“2031-autumn”。"))
        let unknownOfficer = try campaign("assign", "--officer", "P9", "--school", "S1", "--from", "2026-autumn")
        #expect(unknownOfficer.status == 2)
        #expect(unknownOfficer.errors.contains("编号“P9”的人员不存在"))
        let assigned = try campaign("assign", "--officer", "P1", "--school", "S1", "--from", "2026-autumn")
        #expect(assigned.status == 0)
        let saturday = try campaign("visit", "log", "--officer", "P1", "--school", "S1", "--date", "2026-09-12")
        #expect(saturday.status == 2)
        #expect(saturday.errors.contains("2026-09-12 是星期六"))
        let noFields = try campaign("class", "set", "--school", "S1", "--class", "2026级1班", "--from", "2026-autumn")
        #expect(noFields.status == 2)
        #expect(noFields.errors.contains("请至少写 --name、--grade、--teacher 中的一项。"))
        #expect(try database().count("visit") == 0)
        #expect(try database().count("assignment") == 1)
    }
}
