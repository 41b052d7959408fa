import CampaignCore
import Foundation
import Testing
@testable import Tracking

@Suite struct CalendarTests {
    func shipped() throws -> TrackerContent {
        try TrackerContent.load(from: repositoryContent)
    }

    @Test func shippedCalendarsLoadWithoutWarnings() throws {
        let content = try shipped()
        #expect(content.calendars.map(\.id) == ["2025-autumn", "2026-spring", "2026-autumn"])
        #expect(content.warnings == [])
        #expect(content.rules == Rules(classMeetingsPerTerm: 2, officerLecturesPerTerm: 1))
        #expect(content.kits.contains("who-to-tell"))
    }

    @Test func autumn2025HolidaysAndMakeUpDays() throws {
        let term = try #require(try shipped().term(id: "2025-autumn"))
        #expect(term.schoolDays.count == 100)
        #expect(term.isSchoolDay(day("2025-09-28")))   // Sunday, 国庆 make-up day
        #expect(term.isSchoolDay(day("2025-10-11")))   // Saturday, make-up day
        #expect(!term.isSchoolDay(day("2025-10-08")))  // Wednesday in the holiday
        #expect(!term.isSchoolDay(day("2026-01-02")))  // 元旦
        #expect(term.isSchoolDay(day("2026-01-04")))   // Sunday, 元旦 make-up day
        #expect(term.holiday(on: day("2025-10-06"))?.name == "国庆节、中秋节")
    }

    @Test func spring2026IgnoresMakeUpDaysInTheVacation() throws {
        let term = try #require(try shipped().term(id: "2026-spring"))
        #expect(term.schoolDays.count == 91)
        #expect(term.schoolDays.first == day("2026-03-02"))
        #expect(term.schoolDays.last == day("2026-07-10"))
        #expect(!term.isSchoolDay(day("2026-02-28")))  // make-up Saturday before the term starts
        #expect(!term.isSchoolDay(day("2026-04-06")))  // 清明, a Monday
        #expect(!term.isSchoolDay(day("2026-05-05")))  // 劳动节, a Tuesday
        #expect(term.isSchoolDay(day("2026-05-09")))   // Saturday make-up day
        #expect(!term.isSchoolDay(day("2026-05-10")))  // an ordinary Sunday
        #expect(!term.isSchoolDay(day("2026-06-19")))  // 端午
    }

    @Test func autumn2026() throws {
        let content = try shipped()
        let term = try #require(content.term(id: "2026-autumn"))
        #expect(term.schoolDays.count == 99)
        #expect(term.isSchoolDay(day("2026-09-20")))
        #expect(term.isSchoolDay(day("2026-10-10")))
        #expect(!term.isSchoolDay(day("2026-09-25")))
        #expect(!term.isSchoolDay(day("2026-10-07")))
        #expect(!term.isSchoolDay(day("2027-01-01")))
        #expect(term.schoolDayNumber(of: day("2026-11-24")) == 57)
        #expect(content.currentTerm(on: day("2026-11-24"))?.id == "2026-autumn")
        #expect(content.currentTerm(on: day("2026-08-01"))?.id == "2026-spring")
        #expect(content.currentTerm(on: day("2025-08-01")) == nil)
    }

    @Test func dueDatesSpreadOverTheTerm() throws {
        let content = try shipped()
        let spring = try #require(content.term(id: "2026-spring"))
        #expect(spring.dueDates(count: 2) == [day("2026-05-08"), day("2026-07-10")])
        #expect(spring.dueDates(count: 3) == [day("2026-04-14"), day("2026-05-28"), day("2026-07-10")])
        #expect(spring.dueDates(count: 1) == [day("2026-07-10")])
        #expect(spring.dueDates(count: 0) == [])
        let autumn = try #require(content.term(id: "2026-autumn"))
        #expect(autumn.dueDates(count: 2) == [day("2026-11-13"), day("2027-01-22")])
        // 20 school days: ceil(1·20/2) = 10, ceil(2·20/2) = 20; the fixture's 10th school day is
        // the make-up Saturday 03-14.
        #expect(fixtureTerm.schoolDays.count == 20)
        #expect(fixtureTerm.dueDates(count: 2) == [day("2026-03-14"), day("2026-03-27")])
        #expect(fixtureTerm.dueDates(count: 3) == [day("2026-03-10"), day("2026-03-19"), day("2026-03-27")])
    }

