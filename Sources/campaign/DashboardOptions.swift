import ArgumentParser
import CampaignCore
import Foundation
import Publishing
import Tracking

/// `campaign build --db FILE [--term T]`: add the public compliance dashboard.
struct DashboardOptions: ParsableArguments {
    @Option(help: "登记数据库：加上 /dashboard/ 页面，显示本学期落实情况的统计数字。")
    var db: String?

    @Option(help: "统计页显示哪个学期（默认：--as-of 所在的学期）。")
    var term: String?

    /// The dashboard page, or nil when no database was given.
    func page(content: URL, asOf: Day) throws -> ExtraPage? {
        guard let db else { return nil }
        guard FileManager.default.fileExists(atPath: db) else {
            throw UserError("数据库 \(db) 不存在。请检查 --db，或先运行 campaign demo --db \(db) 生成演示数据。")
        }
        let page = try Dashboard.page(databasePath: db, content: content, term: term, asOf: asOf)
        return ExtraPage(path: "dashboard/", title: page.title,
                         description: "\(page.termName)各区县、各学校防欺凌主题班会和法治宣讲的完成情况（只显示数量）。",
                         bodyHTML: page.bodyHTML)
    }
}
