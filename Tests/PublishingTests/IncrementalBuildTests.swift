import CampaignCore
import Foundation
import Testing
@testable import Publishing

@Suite struct IncrementalBuildTests {
    /// Writes `path` and gives it a modification time of its own, an hour back (see `Fixture.age`).
    func edit(_ fixture: Fixture, _ path: String, _ text: String, round: Int) throws {
        try fixture.write(path, text)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(Double(round) - 3600)],
                                              ofItemAtPath: fixture.content.appendingPathComponent(path).path)
    }

    /// A full build of the same sources into another folder, for comparison.
    func fullBuild(_ fixture: Fixture, asOf: String) async throws -> [String: Data] {
        var options = fixture.options(asOf: asOf, full: true)
        options.output = fixture.root.appendingPathComponent("full")
        _ = try await SiteBuilder(options: options).build()
        return fixture.tree(options.output)
    }

    @Test func afterEveryKindOfEditTheOutputEqualsAFullBuild() async throws {
        let fixture = try Fixture.small()
        defer { fixture.remove() }
        try await fixture.age()
        try await fixture.build()
        let edits: [(String, String, String)] = [
            ("letter body", "letters/one.md", Fixture.letter(issue: 1, date: "2025-09-01", body: "新的正文。\n")),
            ("letter title", "letters/two.md", Fixture.letter(issue: 2, date: "2025-10-01", title: "改过的标题", body: "见[上一期](one.md)。\n")),
            ("new letter linking back", "letters/four.md", Fixture.letter(issue: 4, date: "2025-11-01", body: "见[第二期](two.md)。\n")),
            ("case retitled", "cases/nicknames.md", Fixture.caseStudy().replacingOccurrences(of: "起外号的案例", with: "给同学起外号")),
            ("case made a draft", "cases/nicknames.md", Fixture.caseStudy().replacingOccurrences(of: "---\n\n", with: "draft: true\n---\n\n")),
            ("handout changed", "kits/what-is-bullying/handout.md", Fixture.handout + "\n再写一句。\n"),
            ("case published again", "cases/nicknames.md", Fixture.caseStudy()),
            ("page summary", "pages/about.md", Fixture.page.replacingOccurrences(of: "说明。", with: "新的说明。")),
        ]
        for (round, (what, path, text)) in edits.enumerated() {
            try edit(fixture, path, text, round: round + 1)
            let summary = try await fixture.build()
            #expect(summary.updatedFiles != nil, "\(what): should have been incremental")
            #expect(fixture.tree() == (try await fullBuild(fixture, asOf: "2026-11-24")), "\(what)")
        }
        // A new day publishes letter 3 (dated 2026-12-01): no file changed, the date did.
        let later = try await fixture.build(asOf: "2026-12-02")
        #expect(later.updatedFiles != nil)
        #expect(fixture.exists("letters/3/index.html"))
        #expect(fixture.tree() == (try await fullBuild(fixture, asOf: "2026-12-02")))
        // Removing a letter removes its pages and the folder they were in.
        try FileManager.default.removeItem(at: fixture.content.appendingPathComponent("letters/four.md"))
        _ = try await fixture.build(asOf: "2026-12-02")
        #expect(!FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("letters/4").path))
        #expect(fixture.tree() == (try await fullBuild(fixture, asOf: "2026-12-02")))
    }

    @Test func editingOneLetterRewritesOnlyWhatShowsIt() async throws {
        let fixture = try Fixture.small()
        defer { fixture.remove() }
        try await fixture.age()
        #expect(try await fixture.build().updatedFiles == nil)
        #expect(try await fixture.build().updatedFiles == 0)
        let home = try FileManager.default.attributesOfItem(atPath: fixture.output.appendingPathComponent("kits/index.html").path)

        try edit(fixture, "letters/two.md", Fixture.letter(issue: 2, date: "2025-10-01", body: "见[上一期](one.md)。新的一句。\n"),
                 round: 1)
        let summary = try await fixture.build()
        // The letter's page and WeChat page, the archive and home page that list it, the feed.
        #expect(summary.updatedFiles == 5)
        #expect(try fixture.read("letters/2/index.html").contains("新的一句。"))
        #expect(try fixture.read("letters/2/wechat.html").contains("新的一句。"))
        #expect(try fixture.read("letters/feed.xml").contains("新的一句。"))
        let after = try FileManager.default.attributesOfItem(atPath: fixture.output.appendingPathComponent("kits/index.html").path)
        #expect(after[.modificationDate] as? Date == home[.modificationDate] as? Date)
    }

    @Test func aChangedOptionOrABrokenCacheMeansAFullBuild() async throws {
        let fixture = try Fixture.small()
        defer { fixture.remove() }
        try await fixture.age()
        try await fixture.build()
        var options = fixture.options()
        options.baseURL = "https://example.org/other/"
        #expect(try await SiteBuilder(options: options).build().updatedFiles == nil)
        #expect(try fixture.read("sitemap.xml").contains("https://example.org/other/letters/1/"))

        let cache = BuildCache.location(for: fixture.output)
        #expect(cache.lastPathComponent == ".public.build-cache")
        try Data("not a cache".utf8).write(to: cache)
        #expect(try await fixture.build().updatedFiles == nil)
        #expect(try await fixture.build().updatedFiles == 0)
        try await fixture.build(full: true)
        #expect(try await fixture.build().updatedFiles == 0)
    }

    @Test func aFileChangedJustNowIsReadAgainNextTime() {
        let now = SourceStamp.now
        let fresh = SourceStamp(size: 10, modified: now - 500_000_000)
        let old = SourceStamp(size: 10, modified: now - 5_000_000_000)
        #expect(fresh.unlessRacy(now: now) != fresh)
        #expect(fresh.unlessRacy(now: now) != fresh.unlessRacy(now: now + 1))
        #expect(old.unlessRacy(now: now) == old)
    }
}
