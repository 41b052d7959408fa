import ArgumentParser
import CampaignCore
import Foundation
import Server
import Tracking

/// `campaign demo [--db FILE]`
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "在数据库中生成一个虚构的县（青禾县），用来试用检查、统计页和网页应用。",
        discussion: """
            7 所学校、38 个班、5 位法治副校长和护校民警（10 个服务关系），以及本学期截至今天的班会、宣讲和到校记录，
            其中有些班落后。同一天运行结果相同；以后再运行只补上此后的记录。还为每种角色各建一个演示账号
            （demo-admin、demo-officer、demo-teacher、demo-publicity），密码只显示一次。
            """)

    @OptionGroup var options: DatabaseOptions

    @Option(help: "把这一天当作今天，YYYY-MM-DD（默认今天）。")
    var today: String?

    func run() throws {
        try reportingErrors(writes: true) {
            let day = try today.map { try Day.option($0, flag: "--today") } ?? .todayInChina
            let content = try options.loadContent()
            let database = try options.openDatabase()
            let result = try database.populateDemo(content: content, today: day, actor: options.actor)
            print("""
                演示数据已写入 \(options.databasePath)：青禾县 \(result.total(.schools)) 所学校、\
                \(result.total(.classes)) 个班、\(result.total(.officers)) 位法治副校长、护校民警等\
                （\(result.total(.assignments)) 个服务关系），
                \(result.term.name)截至 \(result.today) 的 \(result.total(.meetings)) 次班会、\
                \(result.total(.lectures)) 次宣讲和 \(result.total(.visits)) 次到校\
                （本次新增 \(result.added(.meetings) + result.added(.lectures) + result.added(.visits)) 条）。
                查看落实情况：campaign check --term \(result.term.id) --as-of \(result.today)\
                \(options.db.map { " --db \($0)" } ?? "")
                """)
            try printAccounts(DemoAccounts(store: AccountStore(database: database), term: result.term))
        }
    }

    /// Creates the demo accounts that are missing and prints them with their password, once.
    private func printAccounts(_ accounts: DemoAccounts) throws {
        let password = DemoAccounts.generatePassword()
        let created = try accounts.create(password: password, actor: options.actor)
        guard !created.isEmpty else {
            print("演示账号 demo-admin、demo-officer、demo-teacher、demo-publicity 已经存在，密码见第一次运行时的输出；"
                + "忘了可以重设，例如：campaign user reset-password --username demo-admin\(dbFlag)")
            return
        }
        print("网页应用（campaign serve\(dbFlag)，然后打开 http://127.0.0.1:8080/app/）的演示账号，"
            + "密码都是 \(password)（只显示这一次，请记下）：")
        for account in created {
            print("  \(account.username)  \(account.role.label)  \(account.binding)")
        }
        print("  （还没有教育局角色：教育局人员用管理员账号查看落实情况。）")
    }

    private var dbFlag: String { options.db.map { " --db \($0)" } ?? "" }
}
