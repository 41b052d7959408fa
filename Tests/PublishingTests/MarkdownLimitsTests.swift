import CampaignCore
import Foundation
import Testing
@testable import Publishing

/// Inputs under the size limit that libcmark 0.30.2 would take seconds over are refused first.
@Suite struct MarkdownLimitsTests {
    /// 252 KB of `![[]()`: 6 s in libcmark 0.30.2.
    static let imagesAndLinks = String(repeating: "![[]()", count: 43_000)

    @Test func manyImageOpenersAndLinksInOneParagraphAreRefused() async throws {
        #expect(Self.imagesAndLinks.utf8.count < MarkdownLimits.maxBytes)
        let message = "这一段有 43000 个图片标记“![”和 43000 个“]”，网页生成会慢到无法完成。"
            + "请删去多余的方括号（要显示方括号本身，写成 \\[ 和 \\]），或把图片和链接分到更多段落里（段落之间空一行）。"
        #expect(MarkdownLimits.problems(in: "前言\n\n" + Self.imagesAndLinks).map(\.line) == [3])
        #expect(MarkdownLimits.problems(in: Self.imagesAndLinks).first?.message == message)

        let fixture = try Fixture([
            "letters/one.md": Fixture.letter(issue: 1, date: "2025-09-01", body: "您好！\n\n" + Self.imagesAndLinks),
        ])
        defer { fixture.remove() }
        #expect(await fixture.failures() == ["Content/letters/one.md:11: error: \(message)"])
        #expect(!FileManager.default.fileExists(atPath: fixture.output.path))
    }

    /// The web app's letter preview renders through `DocumentRenderer`: it gets the same refusal
    /// without calling libcmark.
    @Test func theRendererRefusesWithoutParsing() {
        let doc = Document(kind: .letter, source: "letters/x.md", slug: "1", title: "x",
                           body: Self.imagesAndLinks, bodyLine: 8)
        let renderer = DocumentRenderer(links: LinkResolver(documents: [doc], assets: [], isPublished: { _ in true }),
                                        displayRoot: "Content", baseURL: "https://example.org/")
        let started = Date()
        let rendered = renderer.render(doc, published: true)
        let seconds = Date().timeIntervalSince(started)
        #expect(rendered.html.isEmpty)
        #expect(rendered.diagnostics.map(\.line) == [8])
        #expect(rendered.diagnostics.map(\.severity) == [.error])
        // Not a timing test: a generous bound only, so that a regression to parsing (6 s) shows.
        #expect(seconds < 2)
    }

    @Test func theWorstShapesAreAllCaught() {
        let size = 250 * 1024
        let shapes = [
            String(repeating: "![", count: size / 4) + String(repeating: "[]()", count: size / 8),
            String(repeating: "![\n", count: size / 6) + String(repeating: "[]()\n", count: size / 10),
            "[a]: b\n\n" + String(repeating: "![[a]", count: size / 5),
        ]
        for shape in shapes {
            #expect(MarkdownLimits.problems(in: shape).count == 1)
        }
    }

    @Test func ordinaryTextWithManyLinksPasses() {
        // A thousand paragraphs of an image and a link each, and one paragraph of 500 of each.
        let paragraphs = String(repeating: "![图](p.svg) 见[学习单](handout.md)。\n\n", count: 1_000)
        #expect(MarkdownLimits.problems(in: paragraphs).isEmpty)
        #expect(MarkdownLimits.problems(in: String(repeating: "![a](b)[c](d)", count: 500)).isEmpty)
        // Escaped brackets are text to cmark, and do not count.
        #expect(MarkdownLimits.problems(in: String(repeating: "!\\[\\[\\]()", count: 20_000)).isEmpty)
        // Two paragraphs each under the limit, but together over it.
        let half = String(repeating: "![]", count: 2_000)
        #expect(MarkdownLimits.problems(in: half + "\n\n" + half).isEmpty)
        #expect(MarkdownLimits.problems(in: half + "\n\n" + half + "\n \n" + half).map(\.line) == [5])
    }
}
