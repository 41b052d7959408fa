import CampaignCore
import Foundation
import Testing
@testable import Publishing

/// A file whose front matter has an error is still checked to the end, and is still a file that
/// other files may link to: every problem comes out in one run.
@Suite struct FlawedFrontMatterTests {
    @Test func aKitWithFrontMatterAndBodyErrorsReportsAllOfThemInOneBuild() async throws {
        let kit = Fixture.kit(links: "见[学习单](worksheet.md)和![图](../../media/logo.svg)。")
            .replacingOccurrences(of: "grades: [primary-middle]", with: "grades: [primary-mid]")
            .replacingOccurrences(of: "date: 2026-03-02", with: "date: 2026-02-30")
        let unreadableDuration = Fixture.kit(steps: [10, 20, 5])
            .replacingOccurrences(of: "duration: 40", with: "duration: 四十")
        let fixture = try Fixture([
            "kits/flawed/index.md": kit,
            "kits/flawed/handout.md": Fixture.handout,
            "kits/minutes/index.md": unreadableDuration,
            "kits/minutes/handout.md": Fixture.handout,
            "media/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n",
            "cases/nicknames.md": Fixture.caseStudy("见[材料包](../kits/flawed/index.md)和[学习单](../kits/flawed/handout.md)。\n"),
            "letters/one.md": "---\ntitle: [未闭合\nissue: 1\ndate: 2025-09-01\n---\n\n正文。\n",
            "letters/two.md": Fixture.letter(issue: 2, date: "2025-10-01", body: "见[上一期](one.md)。\n"),
        ])
        defer { fixture.remove() }
        // Not reported: links from the case to the flawed kit and its handout, the kit lint's
        // "steps add up to 35, not 40" and "missing duration" for the kit whose duration is unreadable.
        let failures = await fixture.failures()
        #expect(failures == [
            "Content/kits/flawed/index.md:4: error: 不认识的年级段“primary-mid”。可用的有：primary-lower, primary-middle, primary-upper, junior, senior。",
            "Content/kits/flawed/index.md:9: error: “date”的日期“2026-02-30”不存在或格式不对，请写成 YYYY-MM-DD，例如 2026-03-02。",
            "Content/kits/flawed/index.md:14: error: 链接“worksheet.md”指向的文件 kits/flawed/worksheet.md 不存在。请检查文件名和相对路径（例如同一文件夹用 handout.md，从材料包到案例用 ../../cases/文件名.md）。",
            "Content/kits/flawed/index.md:14: error: 链接“../../media/logo.svg”指向了材料包文件夹之外的文件。材料包要能单独下载，请把这个文件复制到材料包自己的文件夹里。",
            "Content/kits/minutes/index.md:6: error: “duration”应为整数，这里写的是“四十”。",
            // YAML that does not parse: the file is still there for the link from letters/two.md.
            "Content/letters/one.md:3: error: YAML 格式有误：did not find expected ',' or ']'。请检查缩进、冒号和引号。",
        ])
        #expect(!FileManager.default.fileExists(atPath: fixture.output.path))
    }
}
