import Foundation
import Testing
@testable import Publishing

/// Every content error a build reports, with its exact file, line and message.
@Suite struct ContentErrorTests {
    func failures(_ files: [String: String]) async throws -> [String] {
        let fixture = try Fixture(files)
        defer { fixture.remove() }
        return await fixture.failures()
    }

    @Test func yamlThatDoesNotParse() async throws {
        let result = try await failures(["pages/a.md": "---\ntitle: 关于\nsummary: [没有闭合\n---\n\n正文\n"])
        #expect(result.count == 1)
        #expect(result.first?.hasPrefix("Content/pages/a.md:4: error: YAML 格式有误：") == true)
    }

    @Test func missingTitleAndUnclosedFrontMatter() async throws {
        let result = try await failures([
            "pages/a.md": "---\nsummary: 说明\n---\n\n正文\n",
            "pages/b.md": "---\ntitle: 没有结束\n\n正文\n",
            "pages/c.md": "没有设置部分\n",
        ])
        #expect(result == [
            "Content/pages/a.md:2: error: 缺少必填项“title”。请在开头的设置部分加上 title: …",
            "Content/pages/b.md:1: error: 开头的设置部分没有以 --- 结束。请在设置之后加一行 ---。",
            "Content/pages/c.md:1: error: 文件开头缺少设置部分（以 --- 开始和结束的 YAML），至少要写 title。",
        ])
    }

    @Test func wrongTypesAndImpossibleDates() async throws {
        let result = try await failures([
            "letters/a.md": Fixture.letter(issue: 1, date: "2026-02-30"),
            "letters/b.md": "---\ntitle: 信\nissue: 第二期\ndate: 2026-03-02\n---\n\n正文\n",
            "kits/k/index.md": Fixture.kit(duration: 40).replacingOccurrences(of: "duration: 40", with: "duration: [40]"),
            "kits/k/handout.md": Fixture.handout,
        ])
        #expect(result == [
            "Content/kits/k/index.md:6: error: “duration”应为一段文字，不能是列表或嵌套设置。",
            "Content/letters/a.md:4: error: “date”的日期“2026-02-30”不存在或格式不对，请写成 YYYY-MM-DD，例如 2026-03-02。",
            "Content/letters/b.md:3: error: “issue”应为整数，这里写的是“第二期”。",
        ])
    }

    @Test func duplicateIssueNamesBothFiles() async throws {
        let result = try await failures([
            "letters/a.md": Fixture.letter(issue: 7, date: "2026-03-02"),
            "letters/b.md": Fixture.letter(issue: 7, date: "2026-03-09"),
        ])
        #expect(result == ["Content/letters/b.md:3: error: 期号 7 已被 Content/letters/a.md 使用。每期家长信的期号必须不同。"])
    }

    @Test func duplicateSlugs() async throws {
        let result = try await failures([
            "cases/a.md": Fixture.caseStudy().replacingOccurrences(of: "title:", with: "slug: same\ntitle:"),
            "cases/same.md": Fixture.caseStudy(),
            "pages/kits.md": Fixture.page,
        ])
        #expect(result == [
            "Content/cases/same.md: error: 网址 /cases/same/ 与 Content/cases/a.md 重复。请修改文件名或 slug。",
            "Content/pages/kits.md: error: 页面名“kits”与网站自带的栏目重名。请换一个文件名或 slug。",
        ])
    }

    @Test func unknownGradeAndTheme() async throws {
        let kit = Fixture.kit().replacingOccurrences(of: "grades: [primary-middle]", with: "grades:\n  - junior\n  - grade-7")
            .replacingOccurrences(of: "themes: [what-is-bullying]", with: "themes: [kindness]")
        let result = try await failures(["kits/k/index.md": kit, "kits/k/handout.md": Fixture.handout])
        #expect(result == [
            "Content/kits/k/index.md:6: error: 不认识的年级段“grade-7”。可用的有：primary-lower, primary-middle, primary-upper, junior, senior。",
            "Content/kits/k/index.md:7: error: 不认识的主题“kindness”。可用的主题在 site.yaml 的 themes 中：what-is-bullying, bystanders, cyberbullying, law, empathy, friendship, self-protection。",
        ])
    }

    @Test func brokenLinksAndPathsLeavingTheKit() async throws {
        let result = try await failures([
            "kits/k/index.md": Fixture.kit(links: "\n见[案例](../../cases/missing.md)和![图](../other/pic.png)，[外面](../../../x.md)。"),
            "kits/k/handout.md": Fixture.handout,
            "kits/other/index.md": Fixture.kit(),
            "kits/other/handout.md": Fixture.handout,
            "kits/other/pic.png": "png",
        ])
        #expect(result == [
            "Content/kits/k/index.md:15: error: 链接“../../cases/missing.md”指向的文件 cases/missing.md 不存在。请检查文件名和相对路径（例如同一文件夹用 handout.md，从材料包到案例用 ../../cases/文件名.md）。",
            "Content/kits/k/index.md:15: error: 链接“../other/pic.png”指向了材料包文件夹之外的文件。材料包要能单独下载，请把这个文件复制到材料包自己的文件夹里。",
            "Content/kits/k/index.md:15: error: 链接“../../../x.md”指向了内容文件夹之外。请只链接内容文件夹里的文件。",
        ])
    }

    @Test func personalDataInCaseStudies() async throws {
        let body = "## 事件经过\n\n家长电话 13812345678，另一个 138-1234-5678。\n\n身份证 11010519491231002X 不应出现。\n编号 110105194912310021 校验位不对。\n"
        let result = try await failures(["cases/a.md": Fixture.caseStudy(body)])
        #expect(result == [
            "Content/cases/a.md:11: error: 疑似手机号码（138……）。案例必须匿名，不得出现任何个人信息。请删除这个号码。",
            "Content/cases/a.md:11: error: 疑似手机号码（138……）。案例必须匿名，不得出现任何个人信息。请删除这个号码。",
            "Content/cases/a.md:13: error: 疑似居民身份证号码（110105……）。案例必须匿名，不得出现任何个人信息。请删除这个号码。",
        ])
    }

    @Test func officialNumbersAreNotPersonalData() {
        #expect(PersonalData.findings(in: "请拨打 110 或 12355，学校电话 0755-12345678。").isEmpty)
        #expect(PersonalData.findings(in: "订单号 213812345678901").isEmpty)
        #expect(PersonalData.isValidResidentID("11010519491231002X"))
        #expect(!PersonalData.isValidResidentID("110105194912310021"))
    }

    @Test func oversizedAndDeeplyNestedMarkdown() async throws {
        let big = "---\ntitle: 大\n---\n\n" + String(repeating: "字", count: 90_000)
        let deep = "---\ntitle: 深\n---\n\n正文\n" + String(repeating: "> ", count: 40) + "x\n"
        let result = try await failures(["pages/big.md": big, "pages/deep.md": deep])
        #expect(result == [
            "Content/pages/big.md:1: error: 文件有 263 KB，超过了 256 KB 的上限。请把内容拆成几个文件。",
            "Content/pages/deep.md:6: error: 这一行嵌套了超过 32 层列表或引用。请减少嵌套层数。",
        ])
    }

    @Test func kitLintNamesMissingSectionsAndWrongMinutes() async throws {
        let missing = Fixture.kit().replacingOccurrences(of: "## 情景剧本", with: "## 剧本")
        let result = try await failures([
            "kits/a/index.md": missing, "kits/a/handout.md": Fixture.handout,
            "kits/b/index.md": Fixture.kit(duration: 45), "kits/b/handout.md": Fixture.handout,
            "kits/c/index.md": Fixture.kit().replacingOccurrences(of: "环节2（20分钟）", with: "环节2"),
            "kits/c/handout.md": Fixture.handout,
        ])
        #expect(result == [
            "Content/kits/a/index.md:1: error: 教案缺少“情景剧本”一节。请加上二级标题“## 情景剧本”并写好内容。",
            "Content/kits/b/index.md:20: error: “活动流程”各环节合计 40 分钟，但设置中的 duration 是 45 分钟。请调整环节时长或 duration，使两者一致。",
            "Content/kits/c/index.md:23: error: 这个环节没有写时长。请在这一行写上“（N分钟）”，例如“导入（5分钟）”。",
        ])
    }

    @Test func warningsForRawHTMLAndStrayAsterisksDoNotStopTheBuild() async throws {
        let fixture = try Fixture(["pages/a.md": "---\ntitle: 页\n---\n\n第一段<br>\n\n请阅读**“安全守则”**后签字\n"])
        defer { fixture.remove() }
        let summary = try await fixture.build()
        #expect(summary.warnings.map(\.description) == [
            "Content/pages/a.md:5: warning: 这一行的 HTML 代码不会显示：网站只接受 Markdown。请改用 Markdown 写法。",
            "Content/pages/a.md:7: warning: \(EmphasisCheck.message)",
        ])
        #expect(try !fixture.read("a/index.html").contains("<br>"))
    }

    @Test func everyProblemInEveryFileInOneRun() async throws {
        let result = try await failures([
            "pages/a.md": "---\nsummary: 1\n---\n",
            "pages/b.md": "---\nsummary: 2\n---\n",
            "letters/c.md": Fixture.letter(issue: 1, date: "2026-13-01"),
        ])
        #expect(result.count == 3)
    }
}
