import CampaignCore
import Foundation
import Hummingbird
import Tracking

/// An officer's page: the schools assigned to them, their status for the term, logging a lecture
/// and voiding their own entries.
struct LectureRoutes {
    let services: AppServices

    func add(to group: RouterGroup<AppRequestContext>) {
        group.get("lectures", use: show)
        group.post("lectures", use: log)
        group.post("lectures/:id/void", use: void)
        group.post("visits", use: visit)
    }

    /// “今天到校”: one tap logs today's visit to a school the officer serves.
    @Sendable func visit(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try RoleGuard.require(.officer, context)
        let officer = user.officerCode ?? ""
        let form = context.form
        guard let school = form["school"],
              try services.database.assignedSchools(officerCode: officer).contains(where: { $0.code == school }) else {
            throw PageError.forbidden("你没有被分配到这所学校，不能登记到校。")
        }
        let visit = NewVisit(officer: officer, school: school, date: services.today.description)
        let result: LogResult
        do {
            result = try services.database.log(visit, content: services.content.snapshot.tracker, today: services.today,
                                               actor: services.actor(user, request, context), now: services.now)
        } catch let error as UserError {
            return try page(user, form: FormData(), notice: nil, error: error.message, status: .unprocessableContent)
        }
        return .seeOther("/app/lectures?\(result.isNew ? "visited" : "revisited")=\(result.id)")
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try RoleGuard.require(.officer, context)
        let query = FormData(urlEncoded: request.uri.query ?? "")
        return try page(user, form: FormData(), notice: Notice(query: query), error: nil, status: .ok)
    }

    @Sendable func log(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try RoleGuard.require(.officer, context)
        let officer = user.officerCode ?? ""
        let form = context.form
        guard let school = form["school"] else {
            return try page(user, form: form, notice: nil, error: "请选择学校。", status: .unprocessableContent)
        }
        guard try services.database.assignedSchools(officerCode: officer).contains(where: { $0.code == school }) else {
            throw PageError.forbidden("你没有被分配到学校 \(school)，不能为它登记宣讲。")
        }
        var audience: Int?
        if let text = form["audience"] {
            guard let number = Int(text), number >= 0 else {
                return try page(user, form: form, notice: nil, error: "听众人数应为不小于 0 的整数，例如 320。",
                                status: .unprocessableContent)
            }
            audience = number
        }
        var hours: Int?
        if let text = form["hours"] {
            guard let number = Int(text), (1...20).contains(number) else {
                return try page(user, form: form, notice: nil, error: "课时应为 1 到 20 之间的整数，一次宣讲通常是 1 课时。",
                                status: .unprocessableContent)
            }
            hours = number
        }
        let lecture = NewLecture(officer: officer, school: school, date: form["date"] ?? "", topic: form["topic"] ?? "",
                                 audience: audience, hours: hours)
        let result: LogResult
        do {
            result = try services.database.log(lecture, content: services.content.snapshot.tracker,
                                               today: services.today, actor: services.actor(user, request, context),
                                               now: services.now)
        } catch let error as UserError {
            return try page(user, form: form, notice: nil, error: error.message, status: .unprocessableContent)
        } catch let error as DiagnosticsError {
            return try page(user, form: form, notice: nil, error: error.description, status: .unprocessableContent)
        }
        return .seeOther("/app/lectures?\(result.isNew ? "logged" : "repeat")=\(result.id)")
    }

    @Sendable func void(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try RoleGuard.require(.officer, context)
        guard let id = context.parameters.get("id", as: Int64.self),
              let owner = try services.database.lectureOfficer(id: id) else {
            throw PageError(.notFound, "没有这条宣讲记录。请回到列表查看编号。")
        }
        guard owner == user.officerCode else {
            throw PageError.forbidden("宣讲记录 \(id) 不是你的，不能作废。")
        }
        do {
            try services.database.voidLecture(id: id, reason: context.form["reason"] ?? "",
                                              actor: services.actor(user, request, context), now: services.now)
        } catch let error as UserError {
            let message = error.message.replacingOccurrences(of: "请用 --reason 写明", with: "请写明")
            return try page(user, form: FormData(), notice: nil, error: message, status: .unprocessableContent)
        }
        return .seeOther("/app/lectures?voided=\(id)")
    }

    private func page(_ user: SignedInUser, form: FormData, notice: Notice?, error: String?,
                      status: HTTPResponse.Status) throws -> Response {
        let officer = user.officerCode ?? ""
        let snapshot = services.content.snapshot
        let today = services.today
        let schools = try services.database.assignedSchools(
            officerCode: officer, inTermEnding: snapshot.tracker.currentTerm(on: today)?.end)
        var page = PageContext(user: user, title: "宣讲登记")
        page["officerName"] = try services.database.officerName(code: officer) ?? officer
        page["officerCode"] = officer
        page["today"] = today.description
        page["error"] = error
        page["notice"] = notice?.text(noun: "宣讲")
        page["hasSchools"] = !schools.isEmpty
        page["schools"] = schools.map { ["code": $0.code, "name": $0.name, "selected": $0.code == form["school"]] }
        page["form"] = ["date": form["date"] ?? today.description, "topic": form["topic"] ?? "",
                        "audience": form["audience"] ?? "", "hours": form["hours"] ?? ""]
        if let term = snapshot.tracker.currentTerm(on: today) {
            page["term"] = ["id": term.id, "name": term.name, "start": term.start.description, "end": term.end.description]
            let report = try services.database.complianceReport(
                term: term, asOf: today, rules: snapshot.tracker.rules, scope: CheckScope(officer: officer),
                schoolYear: snapshot.tracker.schoolYear(of: term))
            let rows = report.officers.map(StatusView.row) + report.visits.map(StatusView.row)
                + report.hours.map(StatusView.row)
            page["statuses"] = rows
            page["hasStatuses"] = !rows.isEmpty
            let entries = try services.database.lectures(EntryFilter(officer: officer, term: term))
            page["entries"] = entries.reversed().map { entry in
                ["id": String(entry.id), "date": entry.date.description, "school": entry.schoolName,
                 "schoolCode": entry.schoolCode, "topic": entry.topic,
                 "audience": entry.audience.map(String.init) ?? "—", "isVoid": entry.isVoid,
                 "voidReason": entry.voidReason ?? ""] as [String: Any]
            }
            page["hasEntries"] = !entries.isEmpty
        }
        return services.pages.renderer.page("lectures", page.values, status: status)
    }
}
