import CampaignCore
import Foundation
import GRDB
import Testing
@testable import Tracking

/// A county through two school years: rosters by term, a rollover, a teacher change, a class that
/// ends, an officer who moves schools, weekly visits and 课时, and a void recorded after a report.
/// Five fixture terms of two school-day weeks each (no holidays), so every number can be worked out
/// by hand: with D = 10 and n = 2 the meetings are due on school days 5 and 10 (Fri of each week).
@Suite struct SchoolYearsTests {
    static let autumn2025 = TermCalendar(id: "2025-autumn", name: "2025—2026学年第一学期",
                                         start: day("2025-09-01"), end: day("2025-09-12"))
    static let spring2026 = TermCalendar(id: "2026-spring", name: "2025—2026学年第二学期",
                                         start: day("2026-03-02"), end: day("2026-03-13"))
    static let autumn2026 = TermCalendar(id: "2026-autumn", name: "2026—2027学年第一学期",
                                         start: day("2026-09-07"), end: day("2026-09-18"))
    static let spring2027 = TermCalendar(id: "2027-spring", name: "2026—2027学年第二学期",
                                         start: day("2027-03-01"), end: day("2027-03-12"))
    static let autumn2027 = TermCalendar(id: "2027-autumn", name: "2027—2028学年第一学期",
                                         start: day("2027-09-06"), end: day("2027-09-17"))
    static let content = TrackerContent(calendars: [autumn2025, spring2026, autumn2026, spring2027, autumn2027],
                                        rules: Rules(), kits: ["who-to-tell"])

