import CampaignCore
import Foundation
import Testing
@testable import Tracking

@Suite struct ReportTests {
    static let madeAt = SchoolYearsTests.at("2026-03-16")

    static func springCheck(_ database: TrackerDatabase) throws -> ComplianceReport {
        try SchoolYearsTests.check(database, SchoolYearsTests.spring2026, asOf: "2026-03-16")
    }

    @Test func sharesAlwaysAddUpToAHundred() {
        #expect(Shares.percentages([1, 1, 1]) == [34, 33, 33])
        #expect(Shares.percentages([1, 0, 0, 2]) == [33, 0, 0, 67])
        #expect(Shares.percentages([0, 0]) == [0, 0])
        #expect(Shares.percentages([7]) == [100])
        var random = SeededRandom(seed: "shares")
        for _ in 0..<500 {
            let counts = (0..<4).map { _ in random.int(in: 0...40) }
            let shares = Shares.percentages(counts)
            #expect(counts.allSatisfy { $0 == 0 } ? shares.allSatisfy { $0 == 0 } : shares.reduce(0, +) == 100, "\(counts)")
            for (count, share) in zip(counts, shares) where counts.reduce(0, +) > 0 {
                let exact = Double(count) * 100 / Double(counts.reduce(0, +))
                #expect(abs(Double(share) - exact) < 1, "\(counts)")
            }
        }
    }

