import CampaignCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation
@testable import Publishing

@Suite struct SiteBuildTests {
    @Test func buildsEveryKindOfPage() async throws {
        let fixture = try Fixture.small()
        defer { fixture.remove() }
        let summary = try await fixture.build()
        #expect(summary.kits == 1)
        #expect(summary.cases == 1)
        #expect(summary.letters == 2)  // issue 3 is dated after --as-of
        #expect(summary.warnings.isEmpty)
        for path in ["index.html", "kits/index.html", "kits/what-is-bullying/index.html",
                     "kits/what-is-bullying/handout.html", "kits/what-is-bullying/cards.svg", "kits/what-is-bullying.zip",
                     "cases/index.html", "cases/nicknames/index.html", "letters/index.html", "letters/1/index.html",
                     "letters/1/wechat.html", "letters/feed.xml", "about/index.html", "grades/primary-middle/index.html",
                     "themes/what-is-bullying/index.html", "sitemap.xml", "404.html", "search/index.html",
                     "assets/style.css"] {
            #expect(fixture.exists(path), "missing \(path)")
        }
        #expect(!fixture.exists("letters/3/index.html"))
        let kit = try fixture.read("kits/what-is-bullying/index.html")
        #expect(kit.contains("<html lang=\"zh-CN\">"))
        #expect(kit.contains("<a href=\"../../cases/nicknames/\">案例</a>"))
        #expect(kit.contains("<img src=\"cards.svg\" alt=\"图\" />"))
        #expect(kit.contains("<a href=\"handout.html\">学习单</a>"))
        #expect(kit.contains("href=\"../what-is-bullying.zip\" download"))
        #expect(kit.contains("小学中年级（3—4年级）"))
        #expect(kit.contains("<dt>主题</dt><dd><a class=\"tag\" href=\"../../themes/what-is-bullying/\">认识欺凌</a>"))
        #expect(kit.contains("<li><a href=\"handout.html\">学习单</a></li><li><a href=\"cards.svg\">cards.svg</a></li>"))
        #expect(kit.contains("<li>知道什么是欺凌</li>"))
        #expect(!kit.contains("nil"))
        let home = try fixture.read("index.html")
        #expect(home.contains("<h2>典型案例</h2>"))
        #expect(home.contains("<a href=\"cases/nicknames/\">起外号的案例</a>"))
        let kits = try fixture.read("kits/index.html")
        #expect(kits.contains("<span class=\"filter-label\">年级：</span>"))
        let letter = try fixture.read("letters/2/index.html")
        #expect(letter.contains("<a href=\"../1/\">上一期</a>"))
        #expect(letter.contains("第2期"))
    }

    @Test func kitZipHoldsPlanAndAttachmentsOnlyAndIsReproducible() async throws {
        let fixture = try Fixture.small()
        defer { fixture.remove() }
        try await fixture.build()
        let first = try Data(contentsOf: fixture.output.appendingPathComponent("kits/what-is-bullying.zip"))
        try await fixture.build()
        let second = try Data(contentsOf: fixture.output.appendingPathComponent("kits/what-is-bullying.zip"))
        #expect(first == second)

        let archive = try Archive(data: first, accessMode: .read)
        #expect(archive.map(\.path) == ["cards.svg", "handout.html", "lesson-plan.html"])
        var plan = Data()
        if let entry = archive["lesson-plan.html"] {
            _ = try archive.extract(entry) { plan.append($0) }
        }
        let html = String(decoding: plan, as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>"))
        #expect(html.contains("<a href=\"handout.html\">学习单</a>"))
        #expect(html.contains("<a href=\"https://example.org/c/cases/nicknames/\">案例</a>"))
        #expect(html.contains("@page { size: A4;"))
    }

    @Test func draftsAndFutureLettersAreHiddenUnlessAsked() async throws {
        let fixture = try Fixture.small()
        defer { fixture.remove() }
        try fixture.write("letters/four.md", Fixture.letter(issue: 4, date: "2025-11-01", draft: true))
        try await fixture.build()
        #expect(!fixture.exists("letters/4/index.html"))
        let sitemap = try fixture.read("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/c/letters/1/</loc><lastmod>2025-09-01</lastmod>"))
        #expect(!sitemap.contains("letters/4/"))
        #expect(!sitemap.contains("letters/3/"))
        #expect(try fixture.read("letters/feed.xml").components(separatedBy: "<entry>").count - 1 == 2)

        let summary = try await fixture.build(drafts: true)
        #expect(summary.letters == 4)
        #expect(fixture.exists("letters/4/index.html"))
        #expect(try fixture.read("letters/4/index.html").contains("这是草稿，尚未发布。"))

        try await fixture.build(asOf: "2026-12-01")
        #expect(fixture.exists("letters/3/index.html"))
    }

    @Test func letterArchivePagesTwentyNewestFirst() async throws {
        var files: [String: String] = [:]
        for n in 1...45 {
            let day = Day(ordinal: (Day(iso: "2025-09-01")?.ordinal ?? 0) + n)
            files["letters/l\(n).md"] = Fixture.letter(issue: n, date: day.description)
        }
        let fixture = try Fixture(files)
        defer { fixture.remove() }
        try await fixture.build()
        let first = try fixture.read("letters/index.html")
        #expect(first.contains("第 1 / 3 页"))
        #expect(first.range(of: "第45期")?.lowerBound ?? first.endIndex < first.range(of: "第44期")?.lowerBound ?? first.startIndex)
        #expect(!first.contains("第25期"))
        #expect(first.contains("href=\"page/2/\""))
        let second = try fixture.read("letters/page/2/index.html")
        #expect(second.contains("第25期") && second.contains("第6期") && !second.contains("第5期"))
        #expect(second.contains("href=\"../../\"") && second.contains("href=\"../3/\""))
        #expect(try fixture.read("letters/page/3/index.html").contains("第1期"))
        #expect(!fixture.exists("letters/page/4/index.html"))
    }

