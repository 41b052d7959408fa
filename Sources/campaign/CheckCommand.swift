import ArgumentParser
import CampaignCore
import Foundation
import Tracking

/// `campaign check --term T [--as-of D] [--known-on D] [--format table|json|csv] [--school S] [--county C]
/// [--city M] [--officer P]`
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "按本学期的要求检查每个班和每位法治副校长、护校民警的落实情况。",
        discussion: """
            退出码：没有落后或未完成时为 0，有落后、未完成或缺少所需人员的学校时为 1，输入有误时为 2。
            """)

    @Option(help: "学期，例如 2026-autumn（Content/calendar 中的一个文件）。") var term: String
    @Option(name: .customLong("as-of"), help: "按哪一天检查，YYYY-MM-DD（默认今天）。") var asOf: String?
    @Option(help: "输出格式：table（表格）、json 或 csv。") var format: OutputFormat = .table
    // Arrays only so that a repeated flag is an error instead of the last one silently winning.
    @Option(help: "只看这所学校（学校代码）；最多写一次。") var school: [String] = []
    @Option(help: "只看这个区县；最多写一次。") var county: [String] = []
    @Option(help: "只看这个市州；最多写一次。") var city: [String] = []
    @Option(help: "只看这位人员（编号）的宣讲、到校和课时；最多写一次。") var officer: [String] = []
    @Option(name: .customLong("known-on"),
            help: "按这一天结束时（北京时间）已登记的数据检查：之后的登记和作废不算。")
    var knownOn: String?
    @OptionGroup var options: DatabaseOptions

    func run() throws {
        var hasProblems = false
        try reportingErrors(status: 2, writes: false) {
            let day = try asOf.map { try Day.option($0, flag: "--as-of") } ?? .todayInChina
            let content = try options.loadContent()
            let calendar = try content.requireTerm(id: term)
            let known = try knownOn.map { try Day.option($0, flag: "--known-on") }
            let scope = try CheckScope(school: school, county: county, city: city, officer: officer)
            let report = try options.openExistingDatabase().complianceReport(
                term: calendar, asOf: day, rules: content.rules, scope: scope, knownOn: known,
                schoolYear: content.schoolYear(of: calendar))
            switch format {
            case .table: printDocument(report.table)
            case .json: writeStandardOutput(report.jsonBytes)
            case .csv: printDocument(report.csv)
            }
            hasProblems = report.hasProblems
        }
        if hasProblems { throw ExitCode(1) }
    }
}

/// Writes bytes to standard output with write(2), for documents of tens of megabytes (no copy into
/// `Data` or `String` first).
func writeStandardOutput(_ bytes: [UInt8]) {
    fflush(nil)
    bytes.withUnsafeBytes { buffer in
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let written = write(STDOUT_FILENO, base + offset, buffer.count - offset)
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}