    @Test func aCountyBulletinRanksSchoolsAndNamesWhatIsMissing() throws {
        let database = try SchoolYearsTests.spring()
        let report = try Self.springCheck(database)
        let bulletin = Bulletin(report: report, level: .county, area: "青禾县", cities: try database.schoolCities(),
                                stamp: ReportStamp(report: report, madeAt: Self.madeAt))
        #expect(bulletin.units.map { "\($0.rank) \($0.name) \($0.schools)" } == ["1 城关中学 1", "2 河西小学 1"])
        #expect(bulletin.summary == "截至2026年3月16日（本学期第 10/10 个上课日），青禾县共 2 所学校。3 个班中，主题班会已完成 1 个、"
            + "进度正常 0 个、落后 0 个、未完成 2 个；专题宣讲 3 人次中，已完成 2 人次，落后或未完成 1 人次；到校 1 人次中，"
            + "落后或未完成 1 人次；法治教育课时 2 人次中，落后或未完成 2 人次；1 所学校缺少护校民警。")
        #expect(bulletin.problemLines == [
            "城关中学：主题班会未完成 1 个班；到校未完成 1 人次；课时未完成 1 人次",
            "河西小学：主题班会未完成 1 个班；专题宣讲未完成 1 人次；课时未完成 1 人次；缺少护校民警",
        ])
        #expect(bulletin.total.meetings.percentages == [.met: 33, .onTrack: 0, .behind: 0, .missed: 67])
        let html = bulletin.html(issuer: "青禾县教育局")
        #expect(html.contains("<header class=\"issuer\">青禾县教育局</header>"))
        #expect(html.contains("<h1>关于2025—2026学年第二学期防欺凌工作落实情况的通报</h1>"))
        #expect(html.contains("<tr class=\"total\"><td></td><td>合计</td><td>1（33%） / 0（0%） / 0（0%） / 2（67%）</td>"))
        #expect(html.contains("数据摘要 SHA-256：\(bulletin.stamp.digest)"))
        #expect(bulletin.stamp.madeAt == "2026-03-16 10:00")
        for name in ["张警官", "李检察官", "刘老师"] { #expect(!html.contains(name)) }
        let csv = bulletin.csv
        #expect(csv.hasPrefix("\u{FEFF}排名,学校,项目,合计,已完成,进度正常,落后,未完成,已完成%,进度正常%,落后%,未完成%,缺少人员的学校数,统计截至,学期,数据摘要\r\n"))
        #expect(csv.contains("\r\n1,城关中学,主题班会,2,1,0,0,1,50,0,0,50,0,2026-03-16,2026-spring,"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(bulletin.json.text().utf8)) as? [String: Any])
        #expect((json["units"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["城关中学", "河西小学"])
    }

    @Test func aProvinceBulletinHasOneRowPerCity() throws {
        let database = try SchoolYearsTests.spring()
        let report = try Self.springCheck(database)
        let bulletin = Bulletin(report: report, level: .province, area: "全省", cities: try database.schoolCities(),
                                stamp: ReportStamp(report: report, madeAt: Self.madeAt))
        #expect(bulletin.units.map(\.name) == ["示例市"])
        #expect(bulletin.units.first?.schools == 2)
        #expect(bulletin.problemLines == ["示例市：主题班会未完成 2 个班；专题宣讲未完成 1 人次；到校未完成 1 人次；课时未完成 2 人次；"
            + "缺少护校民警的学校：河西小学"])
    }

    @Test func theLedgerStrikesThroughVoidedEntriesWithTheirReason() throws {
        let database = try SchoolYearsTests.spring()
        let meeting = try #require(try database.meetings().first { $0.date == day("2026-03-11") })
        try database.voidMeeting(id: meeting.id, reason: "日期填错", actor: testActor, now: SchoolYearsTests.at("2026-03-13"))
        let ledger = try database.ledger(
            term: SchoolYearsTests.spring2026, asOf: day("2026-03-16"), rules: Rules(), scope: CheckScope(county: "青禾县"),
            schoolYear: SchoolYearsTests.content.schoolYear(of: SchoolYearsTests.spring2026),
            kitTitles: [:], madeAt: Self.madeAt)
        #expect(ledger.schools.map(\.code) == ["S1", "S2"])
        #expect(ledger.schools[0].classes.map { "\($0.row.name) \($0.meetings.count)" } == ["九年级(1)班 1", "八年级(1)班 2"])
        #expect(ledger.schools[1].missing == ["护校民警"])
        let html = ledger.html(issuer: "青禾县教育局")
        #expect(html.contains("<td><s>2026-03-11</s></td><td><s>（未填材料）</s></td><td><s></s></td><td><s></s>（已作废：日期填错）</td>"))
        #expect(html.components(separatedBy: "<section class=\"school\">").count - 1 == 2)
        #expect(html.contains("<td>宣讲</td><td>2026-03-06</td><td>欺凌与法律责任</td><td>2</td><td></td>"))
        #expect(ledger.csv.contains("\r\n青禾县,S1,城关中学,班会,"))
        #expect(ledger.csv.contains(",2026-03-11,（未填材料）,,,,日期填错,1/2 未完成\r\n"))
    }

    @Test func aSubmissionGivesBackItsBytesWhateverIsLoggedLater() throws {
        let database = try SchoolYearsTests.spring()
        let report = try Self.springCheck(database)
        let bulletin = Bulletin(report: report, level: .county, area: "青禾县", cities: try database.schoolCities(),
                                stamp: ReportStamp(report: report, madeAt: Self.madeAt))
        let files: [(name: String, bytes: [UInt8])] = [("bulletin.html", Array(bulletin.html(issuer: "青禾县教育局").utf8)),
                                                        ("bulletin.csv", Array(bulletin.csv.utf8))]
        let id = try database.submit(kind: "bulletin", term: "2026-spring", asOf: day("2026-03-16"), scope: "青禾县",
                                     note: "报市教育局", files: files, actor: testActor, now: Self.madeAt)
        let lecture = try #require(try database.lectures().first)
        try database.voidLecture(id: lecture.id, reason: "重复登记", actor: testActor, now: SchoolYearsTests.at("2026-03-20"))
        let later = try Self.springCheck(database)
        #expect(ReportStamp(report: later, madeAt: Self.madeAt).digest != bulletin.stamp.digest)
        let back = try database.submissionFiles(id: id)
        #expect(back.map(\.name) == ["bulletin.csv", "bulletin.html"])
        #expect(back.first { $0.name == "bulletin.html" }?.bytes == files[0].bytes)
        #expect(back.first { $0.name == "bulletin.csv" }?.bytes == files[1].bytes)
        let listed = try #require(try database.submissions().first)
        #expect((listed.id, listed.kind, listed.scope, listed.note, listed.who) == (id, "bulletin", "青禾县", "报市教育局", "tester"))
        #expect(listed.digest == TrackerDatabase.digest(of: files))
        #expect(throws: UserError("没有编号为 99 的报送记录。请用 campaign report list 查看编号。")) {
            try database.submissionFiles(id: 99)
        }
        try database.writer.write { db in
            #expect(throws: (any Error).self) { try db.execute(sql: "UPDATE submissionFile SET bytes = x'00'") }
            #expect(throws: (any Error).self) { try db.execute(sql: "DELETE FROM submission") }
        }
        #expect(try database.auditTrail().contains { $0.action == "submit report" })
    }
}
