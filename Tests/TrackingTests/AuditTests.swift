import CampaignCore
import Foundation
import Testing
@testable import Tracking

@Suite struct AuditTests {
    @Test func commandLineWritesAreNamedByFlagThenEnvironmentThenOSUser() {
        #expect(AuditActor.commandLine(user: "王芳", environment: ["CAMPAIGN_USER": "李明"]) == AuditActor(name: "王芳"))
        #expect(AuditActor.commandLine(user: nil, environment: ["CAMPAIGN_USER": " 李明 "]) == AuditActor(name: "李明"))
        #expect(AuditActor.commandLine(user: "  ", environment: ["CAMPAIGN_USER": "李明"]) == AuditActor(name: "李明"))
        #expect(AuditActor.commandLine(user: nil, environment: ["CAMPAIGN_USER": ""]) == AuditActor.currentUser())
        #expect(AuditActor.commandLine(user: nil, environment: [:]) == AuditActor.currentUser())
    }

    @Test func actionsReadInChinese() {
        let words = ["import classes", "import assignments", "log meeting", "void lecture", "sign in", "add account",
                     "reset password", "import visits", "log visit", "void visit", "class set", "officer end",
                     "assign", "roster rollover", "frobnicate", "import widgets"].map {
            AuditEntry(at: "", who: "", address: nil, action: $0, detail: "").actionText
        }
        #expect(words == ["导入班级", "导入服务关系", "登记班会", "作废宣讲", "登录", "添加账号", "重设密码", "导入到校记录",
                          "登记到校", "作废到校记录", "修改班级", "人员离任", "分配学校", "学年升级", "frobnicate",
                          "import widgets"])
    }

    @Test func timesAreShownInBeijingTime() {
        #expect(BeijingTime.text(fromTimestamp: "2026-11-13T08:05:09Z") == "2026-11-13 16:05:09")
        #expect(BeijingTime.text(fromTimestamp: "2026-12-31T16:00:00Z") == "2027-01-01 00:00:00")
        #expect(BeijingTime.iso(fromTimestamp: "2026-11-13T08:05:09Z") == "2026-11-13T16:05:09+08:00")
        #expect(BeijingTime.text(fromTimestamp: "not a time") == "not a time")
        #expect(BeijingTime.startTimestamp(of: day("2026-11-13")) == "2026-11-12T16:00:00Z")
    }

    /// Three writes around midnight of 2026-11-13 in Beijing (16:00 UTC the day before).
    private func database() throws -> TrackerDatabase {
        let database = try TrackerDatabase.inMemory()
        try database.writer.write { db in
            try TrackerDatabase.audit(db, actor: AuditActor(name: "王芳"), action: "import classes",
                                      detail: "班级.csv: 添加 38 条，跳过 0 条", now: Date(timeIntervalSince1970: 1_794_499_199))
            try TrackerDatabase.audit(db, actor: AuditActor(name: "web:li", address: "10.0.0.7"), action: "log meeting",
                                      detail: "班会 #1：QH01/2021-1 2026-11-12", now: Date(timeIntervalSince1970: 1_794_499_200))
            try TrackerDatabase.audit(db, actor: AuditActor(name: "张三"), action: "frobnicate", detail: "改了什么",
                                      now: Date(timeIntervalSince1970: 1_794_557_109))
        }
        return database
    }

    @Test func sinceIsABeijingDay() throws {
        let database = try database()
        #expect(try database.auditTrail().map(\.id) == [1, 2, 3])
        #expect(try database.auditTrail(since: day("2026-11-13")).map(\.id) == [2, 3])
        #expect(try database.auditTrail(since: day("2026-11-14")).isEmpty)
    }

    @Test func tableAlignsColumnsByDisplayWidth() throws {
        let entries = try database().auditTrail()
        #expect(AuditListing.render(entries, as: .table) == """
            时间（北京时间）     操作人  来源      操作        内容
            2026-11-12 23:59:59  王芳    命令行    导入班级    班级.csv: 添加 38 条，跳过 0 条
            2026-11-13 00:00:00  web:li  10.0.0.7  登记班会    班会 #1：QH01/2021-1 2026-11-12
            2026-11-13 16:05:09  张三    命令行    frobnicate  改了什么
            共 3 条。

            """)
        #expect(AuditListing.render([], as: .table) == "没有审计记录。\n")
    }

    @Test func csvAndJSON() throws {
        let entries = try database().auditTrail(since: day("2026-11-13"))
        #expect(AuditListing.render(entries, as: .csv) == "\u{FEFF}时间（北京时间）,操作人,来源,操作,内容\r\n"
            + "2026-11-13 00:00:00,web:li,10.0.0.7,登记班会,班会 #1：QH01/2021-1 2026-11-12\r\n"
            + "2026-11-13 16:05:09,张三,命令行,frobnicate,改了什么\r\n")
        #expect(AuditListing.render(entries, as: .json) == """
            [
              {"id": 2, "at": "2026-11-13T00:00:00+08:00", "who": "web:li", "address": "10.0.0.7", "action": "log meeting", "what": "登记班会", "detail": "班会 #1：QH01/2021-1 2026-11-12"},
              {"id": 3, "at": "2026-11-13T16:05:09+08:00", "who": "张三", "address": null, "action": "frobnicate", "what": "frobnicate", "detail": "改了什么"}
            ]

            """)
    }

    @Test func importsAreAuditedUnderTheGivenName() throws {
        let database = try TrackerDatabase.inMemory()
        _ = try database.importCSV(.schools, data: Data(schoolsCSV.utf8), path: "学校.csv", content: fixtureContent,
                                   today: day("2026-03-20"), actor: .commandLine(user: "王芳", environment: [:]),
                                   now: Date(timeIntervalSince1970: 1_794_499_200))
        #expect(AuditListing.render(try database.auditTrail(), as: .table) == """
            时间（北京时间）     操作人  来源    操作      内容
            2026-11-13 00:00:00  王芳    命令行  导入学校  学校.csv: 添加 3 条，跳过 0 条
            共 1 条。

            """)
    }
}
