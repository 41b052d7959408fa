import ArgumentParser
import CampaignCore
import Foundation
import Tracking

/// `campaign audit [--since D] [--format table|csv|json]`
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "列出操作记录：每一次写入的时间（北京时间）、操作人和来源。",
        discussion: """
            命令行的写入记在 --user 给出的名字下，没有给出时用环境变量 CAMPAIGN_USER，再没有时用系统用户名；\
            网页应用中的写入记为 web:账号，并记下浏览器的地址。
            """)

    @Option(help: "只列出这一天（北京时间）及以后写入的内容，例如 2026-11-13。")
    var since: String?

    @Option(help: "输出格式：table（表格）、json 或 csv。") var format: OutputFormat = .table
    @OptionGroup var options: DatabaseOptions

    func run() throws {
        try reportingErrors(status: 2, writes: false) {
            let day = try since.map { try Day.option($0, flag: "--since") }
            let entries = try options.openExistingDatabase().auditTrail(since: day)
            printDocument(AuditListing.render(entries, as: format))
        }
    }
}
