import CampaignCore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Server
@testable import Tracking

@Suite struct AdminTests {
    /// One lecture by P001 at S01 and one meeting of C1, logged through the tracker.
    func seedLogs(_ app: TestApp) throws {
        let content = app.services.content.snapshot.tracker
        let actor = AuditActor(name: "test")
        _ = try app.database.log(NewLecture(officer: "P001", school: "S01", date: "2026-11-23", topic: "认识欺凌"),
                             content: content, today: day("2026-11-24"), actor: actor)
        _ = try app.database.log(NewMeeting(school: "S01", schoolClass: "C1", date: "2026-11-23"),
                             content: content, today: day("2026-11-24"), actor: actor)
    }

    @Test func theComplianceViewShowsTheNumbersOfCampaignCheck() async throws {
        let app = try await TestApp()
        try seedLogs(app)
        let tracker = app.services.content.snapshot.tracker
        let term = try tracker.requireTerm(id: "2026-autumn")
        let report = try app.database.complianceReport(term: term, asOf: day("2026-11-24"), rules: tracker.rules)
        let counts = ComplianceReport.counts(report.classes)
        try await app.test { client async throws in
            let browser = Browser(client)
            try await browser.signIn("admin")
            let page = try await browser.get("/app/compliance")
            #expect(page.status == .ok)
            #expect(page.text.contains("截至 2026-11-24"))
            #expect(page.text.contains("班会（3 个班）"))
            #expect(page.text.contains("宣讲（3 人次）"))
            let cells = ComplianceStatus.allCases.map { #"<td class="st-\#($0.rawValue)">\#(counts[$0] ?? 0)</td>"# }
            #expect(page.text.contains(cells.joined()))

            let csv = try await browser.get("/app/compliance.csv?term=2026-autumn&asOf=2026-11-24")
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.headers[.contentDisposition]?.contains("compliance-2026-autumn-2026-11-24.csv") == true)
            #expect(csv.text == report.csv)
        }
    }

    @Test func theViewFiltersByCountyAndSchool() async throws {
        let app = try await TestApp()
        try seedLogs(app)
        let tracker = app.services.content.snapshot.tracker
        let term = try tracker.requireTerm(id: "2026-autumn")
        try await app.test { client async throws in
            let browser = Browser(client)
            try await browser.signIn("admin")
            let west = try await browser.get("/app/compliance?county=%E8%A5%BF%E5%9F%8E%E5%8C%BA")
            #expect(west.text.contains("班会（0 个班）"))
            #expect(west.text.contains("宣讲（1 人次）"))
            #expect(!west.text.contains("<td>第一小学</td>"))
            let school = try await browser.get("/app/compliance.csv?school=S02")
            let report = try app.database.complianceReport(term: term, asOf: day("2026-11-24"), rules: tracker.rules, scope: CheckScope(school: "S02"))
            #expect(school.text == report.csv)
            let unknown = try await browser.get("/app/compliance?county=%E5%8C%97%E5%9F%8E%E5%8C%BA")
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.text.contains("没有区县为“北城区”的学校"))
        }
    }

    @Test func onlyAdminsSeeTheComplianceView() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            for name in ["officer1", "teacher1", "press"] {
                let browser = Browser(client)
                try await browser.signIn(name)
                #expect(try await browser.get("/app/compliance").status == .forbidden)
                #expect(try await browser.get("/app/compliance.csv").status == .forbidden)
            }
        }
    }
}
