import CampaignCore
import Foundation
import Hummingbird
import Tracking

/// The admin's live compliance view: the numbers of `campaign check`, filtered by county and
/// school, and the same as CSV.
struct ComplianceRoutes {
    let services: AppServices
    /// Rows shown on the page at most; the CSV has them all.
    static let pageRows = 500

    func add(to group: RouterGroup<AppRequestContext>) {
        group.get("compliance", use: show)
        group.get("compliance.csv", use: csv)
    }

    /// The report the query asks for: `term`, `asOf`, `county`, `school`, each optional.
    private func report(_ request: Request) throws -> (ComplianceReport, FormData) {
        let query = FormData(urlEncoded: request.uri.query ?? "")
        let tracker = services.content.snapshot.tracker
        var asOf = services.today
        if let text = query["asOf"] {
            guard let day = Day(iso: text) else { throw UserError("日期“\(text)”的格式不对，应为 YYYY-MM-DD，例如 2026-11-24。") }
            asOf = day
        }
        let term: TermCalendar
        if let id = query["term"] {
            term = try tracker.requireTerm(id: id)
        } else if let current = tracker.currentTerm(on: asOf) {
            term = current
        } else {
            throw UserError("\(asOf) 不在任何已知学期内，暂时无法统计。请换一个日期，或请管理员添加这个学期的校历。")
        }
        let report = try services.database.complianceReport(
            term: term, asOf: asOf, rules: tracker.rules,
            scope: CheckScope(school: query["school"], county: query["county"]),
            schoolYear: tracker.schoolYear(of: term))
        return (report, query)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try RoleGuard.require(.admin, context)
        var page = PageContext(user: user, title: "完成情况")
        let directory = try services.database.schoolDirectory()
        let query = FormData(urlEncoded: request.uri.query ?? "")
        let tracker = services.content.snapshot.tracker
        let counties = Array(Set(directory.map(\.county))).sorted()
        page["counties"] = counties.map { ["name": $0, "selected": $0 == query["county"]] }
        page["schools"] = directory.filter { query["county"] == nil || $0.county == query["county"] }
            .map { ["code": $0.code, "name": $0.name, "selected": $0.code == query["school"]] }
        page["asOf"] = query["asOf"] ?? services.today.description
        var status: HTTPResponse.Status = .ok
        do {
            let (report, _) = try report(request)
            page["terms"] = tracker.calendars.map { ["id": $0.id, "name": $0.name, "selected": $0.id == report.term.id] }
            page["report"] = summary(report)
            let rows = (report.classes + report.officers + report.hours).map(StatusView.row)
                + report.visits.map(StatusView.row)
            let problems = rows.filter { $0["isProblem"] as? Bool == true }
            page["problems"] = Array(problems.prefix(Self.pageRows))
            page["hasProblems"] = !problems.isEmpty
            page["rows"] = Array(rows.prefix(Self.pageRows))
            page["truncated"] = rows.count > Self.pageRows
            page["csvQuery"] = csvQuery(query, term: report.term.id)
        } catch let error as UserError {
            page["terms"] = tracker.calendars.map { ["id": $0.id, "name": $0.name, "selected": $0.id == query["term"]] }
            page["error"] = error.message.replacingOccurrences(of: "请检查 --", with: "请检查筛选条件 --")
            status = .unprocessableContent
        }
        return services.pages.renderer.page("compliance", page.values, status: status)
    }

    @Sendable func csv(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try RoleGuard.require(.admin, context)
        let (report, _) = try report(request)
        let name = "compliance-\(report.term.id)-\(report.asOf).csv"
        return Response(status: .ok,
                        headers: [.contentType: "text/csv; charset=utf-8",
                                  .contentDisposition: "attachment; filename=\"\(name)\"",
                                  .cacheControl: "no-store"],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: report.csv)))
    }

    private func summary(_ report: ComplianceReport) -> [String: Any] {
        func counts(_ rows: [ComplianceRow]) -> [[String: Any]] {
            let counted = ComplianceReport.counts(rows)
            return ComplianceStatus.allCases.map { ["label": $0.label, "key": $0.rawValue, "count": counted[$0] ?? 0] }
        }
        return [
            "termName": report.term.name, "termId": report.term.id, "asOf": report.asOf.description,
            "elapsed": report.term.schoolDaysElapsed(through: report.asOf), "schoolDays": report.schoolDays,
            "classCount": report.classes.count, "officerCount": report.officers.count,
            "classCounts": counts(report.classes), "officerCounts": counts(report.officers),
            "hasVisits": !report.visits.isEmpty, "visitCount": report.visits.count,
            "visitCounts": ComplianceStatus.allCases.map { status in
                ["key": status.rawValue, "count": ComplianceReport.counts(report.visits)[status] ?? 0] as [String: Any]
            },
            "hasHours": !report.hours.isEmpty, "hourCount": report.hours.count, "hourCounts": counts(report.hours),
            "hasUncovered": !report.uncovered.isEmpty,
            "uncovered": report.uncovered.map { ["name": $0.name, "missing": $0.missing.joined(separator: "、")] },
            "meetingsRequired": report.rules.classMeetingsPerTerm, "lecturesRequired": report.rules.officerLecturesPerTerm,
        ]
    }

    private func csvQuery(_ query: FormData, term: String) -> String {
        var items = [URLQueryItem(name: "term", value: term)]
        for name in ["asOf", "county", "school"] {
            if let value = query[name] { items.append(URLQueryItem(name: name, value: value)) }
        }
        var components = URLComponents()
        components.queryItems = items
        return components.percentEncodedQuery ?? ""
    }
}
