import CampaignCore
import Foundation
import GRDB
import Testing
@testable import Tracking

@Suite struct ImportTests {
    @Test func importsRostersWithEnglishOrChineseHeadersInAnyOrder() throws {
        let database = try TrackerDatabase.inMemory()
        #expect(try database.importText(.schools, schoolsCSV, name: "schools.csv").summary
                == "schools.csv: 已添加 3 条学校，跳过 0 条（已有相同的记录）。")
        #expect(try database.importText(.classes, classesCSV).added == 4)
        #expect(try database.importText(.officers, officersCSV).added == 2)
        #expect(try database.importText(.assignments, assignmentsCSV).added == 3)
        let classes = try database.writer.read { db in try SchoolClass.fetchAll(db, sql: "SELECT * FROM classCurrent ORDER BY id") }
        #expect(classes.first == SchoolClass(id: 1, schoolId: 1, code: "2024-1", name: "一年级(1)班", grade: "一年级",
                                             teacher: "刘老师"))
        let officer = try database.writer.read { db in try Officer.fetchOne(db, sql: "SELECT * FROM officerCurrent WHERE id = 1") }
        #expect(officer == Officer(id: 1, code: "P01", name: "张警官", role: .schoolPolice, phone: nil))
    }

    @Test func reimportingAFileChangesNothing() throws {
        let database = try TrackerDatabase.withRoster()
        let meetings = """
        school,class,date,kit
        S001,2024-1,2026-03-05,who-to-tell
        S001,2024-2,2026-03-06,
        S001,2024-2,2026-03-06,

        """
        let first = try database.importText(.meetings, meetings)
        #expect((first.added, first.skipped) == (2, 1))
        let second = try database.importText(.meetings, meetings)
        #expect((second.added, second.skipped) == (0, 3))
        let roster = try database.importText(.schools, schoolsCSV)
        #expect((roster.added, roster.skipped) == (0, 3))
        #expect(try database.count("meeting") == 2)
        #expect(try database.auditTrail().map(\.action).suffix(3) == ["import meetings", "import meetings", "import schools"])
        #expect(try database.auditTrail().last?.detail == "file.csv: 添加 0 条，跳过 3 条")
    }

    @Test func reportsEveryBadMeetingRowWithItsLineAndWritesNothing() throws {
        let database = try TrackerDatabase.withRoster()
        let meetings = """
        学校代码,班级代码,日期,班会材料,主讲人,参加人数,备注
        S001,2024-1,2026-03-05,who-to-tell,刘老师,40,
        S999,2024-1,2026-03-05,,,,
        S001,2099-9,2026-03-05,,,,
        S001,2024-2,2026-03-05,no-such-kit,,,
        S001,2024-2,2026-03-07,,,,
        S001,2024-2,2026-03-11,,,,
        S001,2024-2,2026-03-23,,,,
        S001,2024-2,2026-02-10,,,,
        S001,2024-2,3月5日,,,,
        S001,2024-2,2026-03-06,,,三十,
        S001,,2026-03-06,,,,
        S001,2024-2,2026-03-06,,
        S001,2024-1,2026-03-05,who-to-tell,刘老师,41,
        S001,2024-1,2026/3/5,who-to-tell,刘老师,40,
        S002,2023-1,2026-03-14,,,,

        """
        #expect(diagnostics { try database.importText(.meetings, meetings, name: "meetings.csv") } == [
            "meetings.csv:1: warning: 不认识的列“备注”，已忽略。meetings 文件可用的列有：school|学校代码, class|班级代码, date|日期, kit|班会材料, teacher|主讲人, attendance|参加人数。",
            "meetings.csv:3: error: 学校代码“S999”不存在。请检查代码，或先导入学校名单：campaign import schools 学校.csv。",
            "meetings.csv:4: error: 学校 S001 没有班级代码为“2099-9”的班级。请检查代码，或先导入班级名单：campaign import classes 班级.csv。",
            "meetings.csv:5: error: 班会材料“no-such-kit”不存在。请填写材料包的标题或 Content/kits 下的文件夹名（例如 kind-words、who-to-tell），或留空。",
            "meetings.csv:6: error: 日期 2026-03-07 是星期六，不是 2026-spring 学期的上课日。请检查日期；如果当天确实调休上课，请把它加到 Content/calendar/2026-spring.yaml 的 workdays 中。",
            "meetings.csv:7: error: 日期 2026-03-11 是放假（校庆），不是 2026-spring 学期的上课日。请检查日期；如果当天确实调休上课，请把它加到 Content/calendar/2026-spring.yaml 的 workdays 中。",
            "meetings.csv:8: error: 日期 2026-03-23 还没到（今天是 2026-03-20）。只能登记已经开过的活动，请检查日期。",
            "meetings.csv:9: error: 日期 2026-02-10 不在任何已知学期内。已知的学期有：2026-spring（2026-03-02 至 2026-03-27）。请检查日期，或在 Content/calendar 中添加该学期。",
            "meetings.csv:10: error: “日期”的“3月5日”不是有效的日期。请写成 YYYY-MM-DD，例如 2026-03-05。",
            "meetings.csv:11: error: “参加人数”应为人数（整数），这里写的是“三十”。请只填数字，例如 45。",
            "meetings.csv:12: error: “班级代码”是空的。请填写后重新导入。",
            "meetings.csv:13: error: 这一行有 5 格，但表头有 7 列。请检查是否多了或少了逗号；格子里有逗号时，要用英文双引号把整格括起来。",
            "meetings.csv:14: error: 班级 S001/2024-1 在 2026-03-05 的班会在第 2 行已经出现过，但内容不同（第 2 行是班会材料“who-to-tell”、主讲人“刘老师”、参加人数“40”，这一行是班会材料“who-to-tell”、主讲人“刘老师”、参加人数“41”）。请保留正确的一行，删掉另一行。",
        ])
        #expect(try database.count("meeting") == 0)
        // The same file without its bad rows: line 15 repeats line 2 in another date format, and
        // line 16 falls on the make-up Saturday.
        let good = meetings.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { [0, 1, 14, 15].contains($0.offset) }.map(\.element).joined(separator: "\n")
        let report = try database.importText(.meetings, good)
        #expect((report.added, report.skipped) == (2, 1))
        #expect(report.warnings.count == 1)
    }

    @Test func reportsBadLectureRows() throws {
        let database = try TrackerDatabase.withRoster()
        let lectures = """
        officer,school,date,topic,audience
        P01,S001,2026-03-04,认识校园欺凌,300
        P02,S001,2026-03-04,认识校园欺凌,
        P09,S001,2026-03-04,认识校园欺凌,
        P01,S002,2026-03-04,,
        P01,S001,2026-03-04,认识校园欺凌,200

        """
        #expect(diagnostics { try database.importText(.lectures, lectures) } == [
            "file.csv:3: error: 李检察官（P02）没有被分配到学校 S001。请检查学校代码，或先导入分配：campaign import assignments 分配.csv。",
            "file.csv:4: error: 编号“P09”的人员不存在。请检查编号，或先导入人员名单：campaign import officers 人员.csv。",
            "file.csv:5: error: “主题”是空的。请填写后重新导入。",
            "file.csv:6: error: 人员 P01 在学校 S001 于 2026-03-04 的宣讲在第 2 行已经出现过，但内容不同（第 2 行是主题“认识校园欺凌”、听众人数“300”，这一行是主题“认识校园欺凌”、听众人数“200”）。请保留正确的一行，删掉另一行。",
        ])
        #expect(try database.count("lecture") == 0)
    }

    @Test func aChangedRowConflictsWithTheStoredOne() throws {
        let database = try TrackerDatabase.withRoster()
        try database.importText(.meetings, "school,class,date,attendance\nS001,2024-1,2026-03-05,40\n")
        let changed = "school,class,date,attendance\nS001,2024-2,2026-03-05,38\nS001,2024-1,2026-03-05,45\n"
        #expect(diagnostics { try database.importText(.meetings, changed) } == [
            "file.csv:3: error: 班级 S001/2024-1 在 2026-03-05 的班会已经保存过，但内容不同：已保存的是参加人数“40”，这一行是参加人数“45”。如需更正，请先作废原记录：campaign meeting void 1 --reason 原因，再重新导入。",
        ])
        #expect(try database.count("meeting") == 1)
        let renamed = "code,name,county,city\nS001,城关第一小学,青禾县,示例市\n"
        #expect(diagnostics { try database.importText(.schools, renamed) } == [
            "file.csv:2: error: 学校代码 S001已经保存过，但内容不同：已保存的是学校名称“城关小学”、区县“青禾县”、市州“示例市”，这一行是学校名称“城关第一小学”、区县“青禾县”、市州“示例市”。导入不会覆盖已保存的数据。请让这一行与已保存的一致，或删掉这一行。",
        ])
    }

    @Test func rosterRowErrors() throws {
        let database = try TrackerDatabase.withRoster()
        let officers = "code,name,role\nP03,王法官,校长\nP04,,法治副校长\n"
        #expect(diagnostics { try database.importText(.officers, officers) } == [
            "file.csv:2: error: 职务“校长”不在可选范围内。请填写 法治副校长、护校民警、法治辅导员 之一。",
            "file.csv:3: error: “姓名”是空的。请填写后重新导入。",
        ])
        let assignments = "编号,学校代码\nP01,S009\nP07,S001\nP01,S003\n"
        #expect(diagnostics { try database.importText(.assignments, assignments) } == [
            "file.csv:2: error: 学校代码“S009”不存在。请检查代码，或先导入学校名单：campaign import schools 学校.csv。",
            "file.csv:3: error: 编号“P07”的人员不存在。请检查编号，或先导入人员名单：campaign import officers 人员.csv。",
        ])
        #expect(try database.count("assignment") == 3)
    }

    @Test func headerProblems() throws {
        let database = try TrackerDatabase.inMemory()
        #expect(diagnostics { try database.importText(.schools, "code,名称,Name,county\nS1,a,b,c\n") } == [
            "file.csv:1: warning: 不认识的列“名称”，已忽略。schools 文件可用的列有：code|学校代码, name|学校名称, county|区县, city|市州。",
            "file.csv:1: error: 表头缺少必填的列：“市州”（city）。第一行应为列名，可用的有：code|学校代码, name|学校名称, county|区县, city|市州。",
        ])
        #expect(diagnostics { try database.importText(.schools, "code,学校代码,name,county,city\n") } == [
            "file.csv:1: error: 第 1 列和第 2 列都是“学校代码”。请删掉多余的一列。",
        ])
        #expect(diagnostics { try database.importText(.schools, "") } == [
            "file.csv:1: error: 文件是空的。第一行应为列名：code|学校代码, name|学校名称, county|区县, city|市州。",
        ])
        // A header alone is an error (see HeaderOnlyImportTests).
        #expect(diagnostics { try database.importText(.schools, "code,name,county,city\r\n") } == [
            "file.csv:1: error: 文件只有表头，没有数据行。请在表头下面每行填写一条记录后再导入。",
        ])
    }

    @Test func readsGB18030FromExcel() throws {
        let database = try TrackerDatabase.inMemory()
        let text = "学校代码,学校名称,区县,市州\r\nS001,城关小学,青禾县,示例市\r\nS002,“育才”学校,河西区,示例市\r\n"
        let data = try #require(text.data(using: CSVText.gb18030))
        #expect(String(validating: data, as: UTF8.self) == nil)
        let report = try database.importCSV(.schools, data: data, path: "学校.csv", content: fixtureContent,
                                            today: day("2026-03-20"), actor: testActor)
        #expect(report.added == 2)
        let names = try database.writer.read { db in try String.fetchAll(db, sql: "SELECT name FROM school ORDER BY id") }
        #expect(names == ["城关小学", "“育才”学校"])
    }

    @Test func readsUTF8WithBOMAndCRLF() throws {
        let database = try TrackerDatabase.inMemory()
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("学校代码,学校名称,区县,市州\r\nS001,城关小学,青禾县,示例市\r\n".utf8)
        let report = try database.importCSV(.schools, data: data, path: "学校.csv", content: fixtureContent,
                                            today: day("2026-03-20"), actor: testActor)
        #expect((report.added, report.warnings) == (1, []))
        #expect(try database.writer.read { db in try String.fetchOne(db, sql: "SELECT city FROM school") } == "示例市")
    }

    @Test func refusesUTF16() throws {
        let database = try TrackerDatabase.inMemory()
        let data = Data([0xFF, 0xFE]) + Data("c".utf8)
        #expect(diagnostics {
            try database.importCSV(.schools, data: data, path: "学校.txt", content: fixtureContent,
                                   today: day("2026-03-20"), actor: testActor)
        } == ["学校.txt: error: 文件是 UTF-16（“Unicode 文本”）格式。请在 Excel 中“另存为”→“CSV UTF-8（逗号分隔）”后再导入。"])
    }

    @Test func quotedCommasAndNewlinesKeepLineNumbers() throws {
        let database = try TrackerDatabase.withRoster()
        let lectures = "officer,school,date,topic\r\n"
            + "P01,S001,2026-03-04,\"认识欺凌，\r\n学会求助\"\r\n"
            + "P01,S002,2026-03-04,\"“旁观者”\"\"也有责任\"\"\"\r\n"
            + "P01,S002,2026-03-07,周末宣讲\r\n"
        #expect(diagnostics { try database.importText(.lectures, lectures) } == [
            "file.csv:5: error: 日期 2026-03-07 是星期六，不是 2026-spring 学期的上课日。请检查日期；如果当天确实调休上课，请把它加到 Content/calendar/2026-spring.yaml 的 workdays 中。",
        ])
        let report = try database.importText(.lectures, lectures.replacingOccurrences(of: "2026-03-07", with: "2026-03-09"))
        #expect(report.added == 3)
        let topics = try database.writer.read { db in try String.fetchAll(db, sql: "SELECT topic FROM lecture ORDER BY id") }
        #expect(topics == ["认识欺凌，\n学会求助", "“旁观者”\"也有责任\"", "周末宣讲"])
    }

    @Test func unterminatedQuoteIsAnErrorOnTheLineWhereTheRecordStarts() throws {
        let database = try TrackerDatabase.inMemory()
        let text = "code,name,county,city\nS001,城关小学,青禾县,示例市\nS002,\"白鹭镇中学,青禾县,示例市\nS003,河西小学,河西区,示例市\n"
        #expect(diagnostics { try database.importText(.schools, text) } == [
            "file.csv:3: error: 这一行开始的英文双引号 \" 没有结束，从这里到文件末尾都无法读取。请检查是否少写了一个引号。",
        ])
        #expect(try database.count("school") == 0)
        let stray = "code,name,county,city\nS001,\"城关\"小学,青禾县,示例市\nS002,白鹭\"镇\"中学,青禾县,示例市\n"
        #expect(diagnostics { try database.importText(.schools, stray) } == [
            "file.csv:2: error: 引号结束后直接跟了其他文字。格子里的引号要写成两个 \"\"；用 Excel 重新另存为 CSV 可以自动改好。",
        ])
    }

    @Test func recordsScanLikeExcelWritesThem() {
        let scan = CSVRecords(text: "a,b\r\n\"x\ny\",\"\"\r\n,,\n\nlast,\"q\"\"\"")
        #expect(scan.problems == [])
        #expect(scan.records == [
            CSVRecord(line: 1, fields: ["a", "b"]),
            CSVRecord(line: 2, fields: ["x\ny", ""]),
            CSVRecord(line: 4, fields: ["", "", ""]),
            CSVRecord(line: 5, fields: [""]),
            CSVRecord(line: 6, fields: ["last", "q\""]),
        ])
        #expect(scan.records.map(\.isBlank) == [false, false, true, true, false])
        // With a quoting problem, the good records are still read one by one.
        let broken = CSVRecords(text: "a,b\n\"x\"y,c\nd,\"e,f\"\n")
        #expect(broken.problems == [.textAfterQuote(line: 2)])
        #expect(broken.records == [CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 3, fields: ["d", "e,f"])])
    }

    @Test func spreadsheetDates() {
        #expect(Day(spreadsheet: "2026/3/5") == day("2026-03-05"))
        #expect(Day(spreadsheet: "2026.03.05") == day("2026-03-05"))
        #expect(Day(spreadsheet: "2026年3月5日") == day("2026-03-05"))
        #expect(Day(spreadsheet: "5/3/2026") == nil)
        #expect(Day(spreadsheet: "2026-02-30") == nil)
        #expect(Day(spreadsheet: "2026-3-") == nil)
    }
}
