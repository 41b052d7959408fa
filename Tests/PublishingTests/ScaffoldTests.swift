import CampaignCore
import Foundation
import Testing
@testable import Publishing

@Suite struct ScaffoldTests {
    let today = Day(iso: "2026-11-24") ?? Day(ordinal: 0)

    @Test func newKitCaseAndLetterBuildCleanly() async throws {
        let fixture = try Fixture(["letters/a.md": Fixture.letter(issue: 12, date: "2026-09-01")])
        defer { fixture.remove() }
        let kit = try Scaffold.create(.kit, title: "我们的约定", slug: nil, content: fixture.content, today: today)
        #expect(kit.path.hasSuffix("Content/kits/kit-20261124/index.md"))
        let again = try Scaffold.create(.kit, title: "第二个", slug: nil, content: fixture.content, today: today)
        #expect(again.path.hasSuffix("Content/kits/kit-20261124-2/index.md"))
        let caseURL = try Scaffold.create(.case, title: "案例", slug: "my-case", content: fixture.content, today: today)
        #expect(caseURL.lastPathComponent == "my-case.md")
        let letter = try Scaffold.create(.letter, title: "寒假前的一封信", slug: nil, content: fixture.content, today: today)
        #expect(letter.lastPathComponent == "2026-11-issue-13.md")
        let text = try String(contentsOf: letter, encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: \"寒假前的一封信\"\nissue: 13\ndate: 2026-11-24\n"))

        // Drafts: the new files pass every check.
        let summary = try await fixture.build(drafts: true)
        #expect(summary.kits == 2)
        #expect(summary.letters == 2)
        #expect(summary.warnings.isEmpty)
    }

    @Test func publishClearsDraftAndSetsDate() async throws {
        let fixture = try Fixture(["letters/a.md": Fixture.letter(issue: 5, date: "2026-12-20", draft: true)])
        defer { fixture.remove() }
        let url = try LetterFile.publish(issue: 5, date: Day(iso: "2026-11-20") ?? today, in: fixture.content)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text == Fixture.letter(issue: 5, date: "2026-11-20", draft: false))
        #expect(throws: UserError("找不到第 6 期家长信。请检查期号，或用 campaign new letter 新建。")) {
            try LetterFile.publish(issue: 6, date: today, in: fixture.content)
        }
        let summary = try await fixture.build()
        #expect(summary.letters == 1)
    }

    @Test func refusesBadSlugAndEmptyTitle() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(throws: UserError("--slug“坏”只能用小写英文字母、数字和连字符。")) {
            try Scaffold.create(.kit, title: "x", slug: "坏", content: fixture.content, today: today)
        }
        #expect(throws: UserError("标题不能为空。用法：campaign new case \"标题\"")) {
            try Scaffold.create(.case, title: "  ", slug: nil, content: fixture.content, today: today)
        }
    }
}
