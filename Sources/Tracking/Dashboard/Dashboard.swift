import CampaignCore
import Foundation

/// The compliance dashboard of the public site: per county and per school, the share of classes
/// and of (officer, school) pairs that met, are on track, are behind or missed the term's
/// requirement. Counts only: no teacher, officer or class names.
public enum Dashboard {
    /// Reads the database and the content folder and renders the dashboard of `term` (default: the
    /// term containing `asOf`, or else the last one that started before it) as of `asOf`.
    public static func page(databasePath: String, content: URL, term: String?, asOf: Day) throws -> DashboardPage {
        guard FileManager.default.fileExists(atPath: databasePath) else {
            throw UserError("数据库 \(databasePath) 不存在。请检查 --db，或先运行 campaign demo 生成演示数据。")
        }
        let loaded = try TrackerContent.load(from: content)
        let calendar: TermCalendar
        if let term {
            calendar = try loaded.requireTerm(id: term)
        } else if let current = loaded.currentTerm(on: asOf) {
            calendar = current
        } else {
            throw UserError("\(asOf) 时还没有开始的学期。请用 --term 指定学期，或在 Content/calendar 中添加学期文件。")
        }
        let report = try TrackerDatabase.open(path: databasePath)
            .complianceReport(term: calendar, asOf: asOf, rules: loaded.rules, schoolYear: loaded.schoolYear(of: calendar))
        return page(for: report)
    }

    /// Renders a report already computed.
    public static func page(for report: ComplianceReport) -> DashboardPage {
        var html = DashboardHTML(report: report)
        return DashboardPage(title: "防欺凌工作落实情况", termName: report.term.name, bodyHTML: html.render())
    }
}
