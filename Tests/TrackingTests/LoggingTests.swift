import CampaignCore
import Foundation
import GRDB
import Testing
@testable import Tracking

@Suite struct LoggingTests {
    let today = day("2026-03-20")

    @Test func logsAMeetingAndReturnsItsID() throws {
        let database = try TrackerDatabase.withRoster()
        let meeting = NewMeeting(school: "S001", schoolClass: "2024-1", date: "2026-03-05", kit: "who-to-tell",
                                 teacher: "刘老师", attendance: 42)
        let first = try database.log(meeting, content: fixtureContent, today: today,
                                     actor: AuditActor(name: "web:王芳", address: "192.0.2.7"))
        #expect(first == LogResult(id: 1, isNew: true))
        #expect(try database.log(meeting, content: fixtureContent, today: today, actor: testActor)
                == LogResult(id: 1, isNew: false))
        let audit = try #require(try database.auditTrail().last)
        #expect((audit.who, audit.address, audit.action, audit.detail)
                == ("web:王芳", "192.0.2.7", "log meeting", "班会 #1：S001/2024-1 2026-03-05"))
        let stored = try database.writer.read { db in try ClassMeeting.fetchOne(db, key: 1) }
        #expect(stored?.attendance == 42)
        #expect(stored?.kit == "who-to-tell")
    }

    @Test func logChecksLikeAnImport() throws {
        let database = try TrackerDatabase.withRoster()
        #expect(throws: UserError("学校 S001 没有班级代码为“2030-1”的班级。请检查代码，或先导入班级名单：campaign import classes 班级.csv。\n"
                                  + "日期 2026-03-21 还没到（今天是 2026-03-20）。只能登记已经开过的活动，请检查日期。")) {
            try database.log(NewMeeting(school: "S001", schoolClass: "2030-1", date: "2026-03-21"),
                             content: fixtureContent, today: today, actor: testActor)
        }
        #expect(throws: UserError("张警官（P01）没有被分配到学校 S003。请检查学校代码，或先导入分配：campaign import assignments 分配.csv。")) {
            try database.log(NewLecture(officer: "P01", school: "S003", date: "2026-03-05", topic: "认识欺凌"),
                             content: fixtureContent, today: today, actor: testActor)
        }
        #expect(try database.count("meeting") + database.count("lecture") == 0)
        _ = try database.log(NewMeeting(school: "S001", schoolClass: "2024-1", date: "2026-03-05", attendance: 40),
                             content: fixtureContent, today: today, actor: testActor)
        #expect(throws: UserError("班级 S001/2024-1 在 2026-03-05 的班会已经登记过（编号 1），内容是参加人数“40”。如需更正，请先作废原记录：campaign meeting void 1 --reason 原因，再重新登记。")) {
            try database.log(NewMeeting(school: "S001", schoolClass: "2024-1", date: "2026-03-05", attendance: 41),
                             content: fixtureContent, today: today, actor: testActor)
        }
    }

    @Test func voidKeepsTheEntryButStopsItCounting() throws {
        let database = try TrackerDatabase.withRoster()
        let lecture = NewLecture(officer: "P01", school: "S001", date: "2026-03-05", topic: "认识欺凌", audience: 300)
        let logged = try database.log(lecture, content: fixtureContent, today: today, actor: testActor)
        let asOf = today
        let held = { () throws -> Int in
            try database.complianceReport(term: fixtureTerm, asOf: asOf, rules: Rules()).officers[0].held
        }
        #expect(try held() == 1)
        try database.voidLecture(id: logged.id, reason: "听众人数填错", actor: testActor,
                                 now: Date(timeIntervalSince1970: 1_773_900_000))
        #expect(try held() == 0)
        let listed = try database.lectures()
        #expect(listed.count == 1)
        #expect(listed[0].voidReason == "听众人数填错")
        #expect(throws: UserError("宣讲记录 1 已于 2026-03-19 14:00:00 作废（原因：听众人数填错），不需要再作废。")) {
            try database.voidLecture(id: 1, reason: "again", actor: testActor)
        }
        #expect(throws: UserError("没有编号为 9 的班会记录。请用 campaign meeting list 查看编号。")) {
            try database.voidMeeting(id: 9, reason: "x", actor: testActor)
        }
        #expect(throws: UserError("请用 --reason 写明作废的原因，例如 --reason \"日期填错\"。")) {
            try database.voidMeeting(id: 1, reason: "  ", actor: testActor)
        }
        // Logged again with corrected values, it counts again; the voided entry stays.
        let corrected = try database.log(NewLecture(officer: "P01", school: "S001", date: "2026-03-05", topic: "认识欺凌",
                                                    audience: 250),
                                         content: fixtureContent, today: today, actor: testActor)
        #expect(corrected == LogResult(id: 2, isNew: true))
        #expect(try held() == 1)
        #expect(try database.auditTrail().map(\.action) == [
            "import schools", "import classes", "import officers", "import assignments",
            "log lecture", "void lecture", "log lecture",
        ])
    }

    @Test func reimportDoesNotBringAVoidedEntryBack() throws {
        let database = try TrackerDatabase.withRoster()
        let file = "school,class,date,attendance\nS001,2024-1,2026-03-05,40\n"
        try database.importText(.meetings, file)
        try database.voidMeeting(id: 1, reason: "其实没开", actor: testActor)
        let again = try database.importText(.meetings, file)
        #expect((again.added, again.skipped) == (0, 1))
        // Other values for a voided identity are a new entry, not a conflict.
        let corrected = try database.importText(.meetings, "school,class,date,attendance\nS001,2024-1,2026-03-05,38\n")
        #expect((corrected.added, corrected.skipped) == (1, 0))
        #expect(try database.meetings().map { ($0.id, $0.isVoid) }.map { "\($0.0)\($0.1)" } == ["1true", "2false"])
    }

    @Test func listsInEveryFormat() throws {
        let database = try TrackerDatabase.withRoster()
        try database.importText(.meetings, """
            school,class,date,kit,attendance
            S001,2024-1,2026-03-05,who-to-tell,40
            S003,2022-1,2026-03-04,,

            """)
        try database.importText(.lectures, "officer,school,date,topic\nP01,S002,2026-03-06,\"=认识, 欺凌\"\n")
        try database.voidMeeting(id: 2, reason: "重复登记", actor: testActor)
        #expect(EntryListing.render(try database.meetings(), as: .table) == """
            编号   日期       学校    班级              班会材料            人数
            2      2026-03-04 S003    五年级(1)班       —                   —  已作废：重复登记
            1      2026-03-05 S001    一年级(1)班       who-to-tell         40
            共 2 条，其中作废 1 条。

            """)
        #expect(EntryListing.render(try database.meetings(EntryFilter(school: "S001")), as: .json) == """
            [
              {"id": 1, "date": "2026-03-05", "school": "S001", "class": "2024-1", "name": "一年级(1)班", "kit": "who-to-tell", "teacher": null, "attendance": 40, "void": false, "voidReason": null}
            ]

            """)
        #expect(EntryListing.render(try database.lectures(EntryFilter(officer: "P01")), as: .csv)
                == "\u{FEFF}编号,日期,人员编号,姓名,学校代码,学校名称,主题,听众人数,作废原因\r\n"
                + "1,2026-03-06,P01,张警官,S002,白鹭镇中学,\"'=认识, 欺凌\",,\r\n")
        let otherTerm = TermCalendar(id: "2025-autumn", name: "x", start: day("2025-09-01"), end: day("2026-01-23"))
        #expect(try database.meetings(EntryFilter(term: otherTerm)).isEmpty)
        #expect(EntryListing.render([LectureListItem](), as: .table) == "没有宣讲记录。\n")
        #expect(EntryListing.render([MeetingListItem](), as: .json) == "[]\n")
        #expect(throws: UserError("没有编号为“P404”的人员。请检查 --officer，或先导入人员名单。")) {
            try database.lectures(EntryFilter(officer: "P404"))
        }
    }
}
