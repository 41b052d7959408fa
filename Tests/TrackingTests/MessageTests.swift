import CampaignCore
import Foundation
import Testing
@testable import Tracking

/// Messages a bureau clerk understands (issue 10, item 5).
@Suite struct MessageTests {
    let today = day("2026-03-20")

    @Test func datesPastTheEndOfTheMonthSayHowLongTheMonthIs() throws {
        #expect(Day.spreadsheetProblem("2026/9/31") == .noSuchDay(year: 2026, month: 9, days: 30))
        #expect(Day.spreadsheetProblem("2026/9/31")?.advice == "2026 年 9 月只有 30 天。请检查日期。")
        #expect(Day.spreadsheetProblem("2026-02-29")?.advice == "2026 年 2 月只有 28 天。请检查日期。")
        #expect(Day.spreadsheetProblem("2028年2月30日")?.advice == "2028 年 2 月只有 29 天。请检查日期。")
        #expect(Day.spreadsheetProblem("2100.2.29")?.advice == "2100 年 2 月只有 28 天。请检查日期。")
        #expect(Day.spreadsheetProblem("2026/4/0") == .unreadable)
        #expect(Day.spreadsheetProblem("2026/13/1")?.advice == "一年只有 12 个月，没有 13 月。请检查日期。")
        #expect(Day.spreadsheetProblem("3月5日") == .unreadable)
        #expect(Day.spreadsheetProblem("2028/2/29") == nil)
        #expect(Day.spreadsheetProblem("2000-02-29") == nil)

        let database = try TrackerDatabase.withRoster()
        #expect(diagnostics {
            try database.importText(.meetings, "school,class,date\nS001,2024-1,2026/2/30\n", name: "班会.csv")
        } == ["班会.csv:2: error: “日期”的“2026/2/30”不是有效的日期。2026 年 2 月只有 28 天。请检查日期。"])
    }

    @Test func dateFlagsTakeTheSpellingsOfTheCSV() throws {
        #expect(try Day("2026/11/24", flag: "--as-of") == day("2026-11-24"))
        #expect(try Day("2026年11月24日", flag: "--as-of") == day("2026-11-24"))
        #expect(try Day(" 2026.11.4 ", flag: "--since") == day("2026-11-04"))
        #expect(throws: UserError("--as-of 的日期“2026/9/31”不是有效的日期。2026 年 9 月只有 30 天。请检查日期。")) {
            try Day("2026/9/31", flag: "--as-of")
        }
        #expect(throws: UserError("--since 的日期“11/24”不是有效的日期。请写成 YYYY-MM-DD，例如 2026-03-05。")) {
            try Day("11/24", flag: "--since")
        }
    }

    @Test func aClassGivenByItsNameSuggestsItsCode() throws {
        let database = try TrackerDatabase.withRoster()
        #expect(throws: UserError("“一年级(1)班”是班级名称，班级代码是“2024-1”。请在班级代码一栏填写“2024-1”。")) {
            try database.log(NewMeeting(school: "S001", schoolClass: "一年级(1)班", date: "2026-03-05"),
                             content: fixtureContent, today: today, actor: testActor)
        }
        #expect(diagnostics {
            try database.importText(.meetings, "school,class,date\nS001,一年级（2）班,2026-03-05\nS002,一年级(1)班,2026-03-05\n")
        } == [
            "file.csv:2: error: “一年级（2）班”是班级名称，班级代码是“2024-2”。请在班级代码一栏填写“2024-2”。",
            "file.csv:3: error: 学校 S002 没有班级代码为“一年级(1)班”的班级。请检查代码，或先导入班级名单：campaign import classes 班级.csv。",
        ])
    }

    private let titledContent = TrackerContent(
        calendars: [fixtureTerm], kits: ["who-to-tell", "kind-words"],
        kitTitles: ["kind-words": "好好说话，不起外号", "who-to-tell": "求助有门：身边的求助渠道"])

    @Test func aKitMayBeNamedByItsTitle() throws {
        let database = try TrackerDatabase.withRoster()
        let logged = try database.log(NewMeeting(school: "S001", schoolClass: "2024-1", date: "2026-03-05",
                                                 kit: "好好说话 不起外号"),
                                      content: titledContent, today: today, actor: testActor)
        #expect(try database.meetings().map(\.kit) == ["kind-words"])
        #expect(logged == LogResult(id: 1, isNew: true))
        #expect(throws: UserError("班会材料“好好说话”不存在。最接近的是：好好说话，不起外号（kind-words）。请填写材料包的标题或文件夹名，或留空。")) {
            try database.log(NewMeeting(school: "S001", schoolClass: "2024-2", date: "2026-03-05", kit: "好好说话"),
                             content: titledContent, today: today, actor: testActor)
        }
        #expect(throws: UserError("班会材料“who-to-tel”不存在。最接近的是：求助有门：身边的求助渠道（who-to-tell）。请填写材料包的标题或文件夹名，或留空。")) {
            try database.log(NewMeeting(school: "S001", schoolClass: "2024-2", date: "2026-03-05", kit: "who-to-tel"),
                             content: titledContent, today: today, actor: testActor)
        }
    }

    @Test func kitTitlesAreReadFromFrontMatter() throws {
        #expect(TrackerContent.kitTitle(frontMatterOf: "---\ntitle: 好好说话，不起外号\nduration: 40\n---\n# x") == "好好说话，不起外号")
        #expect(TrackerContent.kitTitle(frontMatterOf: "---\ntitle: \"欺凌不是“小事”\"\n---\n") == "欺凌不是“小事”")
        #expect(TrackerContent.kitTitle(frontMatterOf: "---\nsummary: s\n---\ntitle: body\n") == nil)
        let content = try TrackerContent.load(from: repositoryContent)
        #expect(content.kitTitles["law-and-consequences"] == "欺凌不是“小事”：法律与后果")
        #expect(content.kitSlug(for: "遇到欺负要说出来") == "tell-an-adult")
    }

    @Test func blankOptionalFieldsAreLeftOutOfConflicts() throws {
        #expect(RowSummary.text(["班会材料": nil, "主讲人": "", "参加人数": "40"]) == "参加人数“40”")
        #expect(RowSummary.text(["班会材料": nil, "主讲人": nil]) == "空白（未填写班会材料、主讲人）")
        #expect(OfficerValues(name: "张警官", role: .schoolPolice, phone: nil).summary == "姓名“张警官”、职务“护校民警”")
        #expect(MeetingValues(kit: "kind-words", teacher: nil, attendance: 40).summary == "班会材料“kind-words”、参加人数“40”")
    }

    @Test func voidingAnUnknownIDNamesTheListCommand() throws {
        let database = try TrackerDatabase.withRoster()
        #expect(throws: UserError("没有编号为 9 的宣讲记录。请用 campaign lecture list 查看编号。")) {
            try database.voidLecture(id: 9, reason: "x", actor: testActor)
        }
    }

    @Test func excelWorkbooksAreNamedWithHowToSaveThemAsCSV() throws {
        let database = try TrackerDatabase.inMemory()
        let xlsx = Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])
        #expect(diagnostics {
            try database.importCSV(.classes, data: xlsx, path: "名单/班级.xlsx", content: fixtureContent, today: today,
                                   actor: testActor)
        } == ["名单/班级.xlsx: error: 这是 Excel 工作簿（.xlsx），不是 CSV 文件。请用 Excel 或 WPS 打开 班级.xlsx，"
              + "选“文件”→“另存为”，保存类型选“CSV UTF-8（逗号分隔）(*.csv)”，再导入另存的 班级.csv。"])
        let xls = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00])
        #expect(diagnostics {
            try database.importCSV(.schools, data: xls, path: "学校.xls", content: fixtureContent, today: today,
                                   actor: testActor)
        } == ["学校.xls: error: 这是 Excel（.xls）或 WPS 表格（.et）工作簿，不是 CSV 文件。请用 Excel 或 WPS 打开 学校.xls，"
              + "选“文件”→“另存为”，保存类型选“CSV UTF-8（逗号分隔）(*.csv)”，再导入另存的 学校.csv。"])
        #expect(try database.count("school") == 0)
    }

    @Test func codesThatExcelWouldConvertStayText() {
        let converted = ["2021-1", "3-12", "2024/9/1", "3.10", "8:30", "0012", "123456789012", "12E3"]
        let kept = ["2024级3班", "S001", "QH01", "12345678901", "0", "12", "P-01", "1-A", "-5"]
        #expect(converted.filter(SpreadsheetCSV.spreadsheetWouldConvert) == converted)
        #expect(kept.filter(SpreadsheetCSV.spreadsheetWouldConvert) == [])
        let document = SpreadsheetCSV.document(header: ["学校代码", "班级代码", "班级名称", "编号", "日期"],
                                               rows: [["0012", "2021-1", "2021-1", "12", "2026-03-05"],
                                                      ["S001", "-1", "=1+1", "7", ""]])
        #expect(Array(document.utf8) == Array(("\u{FEFF}学校代码,班级代码,班级名称,编号,日期\r\n"
            + "\"=\"\"0012\"\"\",\"=\"\"2021-1\"\"\",2021-1,12,2026-03-05\r\n"
            + "S001,'-1,'=1+1,7,\r\n").utf8))
    }
}
