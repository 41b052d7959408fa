import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Server
@testable import Tracking

@Suite struct OfficerTests {
    @Test func anOfficerSeesOnlyTheirSchoolsAndLogsALecture() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client, address: "10.1.2.3")
            try await browser.signIn("officer1")
            let page = try await browser.get("/app/lectures")
            #expect(page.text.contains("第一小学（S01）"))
            #expect(page.text.contains("第二中学（S02）"))
            #expect(!page.text.contains("第三小学"))
            #expect(page.text.contains("本学期还没有宣讲记录"))
            let response = try await browser.post("/app/lectures", [("school", "S02"), ("date", "2026-11-23"),
                                                                    ("topic", "认识校园欺凌"), ("audience", "320")])
            #expect(response.status == .seeOther)
            #expect(response.location == "/app/lectures?logged=1")
            let listed = try await browser.get(response.location ?? "")
            #expect(listed.text.contains("已登记，宣讲记录编号 1。"))
            #expect(listed.text.contains("2026-11-23"))
            #expect(listed.text.contains("认识校园欺凌 · 听众 320"))
            #expect(listed.text.contains("已完成"))
        }
        let lectures = try app.database.lectures()
        #expect(lectures.map(\.schoolCode) == ["S02"])
        #expect(lectures.first?.officerCode == "P001")
        let audit = try #require(try app.database.auditTrail().last)
        #expect(audit.action == "log lecture")
        #expect(audit.who == "web:officer1")
        #expect(audit.address == "10.1.2.3")
    }

    @Test func anOfficerCannotLogForASchoolTheyDoNotServe() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            try await browser.signIn("officer1")
            try await browser.get("/app/lectures")
            let response = try await browser.post("/app/lectures", [("school", "S03"), ("date", "2026-11-23"),
                                                                    ("topic", "认识校园欺凌")])
            #expect(response.status == .forbidden)
            #expect(response.text.contains("你没有被分配到学校 S03"))
        }
        #expect(try app.count("lecture") == 0)
    }

    @Test func loggingUsesTheTrackersChecks() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            try await browser.signIn("officer1")
            try await browser.get("/app/lectures")
            let weekend = try await browser.post("/app/lectures", [("school", "S01"), ("date", "2026-11-22"),
                                                                   ("topic", "认识校园欺凌")])
            #expect(weekend.status == .unprocessableContent)
            #expect(weekend.text.contains("日期 2026-11-22 是星期日"))
            // The form keeps what was typed.
            #expect(weekend.text.contains(#"value="认识校园欺凌""#))
            let future = try await browser.post("/app/lectures", [("school", "S01"), ("date", "2026-11-25"),
                                                                  ("topic", "认识校园欺凌")])
            #expect(future.status == .unprocessableContent)
            let noTopic = try await browser.post("/app/lectures", [("school", "S01"), ("date", "2026-11-23")])
            #expect(noTopic.status == .unprocessableContent)
            let badAudience = try await browser.post("/app/lectures", [("school", "S01"), ("date", "2026-11-23"),
                                                                       ("topic", "x"), ("audience", "很多")])
            #expect(badAudience.status == .unprocessableContent)
            #expect(badAudience.text.contains("听众人数应为不小于 0 的整数"))
            let noSchool = try await browser.post("/app/lectures", [("date", "2026-11-23"), ("topic", "x")])
            #expect(noSchool.status == .unprocessableContent)
        }
        #expect(try app.count("lecture") == 0)
    }

    @Test func theSameLectureTwiceIsStoredOnce() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            try await browser.signIn("officer1")
            try await browser.get("/app/lectures")
            let fields = [("school", "S01"), ("date", "2026-11-23"), ("topic", "认识校园欺凌")]
            #expect(try await browser.post("/app/lectures", fields).location == "/app/lectures?logged=1")
            #expect(try await browser.post("/app/lectures", fields).location == "/app/lectures?repeat=1")
            let conflict = try await browser.post("/app/lectures", [("school", "S01"), ("date", "2026-11-23"),
                                                                    ("topic", "另一个主题")])
            #expect(conflict.status == .unprocessableContent)
            #expect(conflict.text.contains("已经登记过"))
        }
        #expect(try app.count("lecture") == 1)
    }

    @Test func anOfficerVoidsOnlyTheirOwnEntries() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let mine = Browser(client)
            try await mine.signIn("officer1")
            try await mine.get("/app/lectures")
            try await mine.post("/app/lectures", [("school", "S01"), ("date", "2026-11-23"), ("topic", "认识校园欺凌")])
            let other = Browser(client)
            try await other.signIn("officer2")
            try await other.get("/app/lectures")
            try await other.post("/app/lectures", [("school", "S03"), ("date", "2026-11-23"), ("topic", "法律与后果")])

            let refused = try await mine.post("/app/lectures/2/void", [("reason", "不是我的")])
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("宣讲记录 2 不是你的"))
            let missing = try await mine.post("/app/lectures/99/void", [("reason", "x")])
            #expect(missing.status == .notFound)
            let noReason = try await mine.post("/app/lectures/1/void", [("reason", " ")])
            #expect(noReason.status == .unprocessableContent)
            #expect(noReason.text.contains("请写明作废的原因"))
            let voided = try await mine.post("/app/lectures/1/void", [("reason", "日期填错")])
            #expect(voided.location == "/app/lectures?voided=1")
            let page = try await mine.get("/app/lectures?voided=1")
            #expect(page.text.contains("已作废：日期填错"))
        }
        let lectures = try app.database.lectures()
        #expect(lectures.first { $0.id == 1 }?.voidReason == "日期填错")
        #expect(lectures.first { $0.id == 2 }?.voidReason == nil)
        #expect(try app.database.auditTrail().contains { $0.action == "void lecture" && $0.who == "web:officer1" })
    }

    @Test func everythingTypedIsEscaped() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            try await browser.signIn("officer1")
            try await browser.get("/app/lectures")
            try await browser.post("/app/lectures", [("school", "S01"), ("date", "2026-11-23"),
                                                     ("topic", "<script>alert(1)</script>\"&")])
            let page = try await browser.get("/app/lectures")
            #expect(!page.text.contains("<script>alert(1)"))
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;"))
        }
    }

    @Test func otherRolesCannotUseTheOfficersPage() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            for name in ["teacher1", "admin", "press"] {
                let browser = Browser(client)
                try await browser.signIn(name)
                #expect(try await browser.get("/app/lectures").status == .forbidden)
                let page = try await browser.get(try await browser.get("/app").location ?? "/app")
                #expect(page.status == .ok)
                let post = try await browser.post("/app/lectures", [("school", "S01"), ("date", "2026-11-23"),
                                                                    ("topic", "x")])
                #expect(post.status == .forbidden)
                #expect(post.text.contains("不能使用这个页面"))
            }
        }
        #expect(try app.count("lecture") == 0)
    }
}

@Suite struct VisitButtonTests {
    @Test func oneTapLogsTodaysVisitOnceAndIsAudited() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client, address: "10.1.2.3")
            try await browser.signIn("officer1")
            let page = try await browser.get("/app/lectures")
            #expect(page.text.contains("今天到了第一小学"))
            #expect(page.text.contains("今天到了第二中学"))
            let first = try await browser.post("/app/visits", [("school", "S01")])
            #expect(first.status == .seeOther)
            #expect(first.location == "/app/lectures?visited=1")
            #expect(try await browser.get(first.location ?? "").text.contains("已登记今天到校，记录编号 1。"))
            let again = try await browser.post("/app/visits", [("school", "S01")])
            #expect(again.location == "/app/lectures?revisited=1")
            let elsewhere = try await browser.post("/app/visits", [("school", "S03")])
            #expect(elsewhere.status == .forbidden)
        }
        let visits = try app.database.visits()
        #expect(visits.map { "\($0.officerCode) \($0.schoolCode) \($0.date)" } == ["P001 S01 \(app.services.today)"])
        let audit = try #require(try app.database.auditTrail().last)
        #expect(audit.action == "log visit")
        #expect(audit.who == "web:officer1")
    }
}
