import CampaignCore
import Foundation
import GRDB
import Testing
@testable import Tracking

@Suite struct CheckTests {
    // The fixture term has 20 school days; with n = 2 the due dates are 03-14 (a make-up Saturday)
    // and 03-27, the last day. With n = 1 the only due date is 03-27.
    @Test func statusAtTheBoundaries() {
        let onDue = TermProgress(term: fixtureTerm, asOf: day("2026-03-14"), required: 2)
        #expect(onDue.dueDates == [day("2026-03-14"), day("2026-03-27")])
        #expect(onDue.status(held: 0) == .onTrack)           // due today is not yet overdue
        #expect(onDue.nextDue(held: 0) == day("2026-03-14"))
        let dayAfter = TermProgress(term: fixtureTerm, asOf: day("2026-03-15"), required: 2)
        #expect(dayAfter.status(held: 0) == .behind)
        #expect(dayAfter.status(held: 1) == .onTrack)
        #expect(dayAfter.nextDue(held: 1) == day("2026-03-27"))
        let lastDay = TermProgress(term: fixtureTerm, asOf: day("2026-03-27"), required: 2)
        #expect(lastDay.status(held: 1) == .onTrack)
        #expect(lastDay.status(held: 0) == .behind)
        #expect(lastDay.status(held: 2) == .met)
        #expect(lastDay.nextDue(held: 2) == nil)
        let after = TermProgress(term: fixtureTerm, asOf: day("2026-03-28"), required: 2)
        #expect(after.status(held: 1) == .missed)
        #expect(after.nextDue(held: 1) == day("2026-03-27"))
        #expect(after.status(held: 3) == .met)
        let before = TermProgress(term: fixtureTerm, asOf: day("2026-02-20"), required: 2)
        #expect(before.status(held: 0) == .onTrack)
        let none = TermProgress(term: fixtureTerm, asOf: day("2026-03-28"), required: 0)
        #expect(none.status(held: 0) == .met)
        #expect(none.nextDue(held: 0) == nil)
    }

    @Test func entriesOnTheFirstAndLastDayCountAndOthersDoNot() throws {
        let database = try TrackerDatabase.withRoster()
        try database.importText(.meetings, """
            school,class,date
            S001,2024-1,2026-03-02
            S001,2024-1,2026-03-27
            S001,2024-2,2026-03-27

            """, today: day("2026-03-31"))
        // Entries outside the term (written directly: the importer refuses them) never count.
        try database.writer.write { db in
            for date in ["2026-02-27", "2026-03-30"] {
                var meeting = ClassMeeting(classId: 2, date: day(date), loggedAt: "2026-03-31T00:00:00Z")
                try meeting.insert(db)
            }
        }
        let onLastDay = try database.complianceReport(term: fixtureTerm, asOf: day("2026-03-27"), rules: Rules())
        #expect(onLastDay.classes.map(\.held) == [2, 1, 0, 0])
        #expect(onLastDay.classes.map(\.status) == [.met, .onTrack, .behind, .behind])
        // As of the day before the last, the last day's entries do not count yet.
        let dayBefore = try database.complianceReport(term: fixtureTerm, asOf: day("2026-03-26"), rules: Rules())
        #expect(dayBefore.classes.map(\.held) == [1, 0, 0, 0])
        #expect(dayBefore.classes.map(\.status) == [.onTrack, .behind, .behind, .behind])
        let afterTerm = try database.complianceReport(term: fixtureTerm, asOf: day("2026-04-30"), rules: Rules())
        #expect(afterTerm.classes.map(\.status) == [.met, .missed, .missed, .missed])
        #expect(afterTerm.officers.map(\.status) == [.missed, .missed, .missed])
        #expect(afterTerm.hasProblems)
    }

    @Test func rulesOtherThanTwoAndOne() throws {
        let database = try TrackerDatabase.withRoster()
        try database.importText(.meetings, "school,class,date\nS001,2024-1,2026-03-03\nS001,2024-1,2026-03-12\n")
        try database.importText(.lectures, "officer,school,date,topic\nP01,S001,2026-03-04,认识欺凌\n")
        let rules = Rules(classMeetingsPerTerm: 3, officerLecturesPerTerm: 2)
        // n = 3 over 20 days: due on school days 7, 14 and 20 (03-10, 03-19, 03-27); n = 2: 03-14 and 03-27.
        let report = try database.complianceReport(term: fixtureTerm, asOf: day("2026-03-20"), rules: rules)
        let first = try #require(report.classes.first)
        #expect((first.held, first.required, first.status, first.nextDue) == (2, 3, .onTrack, day("2026-03-27")))
        #expect(report.classes[1].status == .behind)
        #expect(report.classes[1].nextDue == day("2026-03-10"))
        let lecture = try #require(report.officers.first)
        #expect((lecture.held, lecture.required, lecture.status, lecture.nextDue) == (1, 2, .onTrack, day("2026-03-27")))
        #expect(report.officers[1].status == .behind)
    }

