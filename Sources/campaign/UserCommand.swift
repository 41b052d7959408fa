import ArgumentParser
import CampaignCore
import Foundation
import Server
import Tracking

extension Role: ExpressibleByArgument {}

struct User: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "管理网页应用的账号（密码从标准输入读取）。",
        subcommands: [Add.self, List.self, Disable.self, ResetPassword.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "新建账号。密码从标准输入读取。",
            discussion: """
                例如（学校、班级和人员代码是演示县 campaign demo 的）：
                  campaign user add --username admin --role admin
                  campaign user add --username zhang --role officer --officer QHP01
                  campaign user add --username li --role teacher --school QH01 --class 2021级1班
                  printf '%s\\n' "$PASSWORD" | campaign user add --username wang --role publicity
                """)

        @Option(help: "账号名：英文字母、数字、.、_ 和 -。")
        var username: String

        @Option(help: "角色：teacher（班主任）、officer（法治副校长、护校民警）、publicity（宣传）或 admin（管理员）。")
        var role: Role

        @Option(help: "人员编号（officer 账号）。")
        var officer: String?

        @Option(help: "学校代码（teacher 账号）。")
        var school: String?

        @Option(name: .customLong("class"), help: "班级代码（teacher 账号）。")
        var schoolClass: String?

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingErrors(writes: true) {
                let db = try database.openDatabase()
                let password = try PasswordInput.read(confirm: true)
                let account = try AccountStore(database: db).add(
                    NewAccount(username: username, role: role, password: password, officer: officer, school: school,
                               schoolClass: schoolClass),
                    actor: database.actor)
                print("已创建\(role.label)账号 \(account.username)。")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出账号。")

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingErrors(writes: false) {
                let accounts = try AccountStore(database: try database.openExistingDatabase()).list()
                guard !accounts.isEmpty else {
                    print("还没有账号。用 campaign user add --username admin --role admin 创建第一个管理员账号。")
                    return
                }
                printDocument(AccountListing.table(accounts))
            }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "停用账号，并退出它的全部登录。")

        @Option(help: "要停用的账号。")
        var username: String

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingErrors(writes: true) {
                try AccountStore(database: try database.openExistingDatabase())
                    .disable(username: username, actor: database.actor)
                print("账号 \(username) 已停用，它的登录已全部退出。")
            }
        }
    }

    struct ResetPassword: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-password",
            abstract: "重设密码（从标准输入读取），并重新启用账号。")

        @Option(help: "要重设密码的账号。")
        var username: String

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingErrors(writes: true) {
                let store = AccountStore(database: try database.openExistingDatabase())
                let password = try PasswordInput.read(confirm: true)
                try store.resetPassword(username: username, password: password, actor: database.actor)
                print("账号 \(username) 的密码已重设，原来的登录已全部退出。")
            }
        }
    }
}
