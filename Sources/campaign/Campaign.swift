import ArgumentParser
import Foundation

@main
struct Campaign: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaign",
        abstract: "防范中小学生欺凌专项行动：生成宣传网站，登记和检查主题班会、法治宣讲和到校情况。",
        subcommands: [
            Build.self, Render.self, New.self, PublishCommand.self, Letter.self,
            Import.self, Roster.self, ClassCommand.self, OfficerCommand.self, Assign.self, Unassign.self,
            Meeting.self, Lecture.self, Visit.self, Check.self, Report.self, Audit.self, Demo.self,
            Serve.self, User.self, Db.self,
        ]
    )

    /// ArgumentParser's own `main()`, with its help and error messages in Chinese and every kind of
    /// bad input (a missing, unknown or malformed option, a failed `validate()`) exiting with status 2,
    /// as the tracking commands do, instead of ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(ArgumentMessages.chinese(help: message)) }
            } else if !message.isEmpty {
                printError(ArgumentMessages.chinese(error: message))
            }
            Foundation.exit(code == .validationFailure ? ArgumentMessages.badInputStatus : code.rawValue)
        }
    }
}
