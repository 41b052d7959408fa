import ArgumentParser
import CampaignCore
import Foundation
import Publishing

/// `campaign publish kit|case|letter NAME [--date D]`
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "发布一个草稿：去掉 draft 标记并设置日期（材料包、案例或家长信）。",
        discussion: """
            例如：
              campaign publish kit stop-the-rumour
              campaign publish case group-chat-exclusion --date 2026-12-07
              campaign publish letter 18
            设置部分的其他行保持原样。重新生成网站（campaign build）后即可看到。
            """)

    @Argument(help: "发布什么：kit（材料包）、case（案例）或 letter（家长信）。")
    var kind: Scaffold.Kind

    @Argument(help: ArgumentHelp("材料包的文件夹名、案例的文件名（不带 .md）或家长信的期号。", valueName: "name"))
    var name: String

    @Option(help: "发布日期（YYYY-MM-DD，默认今天）。")
    var date: Day?

    @OptionGroup var source: ContentOptions

    func run() throws {
        let day = date ?? Day.today()
        do {
            let url = try Scaffold.publish(kind, name: name, date: day, content: source.contentURL)
            print("已设为发布，日期 \(day)（\(url.path)）。重新生成网站后即可看到。")
        } catch let error as UserError {
            printError("错误：\(error.message)")
            throw ExitCode(ArgumentMessages.badInputStatus)
        }
    }
}
