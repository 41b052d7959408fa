import CampaignCore
import Foundation
import GRDB
import Testing
@testable import Tracking

/// Issue 16, findings 6 and 7: text from users never reaches a terminal raw, and what an import
/// or a form may store is checked byte by byte.
@Suite struct UntrustedTextTests {
    let today = day("2026-03-20")
    let esc = "\u{1B}]0;pwned\u{07}\u{1B}[2J"

    /// Rows stored before input was checked (or written by hand) still print safely.
    @Test func tablesEscapeControlCharactersInStoredText() throws {
        let database = try TrackerDatabase.withRoster()
        try database.importText(.meetings, "school,class,date,teacher\nS001,2024-1,2026-03-05,刘老师\n")
        try database.importText(.lectures, "officer,school,date,topic\nP01,S001,2026-03-05,认识欺凌\n")
        try database.writer.write { db in
            // As if edited by hand: the schema keeps roster versions fixed.
            try db.execute(sql: "DROP TRIGGER classVersion_fixed; DROP TRIGGER officerVersion_fixed")
            try db.execute(sql: "UPDATE lecture SET topic = ?", arguments: ["主题\(esc)"])
            try db.execute(sql: "UPDATE classVersion SET name = ?", arguments: ["一班\(esc)"])
            try db.execute(sql: "UPDATE officerVersion SET name = ?", arguments: ["张\u{1B}[31m"])
        }
        try database.voidLecture(id: 1, reason: "填错\n伪造的一行", actor: testActor)
        try database.writer.write { db in
            try db.execute(sql: "UPDATE lecture SET voidReason = ?", arguments: ["原因\(esc)"])
        }
        let lectures = EntryListing.render(try database.lectures(), as: .table)
        let meetings = EntryListing.render(try database.meetings(), as: .table)
        for table in [lectures, meetings] {
            #expect(!table.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(table)")
        }
        #expect(lectures.contains("主题\\u{1B}]0;pwned\\u{7}"))
        #expect(lectures.contains("已作废：原因\\u{1B}]0;pwned\\u{7}\\u{1B}[2J"))
        #expect(lectures.contains("张\\u{1B}[31m"))
        #expect(meetings.contains("一班\\u{1B}]0;"))
        let audit = AuditListing.render(try database.auditTrail(), as: .table)
        #expect(audit.contains("作废：填错 伪造的一行"))
        #expect(!audit.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func theCheckTableEscapesSchoolNamesAndCounties() throws {
        let database = try TrackerDatabase.withRoster()
        try database.writer.write { db in
            try db.execute(sql: "UPDATE school SET name = ?, county = ? WHERE code = 'S001'",
                           arguments: ["城关\(esc)小学", "青禾\u{1B}[1A县"])
        }
        let table = try database.complianceReport(term: fixtureTerm, asOf: today, rules: Rules()).table
        #expect(table.contains("  城关\\u{1B}]0;pwned\\u{7}\\u{1B}[2J小学（S001）"))
        #expect(table.contains("\n青禾\\u{1B}[1A县\n"))
        #expect(!table.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func visitNotesAndReasonsAreEscaped() throws {
        let database = try TrackerDatabase.withRoster()
        try database.importText(.visits, "officer,school,date,note\nP01,S001,2026-03-05,巡查\n")
        try database.writer.write { db in
            try db.execute(sql: "UPDATE visit SET note = ?", arguments: ["巡查\(esc)"])
        }
        let table = EntryListing.render(try database.visits(), as: .table)
        #expect(table.contains("巡查\\u{1B}]0;pwned\\u{7}\\u{1B}[2J"))
        #expect(!table.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func controlCharactersAndNULAreRefusedInAnImportWithTheirLine() throws {
        let database = try TrackerDatabase.withRoster()
        let file = "officer,school,date,topic\n"
            + "P01,S001,2026-03-04,认识\u{0}欺凌\n"
            + "P01,S001,2026-03-05,\(esc)\n"
            + "P01,S001,2026-03-06,\"两行\n主题\"\n"
        #expect(diagnostics { try database.importText(.lectures, file) } == [
            "file.csv:2: error: “主题”里有一个空字符（\\u{0}），后面的内容会丢失。这通常是从别的程序复制时带进来的，请删掉后重新填写。",
            "file.csv:3: error: “主题”的第 1 个字是看不见的控制字符 \\u{1B}，这一项不能有。请删掉后重新填写。",
        ])
        let names = "code,name,role\nP03,王\u{7}法官,法治副校长\nP04,赵\n二,护校民警\n"
        #expect(diagnostics { try database.importText(.officers, names.replacingOccurrences(of: "赵\n二", with: "\"赵\n二\"")) } == [
            "file.csv:2: error: “姓名”的第 2 个字是看不见的控制字符 \\u{7}，这一项不能有。请删掉后重新填写。",
            "file.csv:3: error: “姓名”的第 2 个字是换行，这一项不能有。请删掉后重新填写。",
        ])
        #expect(try database.count("lecture") == 0)
    }

    @Test func overLongFieldsAreRefusedAndConflictsCutLongValues() throws {
        let database = try TrackerDatabase.withRoster()
        let topic = String(repeating: "欺", count: 201)
        let long = "officer,school,date,topic\nP01,S001,2026-03-04,\(topic)\n"
        #expect(diagnostics { try database.importText(.lectures, long) } == [
            "file.csv:2: error: “主题”最多 200 个字，这里有 201 个字。请缩短后重新填写。",
        ])
        let name = String(repeating: "名", count: 65)
        #expect(diagnostics { try database.importText(.schools, "code,name,county,city\nS009,\(name),县,市\n") } == [
            "file.csv:2: error: “学校名称”最多 64 个字，这里有 65 个字。请缩短后重新填写。",
        ])
        // A stored value longer than any message should hold (from before the limits) is cut.
        try database.importText(.lectures, "officer,school,date,topic\nP01,S001,2026-03-04,认识欺凌\n")
        try database.writer.write { db in
            try db.execute(sql: "UPDATE lecture SET topic = ?", arguments: [String(repeating: "长", count: 2_000_000)])
        }
        let messages = diagnostics {
            try database.importText(.lectures, "officer,school,date,topic\nP01,S001,2026-03-04,认识欺凌\n")
        }
        #expect(messages.count == 1)
        #expect(messages.first.map { $0.count < 400 } == true)
        #expect(messages.first?.contains("\(String(repeating: "长", count: 80))…（共 2000000 个字）”") == true)
    }

    @Test func aVoidReasonIsCheckedLikeAnyOtherText() throws {
        let database = try TrackerDatabase.withRoster()
        try database.importText(.meetings, "school,class,date\nS001,2024-1,2026-03-05\n")
        #expect(throws: UserError("“作废原因”的第 3 个字是看不见的控制字符 \\u{1B}，这一项不能有。请删掉后重新填写。")) {
            try database.voidMeeting(id: 1, reason: "填错\u{1B}[2J", actor: testActor)
        }
        #expect(throws: UserError("“作废原因”最多 500 个字，这里有 501 个字。请缩短后重新填写。")) {
            try database.voidMeeting(id: 1, reason: String(repeating: "因", count: 501), actor: testActor)
        }
        try database.voidMeeting(id: 1, reason: "日期填错\n应为 3 月 6 日", actor: testActor)
    }

    @Test func theWebFormsAndTheCommandLineGetTheSameChecks() throws {
        let database = try TrackerDatabase.withRoster()
        #expect(throws: UserError("“主讲人”里有一个空字符（\\u{0}），后面的内容会丢失。这通常是从别的程序复制时带进来的，请删掉后重新填写。")) {
            try database.log(NewMeeting(school: "S001", schoolClass: "2024-1", date: "2026-03-05", teacher: "刘\u{0}老师"),
                             content: fixtureContent, today: today, actor: testActor)
        }
        #expect(throws: UserError("“主题”最多 200 个字，这里有 60000 个字。请缩短后重新填写。")) {
            try database.log(NewLecture(officer: "P01", school: "S001", date: "2026-03-05",
                                        topic: String(repeating: "题", count: 60_000)),
                             content: fixtureContent, today: today, actor: testActor)
        }
        #expect(try database.count("meeting") + database.count("lecture") == 0)
    }
}
