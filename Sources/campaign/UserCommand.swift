import ArgumentParser
import CampaignCore
import Foundation
import Server
import Tracking

extension Role: ExpressibleByArgument {}

struct User: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage the accounts of the web app (passwords are read from standard input).",
        subcommands: [Add.self, List.self, Disable.self, ResetPassword.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account. The password is read from standard input.",
            discussion: """
                Examples:
                  campaign user add --username admin --role admin
                  campaign user add --username zhang --role officer --officer P001
                  campaign user add --username li --role teacher --school S01 --class 2024级3班
                  printf '%s\\n' "$PASSWORD" | campaign user add --username wang --role publicity
                """)

        @Option(help: "Letters, digits, '.', '_' and '-'.")
        var username: String

        @Option(help: "teacher, officer, publicity or admin.")
        var role: Role

        @Option(help: "The officer's code (officer accounts).")
        var officer: String?

        @Option(help: "The school code (teacher accounts).")
        var school: String?

        @Option(name: .customLong("class"), help: "The class code (teacher accounts).")
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
        static let configuration = CommandConfiguration(abstract: "List the accounts.")

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingErrors(writes: false) {
                let accounts = try AccountStore(database: try database.openExistingDatabase()).list()
                guard !accounts.isEmpty else {
                    print("还没有账号。用 campaign user add --username admin --role admin 创建第一个管理员账号。")
                    return
                }
                for account in accounts {
                    let state = account.disabled ? "  已停用" : ""
                    print("\(account.username)\t\(account.role.rawValue)\t\(account.binding)\t"
                          + "创建于 \(BeijingTime.text(fromTimestamp: account.createdAt))\(state)")
                }
            }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop an account from signing in and end its sessions.")

        @Option(help: "The account to disable.")
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
            abstract: "Set a new password (read from standard input); enables the account again.")

        @Option(help: "The account whose password is reset.")
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
