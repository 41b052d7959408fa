import ArgumentParser
import CampaignCore
import Foundation
import Publishing

struct Letter: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work with parent letters.", subcommands: [Publish.self])

    struct Publish: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Clear a letter's draft flag and set its date.")

        @Argument(help: "The letter's issue number.")
        var issue: Int

        @Option(help: "The publication date (YYYY-MM-DD, default today).")
        var date: Day?

        @OptionGroup var source: ContentOptions

        func run() throws {
            let day = date ?? Day.today()
            do {
                let url = try LetterFile.publish(issue: issue, date: day, in: source.contentURL)
                print("第 \(issue) 期已设为发布，日期 \(day)（\(url.lastPathComponent)）。重新生成网站后即可看到。")
            } catch let error as UserError {
                printError("错误：\(error.message)")
                throw ExitCode.failure
            }
        }
    }
}
