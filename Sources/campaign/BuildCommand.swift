import ArgumentParser
import CampaignCore
import Foundation
import Publishing

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "把 Content/ 生成网站（默认写入 public/）。")

    @OptionGroup var source: ContentOptions

    @Option(help: "主题文件夹：模板、静态文件和 site.yaml。")
    var site: String = "Site"

    @Option(help: "网站写到哪个文件夹。只有生成成功时才替换原来的网站。")
    var output: String = "public"

    @Option(name: .customLong("base-url"), help: "网站发布的网址（优先于 site.yaml 中的设置）。")
    var baseURL: String?

    @Flag(help: "草稿和日期晚于 --as-of 的内容也一起发布（用于预览）。")
    var drafts = false

    @Option(name: .customLong("as-of"), help: "按这一天决定发布哪些内容（YYYY-MM-DD，默认今天）。")
    var asOf: Day?

    @Flag(name: .customLong("no-search"), help: "不生成 Pagefind 搜索索引。")
    var noSearch = false

    @Flag(help: """
        全部重新生成并替换整个输出文件夹；不加时只重写上次生成以来源文件有变化的页面\
        （上次生成的记录在输出文件夹旁边的 .OUTPUT.build-cache 中）。
        """)
    var full = false

    @OptionGroup var dashboard: DashboardOptions

    func run() async throws {
        var options = BuildOptions(content: source.contentURL, site: URL(fileURLWithPath: site),
                                   output: URL(fileURLWithPath: output), contentDisplay: source.content,
                                   siteDisplay: site, asOf: asOf ?? Day.today())
        options.baseURL = baseURL
        options.drafts = drafts
        options.searchIndex = !noSearch
        options.incremental = !full
        let progress = isatty(STDERR_FILENO) == 1 ? Build.terminalProgress : nil
        do {
            if let page = try dashboard.page(content: source.contentURL, asOf: options.asOf) {
                options.extraPages.append(page)
            }
            let summary = try await SiteBuilder(options: options).build(progress: progress)
            report(summary.warnings)
            if let note = summary.searchNote { printError("提醒：\(note)") }
            print(summary.line)
        } catch let error as DiagnosticsError {
            report(error.diagnostics)
            printError("网站没有生成：发现 \(error.errors.count) 个错误。请按上面的提示修改后重试，原来的 \(output) 保持不变。")
            throw ExitCode.failure
        } catch let error as UserError {
            printError("错误：\(error.message)")
            throw ExitCode.failure
        }
    }

    /// Shows "正在生成页面 n/total" on one terminal line, cleared at the end.
    static let terminalProgress: SiteBuilder.Progress = { done, total in
        guard done == total || done % 200 == 0 else { return }
        FileHandle.standardError.write(Data("\r正在生成页面 \(done)/\(total)".utf8))
        if done == total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