    /// An instant on a Beijing day, 10:00 local time.
    static func at(_ text: String) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day(text).ordinal) * 86_400 + 2 * 3600)
    }

    static func check(_ database: TrackerDatabase, _ term: TermCalendar, asOf: String, knownOn: String? = nil,
                      scope: CheckScope = CheckScope()) throws -> ComplianceReport {
        try database.complianceReport(term: term, asOf: day(asOf), rules: content.rules, scope: scope,
                                      knownOn: knownOn.map(day), schoolYear: content.schoolYear(of: term))
    }

    static func roster(_ database: TrackerDatabase, _ kind: ImportKind, _ text: String, term: TermCalendar,
                       now: String, dryRun: Bool = false) throws -> RosterPlan {
        try database.importRoster(kind, data: Data(text.utf8), path: "\(kind.rawValue).csv", term: term,
                                  dryRun: dryRun, actor: testActor, now: at(now))
    }

    static func log(_ database: TrackerDatabase, _ kind: ImportKind, _ text: String, now: String) throws {
        _ = try database.importCSV(kind, data: Data(text.utf8), path: "\(kind.rawValue).csv", content: content,
                                   today: day(now), actor: testActor, now: at(now))
    }

    /// The 2026 spring term: two schools, three classes, a school police officer at S1 and a legal
    /// vice-principal at both; S2 has no police officer.
    static func spring() throws -> TrackerDatabase {
        let database = try TrackerDatabase.inMemory()
        try log(database, .schools, "code,name,county,city\nS1,城关中学,青禾县,示例市\nS2,河西小学,青禾县,示例市\n",
                now: "2026-02-20")
        _ = try roster(database, .officers, "code,name,role\nP1,张警官,护校民警\nP2,李检察官,法治副校长\n",
                       term: spring2026, now: "2026-02-20")
        let classes = try roster(database, .classes, """
            school,code,name,grade,teacher
            S1,2024级1班,八年级(1)班,八年级,刘老师
            S1,2023级1班,九年级(1)班,九年级,陈老师
            S2,2021级1班,六年级(1)班,六年级,吴老师

            """, term: spring2026, now: "2026-02-20")
        #expect(classes.count(.add) == 3)
        _ = try roster(database, .assignments, "officer,school\nP1,S1\nP2,S1\nP2,S2\n", term: spring2026,
                       now: "2026-02-20")
        try log(database, .meetings, """
            school,class,date
            S1,2024级1班,2026-03-04
            S1,2024级1班,2026-03-11
            S1,2023级1班,2026-03-05

            """, now: "2026-03-13")
        try log(database, .lectures, """
            officer,school,date,topic,hours
            P2,S1,2026-03-06,欺凌与法律责任,2
            P1,S1,2026-03-10,遇到欺凌怎么办,

            """, now: "2026-03-13")
        try log(database, .visits, "officer,school,date\nP1,S1,2026-03-03\n", now: "2026-03-13")
        return database
    }

    @Test func springAtMidTermAndAfterTheEnd() throws {
        let database = try Self.spring()
        // 03-09 is school day 6: the first meeting was due on 03-06 (day 5), the middle school day.
        let midterm = try Self.check(database, Self.spring2026, asOf: "2026-03-09")
        #expect(midterm.classes.map { "\($0.name) \($0.held) \($0.status.rawValue) \($0.warning?.rawValue ?? "-")" } == [
            "九年级(1)班 1 on-track -", "八年级(1)班 1 on-track -", "六年级(1)班 0 behind midterm",
        ])
        #expect(midterm.officers.map { "\($0.code)@\($0.schoolCode) \($0.held) \($0.status.rawValue) \($0.warning?.rawValue ?? "-")" } == [
            "P1@S1 0 on-track midterm", "P2@S1 1 met -", "P2@S2 0 on-track midterm",
        ])
        // One elapsed week (03-02 to 03-06) with its visit; the week of 03-09 is not over.
        #expect(midterm.visits.map { "\($0.officerCode)@\($0.schoolCode) \($0.weeksMet)/\($0.weeksElapsed) \($0.status.rawValue)" }
            == ["P1@S1 1/1 on-track"])
        // 2025–26 has 20 school days: 课时 due on 2025-09-05, 2025-09-12, 2026-03-06 and 2026-03-13; three before 03-09.
        #expect(midterm.hours.map { "\($0.code)@\($0.schoolCode) \($0.held)/\($0.required) \($0.status.rawValue) \($0.nextDue?.description ?? "-")" } == [
            "P2@S1 2/4 behind 2026-03-06", "P2@S2 0/4 behind 2025-09-05",
        ])
        #expect(midterm.uncovered == [UncoveredSchool(county: "青禾县", code: "S2", name: "河西小学", missing: ["护校民警"])])

        let after = try Self.check(database, Self.spring2026, asOf: "2026-03-16")
        #expect(after.classes.map(\.status) == [.missed, .met, .missed])
        #expect(after.officers.map(\.status) == [.met, .met, .missed])
        #expect(after.visits.map(\.missedWeeks) == [[day("2026-03-09")]])
        #expect(after.visits.map(\.status) == [.missed])
        #expect(after.hours.map(\.status) == [.missed, .missed])
        #expect(after.hasProblems)
        #expect(after.table.contains("\n    缺少    护校民警\n"))
        #expect(after.table.contains("\n    未完成  张警官 P1（护校民警）       到校 1/2 周  缺 03-09 这一周\n"))
    }

    @Test func twoSchoolYearsWithRolloverChangesAndAVoidAfterTheReport() throws {
        let database = try Self.spring()
        let springReport = try Self.check(database, Self.spring2026, asOf: "2026-03-16").jsonBytes

        // September 2026: a new school year.
        let preview = try database.rollover(to: Self.autumn2026, from: Self.spring2026, dryRun: true, actor: testActor,
                                            now: Self.at("2026-08-20"))
        #expect(preview.text == """
            将从2026—2027学年第一学期（2026-autumn）起：添加 0 项，修改 1 项，结束 2 项。
              结束  班级 S1/2023级1班（九年级(1)班）：九年级毕业
              修改  班级 S1/2024级1班：名称 八年级(1)班 → 九年级(1)班，年级 八年级 → 九年级
              结束  班级 S2/2021级1班（六年级(1)班）：六年级毕业
            这是预览（--dry-run），没有写入任何数据。

            """)
        #expect(try Self.check(database, Self.autumn2026, asOf: "2026-09-07").classes.count == 3)
        let done = try database.rollover(to: Self.autumn2026, from: Self.spring2026, dryRun: false, actor: testActor,
                                         now: Self.at("2026-08-20"))
        #expect(done.lines == preview.lines)
        let again = try database.rollover(to: Self.autumn2026, from: Self.spring2026, dryRun: false, actor: testActor,
                                          now: Self.at("2026-08-21"))
        #expect(again.lines.isEmpty)

        // New first-graders at S2, a new class teacher at S1, and the police officer moves to S2.
        let classes = try Self.roster(database, .classes, "school,code,name,grade,teacher\nS2,2026级1班,一年级(1)班,一年级,赵老师\n",
                                      term: Self.autumn2026, now: "2026-08-25")
        #expect(classes.lines.map(\.text) == ["班级 S2/2026级1班（一年级(1)班，一年级，班主任 赵老师）"])
        let teacher = try database.edit(.setClass(school: "S1", code: "2024级1班", name: nil, grade: nil, teacher: "王老师"),
                                        from: Self.autumn2026, actor: testActor, now: Self.at("2026-08-25"))
        #expect(teacher.lines.map(\.text) == ["班级 S1/2024级1班：班主任 刘老师 → 王老师"])
        let moved = try Self.roster(database, .assignments, "officer,school\nP1,S2\n", term: Self.autumn2026,
                                    now: "2026-08-25")
        #expect(moved.lines.map { "\($0.action.rawValue) \($0.text)" } == [
            "add 人员 P1 到学校 S2", "end 人员 P1 到学校 S1（不在文件中）",
        ])

        // The spring term is exactly as it was.
        #expect(try Self.check(database, Self.spring2026, asOf: "2026-03-16").jsonBytes == springReport)

        // Autumn logs; a class that graduated and a school the officer left are refused, with their lines.
        #expect(diagnostics { try Self.log(database, .meetings, "school,class,date\nS1,2023级1班,2026-09-08\n", now: "2026-09-18") } == [
            "meetings.csv:2: error: 班级 S1/2023级1班 不在2026—2027学年第一学期（2026-autumn）的班级名单上（已毕业、已撤销或从以后的学期才开始）。请检查班级代码和日期。",
        ])
        #expect(diagnostics { try Self.log(database, .visits, "officer,school,date\nP1,S1,2026-09-08\n", now: "2026-09-18") } == [
            "visits.csv:2: error: 张警官（P1）在2026—2027学年第一学期（2026-autumn）没有被分配到学校 S1。请检查日期和学校代码，或先分配：campaign assign --officer P1 --school S1 --from 2026-autumn。",
        ])
        try Self.log(database, .meetings, """
            school,class,date
            S1,2024级1班,2026-09-08
            S1,2024级1班,2026-09-15
            S2,2026级1班,2026-09-09

            """, now: "2026-09-18")
        try Self.log(database, .lectures, """
            officer,school,date,topic,hours
            P2,S1,2026-09-10,欺凌与法律责任,2
            P2,S2,2026-09-11,做勇敢的旁观者,1

            """, now: "2026-09-18")
        try Self.log(database, .visits, "officer,school,date\nP1,S2,2026-09-08\nP1,S2,2026-09-14\n", now: "2026-09-18")

        // The report sent on 09-21. 2026–27: 课时 due on 2026-09-11, 09-18, 2027-03-05 and 03-12.
        let sent = try Self.check(database, Self.autumn2026, asOf: "2026-09-21")
        #expect(sent.classes.map { "\($0.schoolCode) \($0.name) \($0.held) \($0.status.rawValue)" } == [
            "S1 九年级(1)班 2 met", "S2 一年级(1)班 1 missed",
        ])
        #expect(sent.officers.map { "\($0.code)@\($0.schoolCode) \($0.held) \($0.status.rawValue)" } == [
            "P1@S2 0 missed", "P2@S1 1 met", "P2@S2 1 met",
        ])
        #expect(sent.visits.map { "\($0.officerCode)@\($0.schoolCode) \($0.weeksMet)/\($0.weeksElapsed) \($0.status.rawValue)" }
            == ["P1@S2 2/2 met"])
        #expect(sent.hours.map { "\($0.code)@\($0.schoolCode) \($0.held) \($0.status.rawValue) \($0.nextDue?.description ?? "-")" } == [
            "P2@S1 2 on-track 2027-03-05", "P2@S2 1 behind 2026-09-18",
        ])
        #expect(sent.uncovered.map(\.code) == ["S1"])

        // A void recorded on 09-25 changes today's check, not the one known on 09-21.
        let lecture = try #require(try database.lectures(EntryFilter(officer: "P2")).first { $0.date == day("2026-09-11") })
        try database.voidLecture(id: lecture.id, reason: "登记错了学校", actor: testActor, now: Self.at("2026-09-25"))
        let today = try Self.check(database, Self.autumn2026, asOf: "2026-09-21")
        #expect(today.officers.map(\.status) == [.missed, .met, .missed])
        let reproduced = try Self.check(database, Self.autumn2026, asOf: "2026-09-21", knownOn: "2026-09-21")
        #expect(reproduced.jsonBytes == sent.jsonBytes)
        #expect(reproduced.table == sent.table)
        #expect(reproduced.csv == sent.csv)

        // September 2027: the ninth grade leaves, the first grade moves up.
        let next = try database.rollover(to: Self.autumn2027, from: Self.spring2027, dryRun: false, actor: testActor,
                                         now: Self.at("2027-08-20"))
        #expect(next.lines.map(\.text) == [
            "班级 S1/2024级1班（九年级(1)班）：九年级毕业", "班级 S2/2026级1班：名称 一年级(1)班 → 二年级(1)班，年级 一年级 → 二年级",
        ])
        #expect(try Self.check(database, Self.autumn2027, asOf: "2027-09-06").classes.map(\.name) == ["二年级(1)班"])
        #expect(try Self.check(database, Self.spring2027, asOf: "2027-03-01").classes.map(\.name) == ["九年级(1)班", "一年级(1)班"])
        // Meetings keep their class and show its name of the time.
        #expect(try database.meetings(EntryFilter(school: "S1")).map(\.className) == [
            "八年级(1)班", "九年级(1)班", "八年级(1)班", "九年级(1)班", "九年级(1)班",
        ])
        // Roster history is kept, and known-on sees the roster of its day too.
        #expect(try Self.check(database, Self.autumn2026, asOf: "2026-09-21", knownOn: "2026-08-22").classes.map(\.name)
            == ["九年级(1)班"])
    }

    @Test func aBadRosterFileWritesNothingAndNamesEveryLine() throws {
        let database = try Self.spring()
        let before = try database.count("classVersion")
        #expect(diagnostics {
            try Self.roster(database, .classes, """
                school,code,name,grade,teacher
                S9,2026级1班,七年级(1)班,七年级,赵老师
                S1,2026级2班,七年级(2)班,七年级,
                S1,2024级1班,九年级(1)班,九年级,王老师
                S1,2024级1班,九年级(1)班,九年级,李老师

                """, term: Self.autumn2026, now: "2026-08-25")
        } == [
            "classes.csv:2: error: 学校代码“S9”不存在。请检查代码，或先导入学校名单：campaign import schools 学校.csv。",
            "classes.csv:3: error: “班主任”是空的。请填写后重新导入。",
            "classes.csv:5: error: 班级 S1/2024级1班在第 4 行已经出现过，但内容不同（第 4 行是班级名称“九年级(1)班”、年级“九年级”、班主任“王老师”，这一行是班级名称“九年级(1)班”、年级“九年级”、班主任“李老师”）。请保留正确的一行，删掉另一行。",
        ])
        #expect(try database.count("classVersion") == before)
        #expect(try database.count("schoolClass") == 3)
    }

    @Test func singleEditsSayWhatIsWrong() throws {
        let database = try Self.spring()
        let term = Self.autumn2026
        #expect(throws: UserError("学校 S1 还没有班级代码为“2026级9班”的班级。新加班级请同时写 --name、--grade 和 --teacher。")) {
            try database.edit(.setClass(school: "S1", code: "2026级9班", name: nil, grade: nil, teacher: "赵老师"),
                              from: term, actor: testActor)
        }
        #expect(throws: UserError("人员 P1 在2026—2027学年第一学期没有被分配到学校 S2，不需要取消。")) {
            try database.edit(.unassign(officer: "P1", school: "S2"), from: term, actor: testActor)
        }
        let ended = try database.edit(.endOfficer(code: "P1"), from: term, actor: testActor, now: Self.at("2026-08-25"))
        #expect(ended.lines.map(\.text) == ["人员 P1", "人员 P1 到学校 S1"])
        #expect(try Self.check(database, term, asOf: "2026-09-07").officers.map(\.code) == ["P2", "P2"])
        #expect(try Self.check(database, Self.spring2026, asOf: "2026-03-09").officers.map(\.code) == ["P1", "P2", "P2"])
        #expect(try database.auditTrail().last?.action == "officer end")
    }
}
