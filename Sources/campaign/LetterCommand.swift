import ArgumentParser
import CampaignCore
import Foundation
import Publishing

struct Letter: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "家长信。", subcommands: [Publish.self])

    struct Publish: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "发布一期家长信：去掉草稿标记并设置日期（同 campaign publish letter）。")

        @Argument(help: "家长信的期号。")
        var issue: Int

        @Option(help: "发布日期（YYYY-MM-DD，默认今天）。")
        var date: Day?

        @OptionGroup var source: ContentOptions

        func run() throws {
            let day = date ?? Day.today()
            do {
                let url = try LetterFile.publish(issue: issue, date: day, in: source.contentURL)
                print("第 \(issue) 期已设为发布，日期 \(day)（\(url.lastPathComponent)）。重新生成网站后即可看到。")
            } catch let error as UserError {
                printError("错误：\(error.message)")
                throw ExitCode(ArgumentMessages.badInputStatus)
            }
        }
    }
}
