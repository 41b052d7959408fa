import ArgumentParser
import CampaignCore
import Foundation
import Publishing

extension Scaffold.Kind: ExpressibleByArgument {}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a kit, case study or parent letter from a filled-in template.")

    @Argument(help: "What to create: kit, case or letter.")
    var kind: Scaffold.Kind

    @Argument(help: "The title, in quotes.")
    var title: String

    @Option(help: "The file or folder name (lowercase letters, digits, hyphens). Not used for letters.")
    var slug: String?

    @OptionGroup var source: ContentOptions

    func run() throws {
        do {
            let url = try Scaffold.create(kind, title: title, slug: slug, content: source.contentURL, today: Day.today())
            let shown = url.path.replacingOccurrences(of: FileManager.default.currentDirectoryPath + "/", with: "")
            print("已新建 \(shown)（草稿）。写好后把 draft 改为 false 再生成网站。")
        } catch let error as UserError {
            printError("错误：\(error.message)")
            throw ExitCode.failure
        }
    }
}
