import ArgumentParser
import CampaignCore
import Foundation
import Publishing

extension Scaffold.Kind: ExpressibleByArgument {}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "按模板新建一个班会材料包、案例或家长信（草稿）。")

    @Argument(help: "新建什么：kit（材料包）、case（案例）或 letter（家长信）。")
    var kind: Scaffold.Kind

    @Argument(help: "标题，用引号括起来。")
    var title: String

    @Option(help: "文件名或文件夹名（小写英文字母、数字和连字符，例如 online-rumours），会成为网址的一部分。家长信不用。")
    var slug: String?

    @OptionGroup var source: ContentOptions

    func run() throws {
        do {
            let url = try Scaffold.create(kind, title: title, slug: slug, content: source.contentURL, today: Day.today())
            let shown = url.path.replacingOccurrences(of: FileManager.default.currentDirectoryPath + "/", with: "")
            let name = kind == .letter ? "\(try Scaffold.nextIssue(in: source.contentURL) - 1)"
                : kind == .kit ? url.deletingLastPathComponent().lastPathComponent
                : url.deletingPathExtension().lastPathComponent
            print("已新建 \(shown)（草稿）。写好后用 campaign publish \(kind.rawValue) \(name) 发布，再生成网站。")
        } catch let error as UserError {
            printError("错误：\(error.message)")
            throw ExitCode(ArgumentMessages.badInputStatus)
        }
    }
}
