import Foundation
import Testing
import CampaignCore
@testable import Publishing

@Suite struct MarkdownTests {
    @Test func rendersLikeCmarkSmart() {
        // Expected output produced by Debian's `cmark --smart` 0.30.2 for the same input.
        let input = "# 标题\n\n\"引号\" -- 破折号...\n\n- 一\n- 二\n\n> 引用 *强调* **粗体**\n\n<div>raw</div>\n\n`code` <b>x</b>\n\n[链接](handout.md \"t\")\n"
        let expected = """
        <h1>标题</h1>
        <p>“引号” – 破折号…</p>
        <ul>
        <li>一</li>
        <li>二</li>
        </ul>
        <blockquote>
        <p>引用 <em>强调</em> <strong>粗体</strong></p>
        </blockquote>
        <!-- raw HTML omitted -->
        <p><code>code</code> <!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>
        <p><a href="handout.md" title="t">链接</a></p>

        """
        #expect(Markdown.html(from: input) == expected)
    }

    @Test func strayEmphasisNextToChinesePunctuation() {
        let markdown = Markdown("第一行\n请阅读**“安全守则”**后签字\n")
        #expect(markdown.html() == "<p>第一行\n请阅读**“安全守则”**后签字</p>\n")
        let stray = markdown.textRuns.filter { EmphasisCheck.hasStrayMarkers($0.text) }
        #expect(stray.map(\.line) == [2])
        #expect(!EmphasisCheck.hasStrayMarkers("3 * 4 = 12"))
        #expect(Markdown.html(from: "请阅读“**安全守则**”后签字") == "<p>请阅读“<strong>安全守则</strong>”后签字</p>\n")
    }

    @Test func linksAndRawHTMLWithLines() {
        let markdown = Markdown("段落\n第二行[a](x.md)\n\n<div>\n</div>\n\n![图](p.svg) <b>\n")
        #expect(markdown.links == [
            MarkdownLink(url: "x.md", line: 2, isImage: false),
            MarkdownLink(url: "p.svg", line: 7, isImage: true),
        ])
        #expect(markdown.rawHTMLLines == [4, 7])
    }

    @Test func rewritesLinks() {
        let markdown = Markdown("[a](x.md) [b](https://e.org)")
        markdown.rewriteLinks { $0.url == "x.md" ? "x/" : nil }
        #expect(markdown.html() == "<p><a href=\"x/\">a</a> <a href=\"https://e.org\">b</a></p>\n")
    }

    @Test func blocksGiveHeadingsAndListItems() {
        let markdown = Markdown("## 活动流程\n\n1. 导入（5分钟）：说明\n   继续\n   - 子项\n2. 讨论（10分钟）\n")
        #expect(markdown.blocks.count == 2)
        #expect(markdown.blocks.first == .heading(level: 2, text: "活动流程", line: 1))
        guard case let .list(ordered, items) = markdown.blocks.last else {
            Issue.record("expected a list")
            return
        }
        #expect(ordered)
        #expect(items.map(\.firstLine) == ["导入（5分钟）：说明", "讨论（10分钟）"])
        #expect(items.map(\.line) == [3, 6])
    }

    @Test func limitsRefuseHugeAndDeepInput() {
        let big = String(repeating: "字", count: 90_000)  // 270,000 bytes
        #expect(MarkdownLimits.problems(in: big).map(\.line) == [nil])
        #expect(MarkdownLimits.problems(in: big).first?.message == "文件有 263 KB，超过了 256 KB 的上限。请把内容拆成几个文件。")
        let quadratic = "text\n" + String(repeating: "- ", count: 40) + "x\n"
        #expect(MarkdownLimits.problems(in: quadratic).map(\.line) == [2])
        #expect(MarkdownLimits.problems(in: String(repeating: "> ", count: 33) + "x").count == 1)
        #expect(MarkdownLimits.problems(in: String(repeating: "> ", count: 32) + "x").isEmpty)
        #expect(MarkdownLimits.problems(in: "- a\n  - b\n1. c\n").isEmpty)
    }

    @Test func renderCommandAppliesTheSameLimits() throws {
        #expect(try MarkdownLimits.checkedHTML(from: "*a*") == "<p><em>a</em></p>\n")
        #expect(throws: DiagnosticsError([.error("这一行嵌套了超过 32 层列表或引用。请减少嵌套层数。", path: "<stdin>", line: 2)])) {
            try MarkdownLimits.checkedHTML(from: "x\n" + String(repeating: "- ", count: 33) + "x")
        }
    }

    /// The one-pass inspection finds what the separate walks find, on every bundled Markdown file.
    @Test func inspectionMatchesTheSeparateWalks() throws {
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Content")
        var checked = 0
        let walker = FileManager.default.enumerator(atPath: content.path)
        var texts = ["**“安全守则”**后\n\n<b>x</b> 请阅读**“守则”**\n> > - *a*\n\n<div>\nraw\n</div>\n"]
        while let rel = walker?.nextObject() as? String {
            if rel.hasSuffix(".md") { texts.append(try TextFile.read(content.appendingPathComponent(rel))) }
        }
        for text in texts {
            let markdown = Markdown(FrontMatter(splitting: text).body)
            var stray: [Int] = []
            for (run, line) in markdown.textRuns where EmphasisCheck.hasStrayMarkers(run) && !stray.contains(line) {
                stray.append(line)
            }
            let inspection = markdown.inspect()
            #expect(inspection.rawHTMLLines == markdown.rawHTMLLines)
            #expect(inspection.strayEmphasisLines == stray)
            checked += 1
        }
        #expect(checked > 40)
        let sample = Markdown(texts[0]).inspect()
        #expect(sample.strayEmphasisLines == [1, 3])
        #expect(sample.rawHTMLLines == [3, 6])
        #expect(sample.depth == 6)  // document, 2 quotes, list, item, paragraph, emphasis; minus one
    }

    @Test func depthCountsNestedContainers() {
        #expect(Markdown("x").depth == 1)
        #expect(Markdown("> > x").depth == 3)
        let nested = (0..<40).map { String(repeating: "  ", count: $0) + "- a" }.joined(separator: "\n")
        #expect(Markdown(nested).depth > MarkdownLimits.maxDepth)
    }
}
