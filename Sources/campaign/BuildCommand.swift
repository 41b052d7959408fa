import ArgumentParser
import CampaignCore
import Foundation
import Publishing

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render Content/ into the website (public/ by default).")

    @OptionGroup var source: ContentOptions

    @Option(help: "The theme folder: templates, assets and site.yaml.")
    var site: String = "Site"

    @Option(help: "Where the website is written. The old one is replaced only when the build succeeds.")
    var output: String = "public"

    @Option(name: .customLong("base-url"), help: "The address the site is published at (overrides site.yaml).")
    var baseURL: String?

    @Flag(help: "Also publish drafts and items dated after --as-of.")
    var drafts = false

    @Option(name: .customLong("as-of"), help: "The day that decides what is published (YYYY-MM-DD, default today).")
    var asOf: Day?

    @Flag(name: .customLong("no-search"), help: "Skip the Pagefind search index.")
    var noSearch = false

    @Flag(help: """
        Rebuild everything and replace the output folder, instead of rewriting only the files whose \
        sources changed since the last build (recorded in .OUTPUT.build-cache beside the output).
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
