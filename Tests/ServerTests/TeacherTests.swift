import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Server
@testable import Tracking

@Suite struct TeacherTests {
    @Test func aTeacherLogsTheirClassesMeetingWithAKitFromTheList() async throws {
        let app = try await TestApp()
        let kit = try #require(app.services.content.snapshot.kits.first)
        try await app.test { client async throws in
            let browser = Browser(client, address: "10.4.4.4")
            try await browser.signIn("teacher1")
            let page = try await browser.get("/app/meetings")
            #expect(page.text.contains("第一小学 · 三年级(1)班"))
            #expect(page.text.contains(#"<option value="\#(kit.slug)">"#))
            let response = try await browser.post("/app/meetings", [("school", "S01"), ("class", "C1"),
                                                                    ("date", "2026-11-23"), ("kit", kit.slug),
                                                                    ("attendance", "45")])
            #expect(response.location == "/app/meetings?logged=1")
            let listed = try await browser.get("/app/meetings?logged=1")
            #expect(listed.text.contains("\(kit.title) · 主讲 — · 45 人"))
            #expect(listed.text.contains("已开 1/2 次"))
        }
        let meetings = try app.database.meetings()
        #expect(meetings.map(\.classCode) == ["C1"])
        #expect(meetings.first?.kit == kit.slug)
        let audit = try #require(try app.database.auditTrail().last)
        #expect(audit.who == "web:teacher1")
        #expect(audit.address == "10.4.4.4")
    }

    @Test func aTeacherCannotLogForAnotherClass() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            try await browser.signIn("teacher1")
            try await browser.get("/app/meetings")
            for (school, schoolClass) in [("S01", "C2"), ("S02", "C3"), ("S02", "C1")] {
                let response = try await browser.post("/app/meetings", [("school", school), ("class", schoolClass),
                                                                        ("date", "2026-11-23")])
                #expect(response.status == .forbidden)
                #expect(response.text.contains("你只能为自己的班级"))
            }
        }
        #expect(try app.count("meeting") == 0)
    }

    @Test func aTeacherVoidsOnlyTheirClassesEntries() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let other = Browser(client)
            try await other.signIn("teacher2")
            try await other.get("/app/meetings")
            #expect(try await other.post("/app/meetings", [("date", "2026-11-23")]).location == "/app/meetings?logged=1")
            let browser = Browser(client)
            try await browser.signIn("teacher1")
            try await browser.get("/app/meetings")
            let refused = try await browser.post("/app/meetings/1/void", [("reason", "x")])
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("不是你班级的"))
            let voided = try await other.post("/app/meetings/1/void", [("reason", "日期填错")])
            #expect(voided.location == "/app/meetings?voided=1")
        }
        #expect(try app.database.meetings().first?.voidReason == "日期填错")
    }

    @Test func anUnknownKitOrABadDateIsRefusedWithASentence() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            try await browser.signIn("teacher1")
            try await browser.get("/app/meetings")
            let kit = try await browser.post("/app/meetings", [("date", "2026-11-23"), ("kit", "no-such-kit")])
            #expect(kit.status == .unprocessableContent)
            #expect(kit.text.contains("请从列表中选择班会材料包"))
            let holiday = try await browser.post("/app/meetings", [("date", "2026-10-02")])
            #expect(holiday.status == .unprocessableContent)
            #expect(holiday.text.contains("放假（国庆节）"))
            let nonsense = try await browser.post("/app/meetings", [("date", "明天")])
            #expect(nonsense.status == .unprocessableContent)
        }
        #expect(try app.count("meeting") == 0)
    }
}
