import ArgumentParser
import CampaignCore
import Foundation
import Tracking

/// `campaign demo [--db FILE]`
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill a database with a fictional county (青禾县) to try check and the dashboard.",
        discussion: """
            7 schools, 38 classes, 5 officers serving 10 (officer, school) pairs, and the meetings and lectures
            of the current term up to today, some classes behind. The same data on every run for the same day;
            running it again later adds only what happened since.
            """)

    @OptionGroup var options: DatabaseOptions

    @Option(help: "Pretend today is this date, YYYY-MM-DD (default: today).")
    var today: String?

    func run() throws {
        try reportingErrors(writes: true) {
            let day = try today.map { try Day.option($0, flag: "--today") } ?? .todayInChina
            let content = try options.loadContent()
            let result = try options.openDatabase().populateDemo(content: content, today: day, actor: options.actor)
            print("""
                演示数据已写入 \(options.databasePath)：青禾县 \(result.total(.schools)) 所学校、\
                \(result.total(.classes)) 个班、\(result.total(.officers)) 位法治副校长、护校民警等\
                （\(result.total(.assignments)) 个服务关系），
                \(result.term.name)截至 \(result.today) 的 \(result.total(.meetings)) 次班会、\
                \(result.total(.lectures)) 次宣讲和 \(result.total(.visits)) 次到校\
                （本次新增 \(result.added(.meetings) + result.added(.lectures) + result.added(.visits)) 条）。
                查看落实情况：campaign check --term \(result.term.id) --as-of \(result.today)\
                \(options.db.map { " --db \($0)" } ?? "")
                """)
        }
    }
}
