import CampaignCore
import Foundation
import Testing
@testable import Publishing

/// Incremental builds that once differed from a full build: adding or removing `--db` (the
/// dashboard), and an edit that keeps the file's size and puts its modification time back.
@Suite struct IncrementalBuildEdgeTests {
    /// The dashboard as `campaign build --db` passes it (see `DashboardOptions.page`).
    static func dashboard(term: String) -> ExtraPage {
        ExtraPage(path: "dashboard/", title: "\(term)完成情况", description: "\(term)各学校的完成情况（只显示数量）。",
                  bodyHTML: "<p>\(term)：班会 38 个班，已完成 12。</p>")
    }

    func options(_ fixture: Fixture, dashboard: ExtraPage?, full: Bool = false) -> BuildOptions {
        var options = fixture.options(full: full)
        options.extraPages = dashboard.map { [$0] } ?? []
        if full { options.output = fixture.root.appendingPathComponent("full") }
        return options
    }

    /// Builds incrementally into the fixture's output and fully into another folder; returns both trees.
    func buildBoth(_ fixture: Fixture, dashboard: ExtraPage?) async throws -> (BuildSummary, [String: Data], [String: Data]) {
        let summary = try await SiteBuilder(options: options(fixture, dashboard: dashboard)).build()
        let full = options(fixture, dashboard: dashboard, full: true)
        _ = try await SiteBuilder(options: full).build()
        return (summary, fixture.tree(), fixture.tree(full.output))
    }

    @Test func addingChangingAndRemovingTheDashboardEqualsAFullBuild() async throws {
        let fixture = try Fixture.small()
        defer { fixture.remove() }
        try await fixture.age()
        try await fixture.build()
        let link = "完成情况</a></li>"

        let (_, added, fullAdded) = try await buildBoth(fixture, dashboard: Self.dashboard(term: "2026年秋季学期"))
        #expect(added == fullAdded)
        let pages = added.keys.filter { $0.hasSuffix("index.html") }.sorted()
        #expect(pages.count > 10)
        for page in pages where added[page].map({ String(decoding: $0, as: UTF8.self) })?.contains(link) != true {
            Issue.record("\(page) has no link to the dashboard")
        }

        // Another term (or as-of day) changes the dashboard alone: an incremental build suffices.
        let (changed, other, fullOther) = try await buildBoth(fixture, dashboard: Self.dashboard(term: "2027年春季学期"))
        #expect(changed.updatedFiles == 1)
        #expect(other == fullOther)

        let (_, removed, fullRemoved) = try await buildBoth(fixture, dashboard: nil)
        #expect(removed == fullRemoved)
        #expect(!removed.keys.contains("dashboard/index.html"))
        #expect(!removed.contains { $0.key.hasSuffix(".html") && String(decoding: $0.value, as: UTF8.self).contains(link) })
    }

    @Test func aSameSizeEditWithItsModificationTimePutBackIsSeen() async throws {
        let fixture = try Fixture.small()
        defer { fixture.remove() }
        try await fixture.age()
        try await fixture.build()

        let file = fixture.content.appendingPathComponent("letters/one.md").path
        let before = try FileManager.default.attributesOfItem(atPath: file)
        let edited = Fixture.letter(issue: 1, date: "2025-09-01", body: "尊敬的家长：\n\n再见！\n")
        #expect(edited.utf8.count == (before[.size] as? Int))
        try fixture.write("letters/one.md", edited)
        let modified = try #require(before[.modificationDate] as? Date)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file)
        let after = try FileManager.default.attributesOfItem(atPath: file)
        #expect(after[.modificationDate] as? Date == before[.modificationDate] as? Date)
        #expect(after[.size] as? Int == before[.size] as? Int)
        // Past the one second in which any changed file is read again anyway.
        try await Task.sleep(for: .milliseconds(1_100))

        let summary = try await fixture.build()
        #expect(summary.updatedFiles != nil)
        #expect(try fixture.read("letters/1/index.html").contains("再见！"))
        var full = fixture.options(full: true)
        full.output = fixture.root.appendingPathComponent("full")
        _ = try await SiteBuilder(options: full).build()
        #expect(fixture.tree() == fixture.tree(full.output))
    }
}