    /// The fixture of the JSON test: met, on-track, behind, and behind because its only entry was voided.
    func smallFixture() throws -> TrackerDatabase {
        let database = try TrackerDatabase.withRoster()
        try database.importText(.meetings, """
            school,class,date,kit
            S001,2024-1,2026-03-02,who-to-tell
            S001,2024-1,2026-03-16,kind-words
            S001,2024-2,2026-03-09,
            S003,2022-1,2026-03-05,

            """)
        try database.importText(.lectures, "officer,school,date,topic\nP01,S001,2026-03-04,认识欺凌\n")
        try database.voidMeeting(id: 4, reason: "日期填错", actor: testActor)
        return database
    }

    @Test func jsonHasExactlyTheKeysOfTheIssue() throws {
        let report = try smallFixture().complianceReport(term: fixtureTerm, asOf: day("2026-03-20"), rules: Rules())
        #expect(report.jsonText == """
            {
              "term": "2026-spring",
              "asOf": "2026-03-20",
              "schoolDays": 20,
              "classes": [
                {"school": "S001", "class": "2024-1", "name": "一年级(1)班", "held": 2, "required": 2, "status": "met", "nextDue": null, "warning": null},
                {"school": "S001", "class": "2024-2", "name": "一年级(2)班", "held": 1, "required": 2, "status": "on-track", "nextDue": "2026-03-27", "warning": null},
                {"school": "S002", "class": "2023-1", "name": "初二(1)班", "held": 0, "required": 2, "status": "behind", "nextDue": "2026-03-14", "warning": "midterm"},
                {"school": "S003", "class": "2022-1", "name": "五年级(1)班", "held": 0, "required": 2, "status": "behind", "nextDue": "2026-03-14", "warning": "midterm"}
              ],
              "officers": [
                {"officer": "P01", "name": "张警官", "school": "S001", "held": 1, "required": 1, "status": "met", "nextDue": null, "warning": null},
                {"officer": "P01", "name": "张警官", "school": "S002", "held": 0, "required": 1, "status": "on-track", "nextDue": "2026-03-27", "warning": "midterm"},
                {"officer": "P02", "name": "李检察官", "school": "S003", "held": 0, "required": 1, "status": "on-track", "nextDue": "2026-03-27", "warning": "midterm"}
              ],
              "visits": [
                {"officer": "P01", "name": "张警官", "school": "S001", "weeksMet": 0, "weeksElapsed": 3, "status": "behind", "missedWeeks": ["2026-03-02", "2026-03-09", "2026-03-16"]},
                {"officer": "P01", "name": "张警官", "school": "S002", "weeksMet": 0, "weeksElapsed": 3, "status": "behind", "missedWeeks": ["2026-03-02", "2026-03-09", "2026-03-16"]}
              ],
              "hours": [
                {"officer": "P02", "name": "李检察官", "school": "S003", "held": 0, "required": 4, "status": "behind", "nextDue": null}
              ],
              "uncovered": [
                {"school": "S003", "name": "河西小学", "missing": ["护校民警"]}
              ],
              "summary": {
                "classes": {"met": 1, "on-track": 1, "behind": 2, "missed": 0},
                "officers": {"met": 1, "on-track": 2, "behind": 0, "missed": 0},
                "visits": {"met": 0, "on-track": 0, "behind": 2, "missed": 0},
                "hours": {"met": 0, "on-track": 0, "behind": 1, "missed": 0},
                "uncovered": 1
              }
            }

            """)
        #expect(try JSONSerialization.jsonObject(with: Data(report.jsonText.utf8)) is [String: Any])
    }

    @Test func filtersBySchoolAndCounty() throws {
        let database = try smallFixture()
        let school = try database.complianceReport(term: fixtureTerm, asOf: day("2026-03-20"), rules: Rules(), scope: CheckScope(school: "S001"))
        #expect(school.classes.map(\.code) == ["2024-1", "2024-2"])
        #expect(school.officers.map(\.schoolCode) == ["S001"])
        let county = try database.complianceReport(term: fixtureTerm, asOf: day("2026-03-20"), rules: Rules(), scope: CheckScope(county: "河西区"))
        #expect(county.classes.map(\.schoolCode) == ["S003"])
        #expect(county.officers.map(\.code) == ["P02"])
        #expect(throws: UserError("没有学校代码为“S404”的学校。请检查 --school，或先导入学校名单。")) {
            try database.complianceReport(term: fixtureTerm, asOf: day("2026-03-20"), rules: Rules(), scope: CheckScope(school: "S404"))
        }
        #expect(throws: UserError("没有区县为“东区”的学校。请检查 --county（已有的区县：河西区、青禾县）。")) {
            try database.complianceReport(term: fixtureTerm, asOf: day("2026-03-20"), rules: Rules(), scope: CheckScope(county: "东区"))
        }
    }

    @Test func tableGroupsByCountyAndSchoolAndNamesWhoIsBehind() throws {
        let report = try smallFixture().complianceReport(term: fixtureTerm, asOf: day("2026-03-20"), rules: Rules())
        #expect(report.table == """
            2025—2026学年第二学期（2026-spring），截至 2026-03-20，第 15/20 个上课日
            要求：每班每学期主题班会 2 次；每人在所服务的每所学校每学期宣讲 1 次
                  护校民警每周到校 1 次；法治副校长每学年 4 课时；每所学校须有护校民警

            河西区
              河西小学（S003）
                班会 1 个班：已完成 0，进度正常 0，落后 1，未完成 0
                宣讲 1 人次：已完成 0，进度正常 1，落后 0，未完成 0
                课时 1 人次：已完成 0，进度正常 0，落后 1，未完成 0
                缺少    护校民警
                落后    五年级(1)班                 已开 0/2  应于 2026-03-14 前完成第 1 次
                提醒    李检察官 P02（法治副校长）  已讲 0/1  学期已过半，还不到要求的一半
                落后    李检察官 P02（法治副校长）  课时 0/4  第 1 课时已到期

            青禾县
              城关小学（S001）
                班会 2 个班：已完成 1，进度正常 1，落后 0，未完成 0
                宣讲 1 人次：已完成 1，进度正常 0，落后 0，未完成 0
                到校 1 人次：已完成 0，进度正常 0，落后 1，未完成 0
                落后    张警官 P01（护校民警）      到校 0/3 周  缺 03-02、03-09 等 3 周
              白鹭镇中学（S002）
                班会 1 个班：已完成 0，进度正常 0，落后 1，未完成 0
                宣讲 1 人次：已完成 0，进度正常 1，落后 0，未完成 0
                到校 1 人次：已完成 0，进度正常 0，落后 1，未完成 0
                落后    初二(1)班                   已开 0/2  应于 2026-03-14 前完成第 1 次
                提醒    张警官 P01（护校民警）      已讲 0/1  学期已过半，还不到要求的一半
                落后    张警官 P01（护校民警）      到校 0/3 周  缺 03-02、03-09 等 3 周

            合计
              班会 4 个班：已完成 1，进度正常 1，落后 2，未完成 0
              宣讲 3 人次：已完成 1，进度正常 2，落后 0，未完成 0
              到校 2 人次：已完成 0，进度正常 0，落后 2，未完成 0
              课时 1 人次：已完成 0，进度正常 0，落后 1，未完成 0
              缺少人员的学校 1 所

            """)
        let missed = try smallFixture().complianceReport(term: fixtureTerm, asOf: day("2026-04-01"), rules: Rules())
        for line in missed.table.split(separator: "\n") {
            #expect(TerminalText.width(String(line)) <= 80, "\(line)")
        }
        #expect(missed.table.contains("\n    未完成  李检察官 P02（法治副校长）  已讲 0/1  学期已结束\n"))
        #expect(missed.table.contains("\n    未完成  一年级(2)班                 已开 1/2  学期已结束\n"))
    }

    @Test func csvOpensInExcelAndNeverRunsAFormula() throws {
        let database = try TrackerDatabase.withRoster()
        try database.importText(.classes, "school,code,name,grade,teacher\nS003,=1+1,\"=HYPERLINK(\"\"x\"\"),1\",五年级,@吴\n")
        let report = try database.complianceReport(term: fixtureTerm, asOf: day("2026-03-20"), rules: Rules(), scope: CheckScope(school: "S003"))
        #expect(report.csv == "\u{FEFF}类型,区县,学校代码,学校名称,代码,名称,已开展,要求,状态,下次截止,提醒,说明\r\n"
            + "班会,河西区,S003,河西小学,\"=\"\"2022-1\"\"\",五年级(1)班,0,2,落后,2026-03-14,过半未达一半,\r\n"
            + "班会,河西区,S003,河西小学,'=1+1,\"'=HYPERLINK(\"\"x\"\"),1\",0,2,落后,2026-03-14,过半未达一半,\r\n"
            + "宣讲（法治副校长）,河西区,S003,河西小学,P02,李检察官,0,1,进度正常,2026-03-27,过半未达一半,\r\n"
            + "课时（法治副校长）,河西区,S003,河西小学,P02,李检察官,0,4,落后,,,\r\n"
            + "缺少人员,河西区,S003,河西小学,,,,,缺少,,,缺少护校民警\r\n")
        #expect(SpreadsheetCSV.cell("-5") == "'-5")
        #expect(SpreadsheetCSV.cell("+86 138") == "'+86 138")
        #expect(SpreadsheetCSV.cell("a\nb") == "\"a\nb\"")
    }
}
