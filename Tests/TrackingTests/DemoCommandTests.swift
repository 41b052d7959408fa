import Foundation
import Testing

/// `campaign demo` as a newcomer runs it: the county, then one account per role with one password,
/// printed once; `campaign user list` shows them under a header in Beijing time.
@Suite struct DemoCommandTests {
    @Test func demoCreatesOneAccountPerRoleOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let content = CommandLanguageTests.repository.appendingPathComponent("Content").path
        let first = try CommandLanguageTests.campaign(["demo", "--db", "d.sqlite", "--content", content,
                                                       "--today", "2026-11-24"], in: folder.url)
        #expect(first.status == 0, "\(first.errors)")
        let lines = first.output.split(separator: "\n").map(String.init)
        let intro = lines.first { $0.hasPrefix("网页应用（campaign serve --db d.sqlite") } ?? ""
        #expect(intro.hasSuffix("（只显示这一次，请记下）："))
        let password = intro.components(separatedBy: "密码都是 ").last?.prefix(12).description ?? ""
        #expect(password.count == 12)
        #expect(lines.suffix(5) == [
            "  demo-admin  管理员  —",
            "  demo-officer  法治副校长/护校民警  人员 QHP01",
            "  demo-teacher  班主任  学校 QH01 班级 2021-1",
            "  demo-publicity  宣传人员  —",
            "  （还没有教育局角色：教育局人员用管理员账号查看落实情况。）",
        ])

        let again = try CommandLanguageTests.campaign(["demo", "--db", "d.sqlite", "--content", content,
                                                       "--today", "2026-11-24"], in: folder.url)
        #expect(again.status == 0)
        #expect(!again.output.contains(password))
        #expect(again.output.hasSuffix("""
            演示账号 demo-admin、demo-officer、demo-teacher、demo-publicity 已经存在，密码见第一次运行时的输出；\
            忘了可以重设，例如：campaign user reset-password --username demo-admin --db d.sqlite

            """))

        let list = try CommandLanguageTests.campaign(["user", "list", "--db", "d.sqlite"], in: folder.url)
        #expect(list.status == 0)
        let rows = list.output.split(separator: "\n").map(String.init)
        #expect(rows.count == 6)
        #expect(rows.first?.hasPrefix("账号            角色                            绑定") == true)
        #expect(rows.first?.hasSuffix("创建时间（北京时间）  状态") == true)
        #expect(rows[2].hasPrefix("demo-officer    法治副校长/护校民警（officer）  人员 QHP01"))
        #expect(rows.last == "共 4 个账号。")
    }
}
