import CampaignCore
import Foundation
import Testing
@testable import Publishing

@Suite struct ScaffoldTests {
    let today = Day(iso: "2026-11-24") ?? Day(ordinal: 0)

    @Test func newKitCaseAndLetterBuildCleanly() async throws {
        let fixture = try Fixture(["letters/a.md": Fixture.letter(issue: 12, date: "2026-09-01")])
        defer { fixture.remove() }
        let kit = try Scaffold.create(.kit, title: "我们的约定 Our Pledge", slug: nil, content: fixture.content,
                                      today: today)
        #expect(kit.path.hasSuffix("Content/kits/our-pledge/index.md"))
        let again = try Scaffold.create(.kit, title: "第二个", slug: "our-pledge-2", content: fixture.content, today: today)
        #expect(again.path.hasSuffix("Content/kits/our-pledge-2/index.md"))
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

    @Test func slugsFromTheTitlesASCIIWords() throws {
        #expect(try Scaffold.slug(fromTitle: "“梗”不是借口：No Discrimination Jokes", kind: .kit) == "no-discrimination-jokes")
        #expect(try Scaffold.slug(fromTitle: "WeChat群聊里的欺凌 2026", kind: .case) == "wechat-2026")
        #expect(try Scaffold.slug(fromTitle: String(repeating: "word ", count: 20), kind: .kit)
            == Array(repeating: "word", count: 8).joined(separator: "-"))
        let fixture = try Fixture()
        defer { fixture.remove() }
        let first = try Scaffold.create(.case, title: "Group chat", slug: nil, content: fixture.content, today: today)
        let second = try Scaffold.create(.case, title: "Group chat", slug: nil, content: fixture.content, today: today)
        #expect([first.lastPathComponent, second.lastPathComponent] == ["group-chat.md", "group-chat-2.md"])
    }

    @Test func aChineseTitleAsksForASlugWithAnExample() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(throws: UserError("""
            标题“测试班会”里没有英文字母，无法自动生成网址名。请用 --slug 指定一个（小写英文字母、数字和连字符，\
            例如拼音或英文），例如：campaign new kit "测试班会" --slug stop-the-rumour
            """)) {
            try Scaffold.create(.kit, title: "测试班会", slug: nil, content: fixture.content, today: today)
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.content.appendingPathComponent("kits").path))
    }

    @Test func publishEveryKind() async throws {
        let fixture = try Fixture(["letters/a.md": Fixture.letter(issue: 5, date: "2026-12-20", draft: true)])
        defer { fixture.remove() }
        let kit = try Scaffold.create(.kit, title: "Stop the rumour", slug: nil, content: fixture.content, today: today)
        let caseURL = try Scaffold.create(.case, title: "群聊", slug: "group-chat", content: fixture.content, today: today)
        let published = Day(iso: "2026-11-30") ?? today
        #expect(try Scaffold.publish(.kit, name: "stop-the-rumour", date: published, content: fixture.content) == kit)
        #expect(try Scaffold.publish(.case, name: "group-chat", date: published, content: fixture.content) == caseURL)
        _ = try Scaffold.publish(.letter, name: "5", date: published, content: fixture.content)
        for url in [kit, caseURL] {
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains("\ndate: 2026-11-30\n") && text.contains("\ndraft: false\n"))
            #expect(!text.contains("2026-11-24") && !text.contains("draft: true"))
        }
        #expect(throws: UserError("找不到材料包“nope”。请写 Content/kits/ 下的名字（不带 .md），例如：campaign publish kit kind-words")) {
            try Scaffold.publish(.kit, name: "nope", date: published, content: fixture.content)
        }
        #expect(throws: UserError("家长信按期号发布，例如：campaign publish letter 18。“x”不是期号。")) {
            try Scaffold.publish(.letter, name: "x", date: published, content: fixture.content)
        }
        let summary = try await fixture.build(asOf: "2026-11-30")
        #expect(summary.kits == 1)
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
