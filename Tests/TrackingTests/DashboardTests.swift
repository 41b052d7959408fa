import CampaignCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Tracking

@Suite struct DashboardTests {
    /// Meetings and lectures only (the rules' visits, 课时 and needed roles switched off).
    static let meetingsAndLectures = Rules(officerVisitsPerWeek: 0, officerHoursPerSchoolYear: 0, schoolsNeedRoles: [])

    func fixtureReport(rules: Rules = meetingsAndLectures) throws -> ComplianceReport {
        let database = try TrackerDatabase.withRoster()
        try database.importText(.meetings, """
            school,class,date
            S001,2024-1,2026-03-02
            S001,2024-1,2026-03-16
            S001,2024-2,2026-03-09

            """)
        try database.importText(.lectures, "officer,school,date,topic\nP01,S001,2026-03-04,认识欺凌\n")
        try database.importText(.visits, "officer,school,date\nP01,S001,2026-03-03\nP01,S001,2026-03-10\n")
        return try database.complianceReport(term: fixtureTerm, asOf: day("2026-03-20"), rules: rules)
    }

    @Test func visitsHoursAndSchoolsWithoutAPoliceOfficerAreCounted() throws {
        let html = Dashboard.page(for: try fixtureReport(rules: Rules())).bodyHTML
        #expect(html.contains("；护校民警每周到所服务的每所学校 1 次；法治副校长每学年在所服务的每所学校开展法治教育 4 课时。"))
        // P01 visited S001 in two of three elapsed weeks and S002 in none; P02 at S003 has no 课时 yet.
        #expect(html.contains("<title id=\"dash-chart-1-title\">全部学校：班会 4 个班：已完成 1，进度正常 1，落后 2，未完成 0；"
            + "宣讲 3 人次：已完成 1，进度正常 2，落后 0，未完成 0；到校 2 人次：已完成 0，进度正常 0，落后 2，未完成 0；"
            + "课时 1 人次：已完成 0，进度正常 0，落后 1，未完成 0</title>"))
        #expect(html.contains("<tr><th scope=\"row\">到校（人次）</th><td class=\"dash-met\">0（0%）</td>"))
        #expect(html.components(separatedBy: "<p class=\"dash-uncovered\">缺少护校民警的学校：1 所</p>").count - 1 == 3)
        for name in ["张警官", "李检察官", "P01"] { #expect(!html.contains(name)) }
    }

    @Test func showsCountsPerCountyAndSchoolWithoutNames() throws {
        let page = Dashboard.page(for: try fixtureReport())
        #expect(page.title == "防欺凌工作落实情况")
        #expect(page.termName == "2025—2026学年第二学期")
        let html = page.bodyHTML
        for name in ["张警官", "李检察官", "一年级(1)班", "初二(1)班", "刘老师", "P01", "2024-1"] {
            #expect(!html.contains(name), "\(name) must not be on the public site")
        }
        #expect(!html.lowercased().contains("<script"))
        #expect(html.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil)
        #expect(html.contains("<h2 class=\"dash-heading\">青禾县</h2>"))
        #expect(html.contains("<h3 class=\"dash-subheading\">城关小学</h3>"))
        // Every class name starts with dash-.
        let classes = html.matches(of: /class="([^"]*)"/).flatMap { $0.output.1.split(separator: " ") }
        #expect(classes.allSatisfy { $0.hasPrefix("dash") })
        #expect(html.components(separatedBy: "<svg class=\"dash-bars\"").count - 1 == 6)  // all, 2 counties, 3 schools
        #expect(html.components(separatedBy: "<table class=\"dash-table\">").count - 1 == 6)
    }

    @Test func schoolGroupHasAnAccessibleChartAndATable() throws {
        let html = Dashboard.page(for: try fixtureReport()).bodyHTML
        let start = try #require(html.range(of: "<h3 class=\"dash-subheading\">城关小学</h3>\n"))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        #expect(String(html[start.upperBound..<end.lowerBound]) == """
            <div class="dash-group">
            <figure class="dash-chart">
            <svg class="dash-bars" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 356 68" width="356" height="68" role="img" aria-labelledby="dash-chart-5-title">
            <title id="dash-chart-5-title">城关小学：班会 2 个班：已完成 1，进度正常 1，落后 0，未完成 0；宣讲 1 人次：已完成 1，进度正常 0，落后 0，未完成 0</title>
            <text class="dash-label" x="0" y="22" font-size="14">班会</text>
            <rect class="dash-met" x="56" y="6" width="150" height="22" fill="#2e7d32"><title>已完成 1（50%）</title></rect>
            <rect class="dash-on-track" x="206" y="6" width="150" height="22" fill="#1565c0"><title>进度正常 1（50%）</title></rect>
            <text class="dash-label" x="0" y="56" font-size="14">宣讲</text>
            <rect class="dash-met" x="56" y="40" width="300" height="22" fill="#2e7d32"><title>已完成 1（100%）</title></rect>
            </svg>
            </figure>
            <table class="dash-table">
            <caption>城关小学：数量和占比</caption>
            <thead><tr><th scope="col">项目</th><th scope="col" class="dash-met">已完成</th><th scope="col" class="dash-on-track">进度正常</th><th scope="col" class="dash-behind">落后</th><th scope="col" class="dash-missed">未完成</th><th scope="col">合计</th></tr></thead>
            <tbody>
            <tr><th scope="row">班会（个班）</th><td class="dash-met">1（50%）</td><td class="dash-on-track">1（50%）</td><td class="dash-behind">0（0%）</td><td class="dash-missed">0（0%）</td><td>2</td></tr>
            <tr><th scope="row">宣讲（人次）</th><td class="dash-met">1（100%）</td><td class="dash-on-track">0（0%）</td><td class="dash-behind">0（0%）</td><td class="dash-missed">0（0%）</td><td>1</td></tr>
            </tbody>
            </table>
            </div>

            """)
    }

    @Test func escapesTextAndIsWellFormed() throws {
        let report = ComplianceReport(
            term: fixtureTerm, asOf: day("2026-03-20"), rules: Rules(),
            classes: [ComplianceRow(kind: .classMeetings, county: "<b>县</b>", schoolCode: "S1", schoolName: "A&B \"小学\"",
                                    code: "1", name: "x", held: 0, required: 2, status: .behind, nextDue: nil)],
            officers: [])
        let html = Dashboard.page(for: report).bodyHTML
        #expect(html.contains("<h2 class=\"dash-heading\">&lt;b&gt;县&lt;/b&gt;</h2>"))
        #expect(html.contains("<h3 class=\"dash-subheading\">A&amp;B &quot;小学&quot;</h3>"))
        #expect(html.contains("<rect class=\"dash-none\" x=\"56\" y=\"40\" width=\"300\" height=\"22\" fill=\"#e0e0e0\"><title>无</title></rect>"))
        let parser = XMLParser(data: Data(("<root>" + html + "</root>").utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        let empty = ComplianceReport(term: fixtureTerm, asOf: day("2026-03-20"), rules: Rules(), classes: [], officers: [])
        #expect(Dashboard.page(for: empty).bodyHTML.contains("<p class=\"dash-empty\">本学期还没有学校和班级的数据。</p>"))
    }

    @Test func readsTheDatabaseFileAndPicksTheTerm() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.url.appendingPathComponent("campaign.sqlite").path
        _ = try TrackerDatabase.open(path: path).populateDemo(content: try TrackerContent.load(from: repositoryContent),
                                                               today: day("2026-11-24"), actor: testActor)
        let page = try Dashboard.page(databasePath: path, content: repositoryContent, term: nil, asOf: day("2026-11-24"))
        #expect(page.termName == "2026—2027学年第一学期")
        #expect(page.bodyHTML.contains("<title id=\"dash-chart-1-title\">全部学校：班会 38 个班：已完成 12，进度正常 22，落后 4，未完成 0；宣讲 10 人次：已完成 7，进度正常 3，落后 0，未完成 0；"))
        let spring = try Dashboard.page(databasePath: path, content: repositoryContent, term: "2026-spring",
                                        asOf: day("2026-11-24"))
        #expect(spring.termName == "2025—2026学年第二学期")
        #expect(throws: UserError("数据库 /nowhere.sqlite 不存在。请检查 --db，或先运行 campaign demo 生成演示数据。")) {
            try Dashboard.page(databasePath: "/nowhere.sqlite", content: repositoryContent, term: nil, asOf: day("2026-11-24"))
        }
    }
}