    @Test func reportsBadCalendarLines() {
        let yaml = """
        id: 2026-spring
        name: 第二学期
        start: 2026-03-02
        end: 2026-07-10
        holidays:
          - {from: 2026-04-04, to: 2026-04-06, name: 清明节}
          - 2026-6-19
          - {from: 2026-05-05, to: 2026-05-01}
          - {to: 2026-05-01}
        workdays:
          - 2026-05-08
        colour: blue
        """
        let (calendar, diagnostics) = TermCalendar.parse(yaml: yaml, path: "Content/calendar/2026-spring.yaml",
                                                         expectedID: "2026-spring")
        #expect(calendar == nil)
        #expect(diagnostics.map(\.description) == [
            "Content/calendar/2026-spring.yaml:12: warning: 不认识的设置项“colour”，已忽略。可用的有：end, holidays, id, name, start, workdays。",
            "Content/calendar/2026-spring.yaml:7: error: “holidays”的日期“2026-6-19”不存在或格式不对，请写成 YYYY-MM-DD，例如 2026-03-02。",
            "Content/calendar/2026-spring.yaml:8: error: 假期的结束日期 2026-05-01 早于开始日期 2026-05-05。",
            "Content/calendar/2026-spring.yaml:9: error: 这一项假期缺少 from 或 to。请写成 {from: 2026-04-04, to: 2026-04-06, name: 清明节}。",
            "Content/calendar/2026-spring.yaml:11: warning: 2026-05-08 不是周末，本来就是上课日，不必写进 workdays。",
        ])
    }

    @Test func reportsMissingFieldsAndMismatchedID() {
        let yaml = "id: 2026-autumn\nstart: 2026-09-01\nend: 2026-08-01\n"
        let (calendar, diagnostics) = TermCalendar.parse(yaml: yaml, path: "c/2026-spring.yaml",
                                                         expectedID: "2026-spring")
        #expect(calendar == nil)
        #expect(diagnostics.map(\.description) == [
            "c/2026-spring.yaml:1: error: 学期编号 id 是“2026-autumn”，但文件名是 2026-spring.yaml。请让两者一致。",
            "c/2026-spring.yaml:1: error: 缺少必填项“name”。请在开头的设置部分加上 name: …",
            "c/2026-spring.yaml:3: error: 学期结束日期 2026-08-01 早于开始日期 2026-09-01。请检查 start 和 end。",
        ])
    }

    @Test func loadingAFolderReportsEveryBadFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write("id: 2026-spring\nname: x\nstart: 2026-03-02\nend: 2026-13-01\n", to: "calendar/2026-spring.yaml")
        try folder.write("class_meetings_per_term: two\n", to: "rules.yaml")
        #expect {
            try TrackerContent.load(from: folder.url)
        } throws: { error in
            let lines = (error as? DiagnosticsError)?.diagnostics.map(\.description) ?? []
            return lines == [
                "\(folder.url.path)/calendar/2026-spring.yaml:4: error: “end”的日期“2026-13-01”不存在或格式不对，请写成 YYYY-MM-DD，例如 2026-03-02。",
                "\(folder.url.path)/rules.yaml:1: error: “class_meetings_per_term”应为整数，这里写的是“two”。",
            ]
        }
    }

    @Test func rulesDefaultWhenKeysAreAbsent() {
        #expect(Rules.parse(yaml: "officer_lectures_per_term: 3\n", path: "rules.yaml").rules
                == Rules(classMeetingsPerTerm: 2, officerLecturesPerTerm: 3))
        #expect(Rules.parse(yaml: "# nothing yet\n", path: "rules.yaml").rules == Rules())
    }
}