    @Test func atomFeedIsWellFormed() async throws {
        let fixture = try Fixture.small()
        defer { fixture.remove() }
        try await fixture.build()
        let feed = try fixture.read("letters/feed.xml")
        #expect(feed.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""))
        #expect(feed.contains("<updated>2025-10-01T00:00:00+08:00</updated>"))
        #expect(feed.contains("<link href=\"https://example.org/c/letters/2/\"/>"))
        // Relative links become absolute inside the feed.
        #expect(feed.contains("href=&quot;https://example.org/c/letters/1/&quot;"))
        let parser = XMLParser(data: Data(feed.utf8))
        #expect(parser.parse())
    }

    @Test func weChatFragmentHasInlineStylesOnly() async throws {
        let fixture = try Fixture([
            "letters/a.md": Fixture.letter(issue: 1, date: "2025-09-01",
                                           body: "## 标题\n\n**重要**：请看[网站](https://example.org)。\n\n![图](../media/x.png)\n"),
            "media/x.png": "png",
        ])
        defer { fixture.remove() }
        try await fixture.build()
        let html = try fixture.read("letters/1/wechat.html")
        for banned in ["<style", "<link", "<script", "class=", "<a ", "<img"] {
            #expect(!html.contains(banned), "\(banned) must not appear")
        }
        #expect(html.contains("<h2 style=\"margin:1.2em 0 0.6em;font-size:18px;line-height:1.4;color:#1a5c3a;\">标题</h2>"))
        #expect(html.contains("<strong style=\"font-weight:bold;color:#222;\">重要</strong>"))
        #expect(html.contains("［图片：图，请在编辑器中另行上传］"))
        #expect(html.contains("网页版：https://example.org/c/letters/1/"))
    }

    @Test func failedBuildLeavesOldOutputUntouched() async throws {
        let fixture = try Fixture.small()
        defer { fixture.remove() }
        try await fixture.build()
        let marker = fixture.output.appendingPathComponent("marker.txt")
        try Data("old".utf8).write(to: marker)
        let before = try fixture.read("index.html")

        try fixture.write("pages/bad.md", "---\nsummary: 没有标题\n---\n")
        let failures = await fixture.failures()
        #expect(failures == ["Content/pages/bad.md:2: error: 缺少必填项“title”。请在开头的设置部分加上 title: …"])
        #expect(FileManager.default.fileExists(atPath: marker.path))
        #expect(try fixture.read("index.html") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)

        // An incremental build only replaces the files it made; a full build replaces the folder.
        try FileManager.default.removeItem(at: fixture.content.appendingPathComponent("pages/bad.md"))
        try await fixture.build()
        #expect(FileManager.default.fileExists(atPath: marker.path))
        try await fixture.build(full: true)
        #expect(!FileManager.default.fileExists(atPath: marker.path))
    }

    @Test func extraPagesGetTheLayoutAndANavLink() async throws {
        let fixture = try Fixture.small()
        defer { fixture.remove() }
        var options = fixture.options()
        options.extraPages = [ExtraPage(path: "dashboard/", title: "完成情况", bodyHTML: "<p>班会 38 个班</p>")]
        _ = try await SiteBuilder(options: options).build()
        let page = try fixture.read("dashboard/index.html")
        #expect(page.contains("<h1>完成情况</h1>\n<p>班会 38 个班</p>"))
        #expect(page.contains("<a href=\"../dashboard/\" aria-current=\"page\">完成情况</a>"))
        #expect(try fixture.read("index.html").contains("<a href=\"dashboard/\">完成情况</a>"))
        #expect(try fixture.read("sitemap.xml").contains("<loc>https://example.org/c/dashboard/</loc>"))
    }

    @Test func summaryLine() {
        var summary = BuildSummary()
        summary.pages = 1750
        summary.kits = 50
        summary.cases = 200
        summary.letters = 698
        summary.seconds = 1.234
        #expect(summary.line == "已生成 1750 个页面：材料包 50 个，案例 200 个，家长信 698 期，用时 1.23 秒。")
        summary.searchSeconds = 0.5
        summary.warnings = [.warning("w", path: "p", line: 1)]
        #expect(summary.line == "已生成 1750 个页面：材料包 50 个，案例 200 个，家长信 698 期，用时 1.23 秒（其中搜索索引 0.50 秒），1 条提醒。")
    }

    @Test func relativeURLs() {
        #expect(LinkResolver.relative(from: "kits/a/", to: "kits/a/handout.html") == "handout.html")
        #expect(LinkResolver.relative(from: "kits/a/", to: "cases/x/") == "../../cases/x/")
        #expect(LinkResolver.relative(from: "kits/a/handout.html", to: "kits/a/") == "./")
        #expect(LinkResolver.relative(from: "", to: "kits/") == "kits/")
        #expect(LinkResolver.relative(from: "letters/page/2/", to: "letters/") == "../../")
        #expect(LinkResolver.rootPrefix(for: "") == "")
        #expect(LinkResolver.rootPrefix(for: "letters/page/2/") == "../../../")
    }
}
