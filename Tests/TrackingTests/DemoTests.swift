import CampaignCore
import Foundation
import Testing
@testable import Tracking

@Suite struct DemoTests {
    func shipped() throws -> TrackerContent {
        try TrackerContent.load(from: repositoryContent)
    }

    @Test func aSmallCountyPartlyBehindAtTheEndOfNovember() throws {
        let database = try TrackerDatabase.inMemory()
        let demo = try database.populateDemo(content: try shipped(), today: day("2026-11-24"), actor: testActor)
        #expect(demo.term.id == "2026-autumn")
        #expect([ImportKind.schools, .classes, .officers, .assignments].map { demo.added($0) } == [7, 38, 5, 10])
        let report = try database.complianceReport(term: demo.term, asOf: day("2026-11-24"), rules: Rules())
        #expect(ComplianceReport.counts(report.classes) == [.met: 12, .onTrack: 22, .behind: 4, .missed: 0])
        #expect(ComplianceReport.counts(report.officers) == [.met: 7, .onTrack: 3, .behind: 0, .missed: 0])
        #expect(report.hasProblems)
        // One officer serves two schools.
        #expect(report.officers.filter { $0.code == "QHP01" }.map(\.schoolCode) == ["QH01", "QH02"])
        // Nothing is dated after today, and every entry is on a school day.
        let dates = try database.meetings().map(\.date) + database.lectures().map(\.date)
        #expect(dates.allSatisfy { $0 <= day("2026-11-24") && demo.term.isSchoolDay($0) })
    }

    @Test func runningAgainLaterAddsOnlyWhatHappenedSince() throws {
        let content = try shipped()
        let once = try TrackerDatabase.inMemory()
        _ = try once.populateDemo(content: content, today: day("2026-11-24"), actor: testActor)
        let twice = try TrackerDatabase.inMemory()
        _ = try twice.populateDemo(content: content, today: day("2026-10-09"), actor: testActor)
        let later = try twice.populateDemo(content: content, today: day("2026-11-24"), actor: testActor)
        #expect(later.added(.schools) == 0)
        #expect(later.added(.meetings) > 0)
        #expect(try twice.meetings().map(\.date) == once.meetings().map(\.date))
        let again = try twice.populateDemo(content: content, today: day("2026-11-24"), actor: testActor)
        #expect(again.imports.map(\.added) == [0, 0, 0, 0, 0, 0, 0])
    }

    @Test func worksOnAnyDate() throws {
        let content = try shipped()
        // In the summer vacation: the spring term, all over.
        let summer = try TrackerDatabase.inMemory()
        let demo = try summer.populateDemo(content: content, today: day("2026-08-15"), actor: testActor)
        #expect(demo.term.id == "2026-spring")
        let report = try summer.complianceReport(term: demo.term, asOf: day("2026-08-15"), rules: Rules())
        #expect(report.classes.allSatisfy { $0.status == .met || $0.status == .missed })
        // On the first day of a term: rosters, and no entries yet.
        let first = try TrackerDatabase.inMemory()
        let start = try first.populateDemo(content: content, today: day("2025-09-01"), actor: testActor)
        #expect((start.term.id, start.added(.classes), start.added(.meetings)) == ("2025-autumn", 38, 0))
        #expect(throws: UserError("2025-08-01 之前还没有开始的学期（已知的学期：2025-autumn、2026-spring、2026-autumn）。请在 Content/calendar 中添加学期文件。")) {
            try TrackerDatabase.inMemory().populateDemo(content: content, today: day("2025-08-01"), actor: testActor)
        }
    }
}
