import CampaignCore
import Foundation
@testable import Publishing

/// A temporary content folder written from string literals, built with the repository's Site/.
struct Fixture {
    let root: URL
    var content: URL { root.appendingPathComponent("Content") }
    var output: URL { root.appendingPathComponent("public") }

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let site = repository.appendingPathComponent("Site")

    init(_ files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("campaign-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func options(asOf: String = "2026-11-24", drafts: Bool = false, full: Bool = false) -> BuildOptions {
        var options = BuildOptions(content: content, site: Fixture.site, output: output, contentDisplay: "Content",
                                   siteDisplay: "Site", asOf: Day(iso: asOf) ?? Day(ordinal: 0))
        options.drafts = drafts
        options.incremental = !full
        options.searchIndex = false
        options.baseURL = "https://example.org/c/"
        return options
    }

    @discardableResult
    func build(asOf: String = "2026-11-24", drafts: Bool = false, full: Bool = false) async throws -> BuildSummary {
        try await SiteBuilder(options: options(asOf: asOf, drafts: drafts, full: full)).build()
    }

    /// Sets every content file's modification time an hour back, as if written long before the
    /// build, and waits until their change times (which cannot be set back) are over a second old:
    /// files changed in the last second are always re-read (see `SourceStamp.unlessRacy`).
    func age() async throws {
        let old = Date().addingTimeInterval(-3600)
        let walker = FileManager.default.enumerator(atPath: content.path)
        while let rel = walker?.nextObject() as? String {
            try FileManager.default.setAttributes([.modificationDate: old],
                                                  ofItemAtPath: content.appendingPathComponent(rel).path)
        }
        try await Task.sleep(for: .milliseconds(1_100))
    }

    /// Every file below `folder` (default: the output) and its bytes.
    func tree(_ folder: URL? = nil) -> [String: Data] {
        let base = folder ?? output
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: base.path)
        while let rel = walker?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: base.appendingPathComponent(rel).path) {
                files[rel] = data
            }
        }
        return files
    }

    /// The diagnostics of a build that must fail, as printed.
    func failures(asOf: String = "2026-11-24") async -> [String] {
        do {
            try await build(asOf: asOf)
            return ["(build succeeded)"]
        } catch let error as DiagnosticsError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    // MARK: Sample sources

    static func kit(title: String = "认识欺凌", duration: Int = 40, steps: [Int] = [10, 20, 10],
                    extraFront: String = "", links: String = "") -> String {
        let list = steps.enumerated().map { "\($0.offset + 1). 环节\($0.offset + 1)（\($0.element)分钟）：活动。" }
            .joined(separator: "\n")
        return """
        ---
        title: \(title)
        summary: 一节示例班会。
        grades: [primary-middle]
        themes: [what-is-bullying]
        duration: \(duration)
        objectives:
          - 知道什么是欺凌
        date: 2026-03-02
        \(extraFront)---

        ## 活动目标

        知道什么是欺凌。\(links)

        ## 课前准备

        打印[学习单](handout.md)。

        ## 活动流程

        \(list)

        ## 情景剧本

        **小A**：你好。

        ## 讨论问题

        1. 这是欺凌吗？

        ## 总结与班级公约

        我们不欺负人。

        ## 家校联系

        请家长和孩子聊一聊。

        """
    }

    static let handout = "---\ntitle: 学习单\n---\n\n# 学习单\n\n写下你的想法。\n"

    static func letter(issue: Int, date: String, title: String? = nil, draft: Bool = false, body: String = "尊敬的家长：\n\n您好！\n") -> String {
        """
        ---
        title: \(title ?? "第\(issue)封信")
        issue: \(issue)
        date: \(date)
        summary: 摘要\(issue)
        draft: \(draft)
        ---

        \(body)
        """
    }

    static func caseStudy(_ body: String = "## 事件经过\n\n小A被同学甲起外号。\n") -> String {
        "---\ntitle: 起外号的案例\nsummary: 一个综合案例。\ndate: 2026-03-16\ngrades: [junior]\nthemes: [what-is-bullying]\n---\n\n\(body)"
    }

    static let page = "---\ntitle: 关于本站\nsummary: 说明。\n---\n\n这是关于页面。\n"

    /// A small valid site: one kit with a handout and an image, a case, three letters, a page.
    static func small() throws -> Fixture {
        try Fixture([
            "kits/what-is-bullying/index.md": kit(links: "见[案例](../../cases/nicknames.md)和![图](cards.svg)。"),
            "kits/what-is-bullying/handout.md": handout,
            "kits/what-is-bullying/cards.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"></svg>\n",
            "cases/nicknames.md": caseStudy(),
            "letters/one.md": letter(issue: 1, date: "2025-09-01"),
            "letters/two.md": letter(issue: 2, date: "2025-10-01", body: "见[上一期](one.md)。\n"),
            "letters/three.md": letter(issue: 3, date: "2026-12-01"),
            "pages/about.md": page,
        ])
    }
}
