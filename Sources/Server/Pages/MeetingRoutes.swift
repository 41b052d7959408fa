import CampaignCore
import Foundation
import Hummingbird
import Tracking

/// A class teacher's page: their class's status for the term, logging a meeting with a kit from
/// the list, and voiding the class's entries.
struct MeetingRoutes {
    let services: AppServices

    func add(to group: RouterGroup<AppRequestContext>) {
        group.get("meetings", use: show)
        group.post("meetings", use: log)
        group.post("meetings/:id/void", use: void)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try RoleGuard.require(.teacher, context)
        let query = FormData(urlEncoded: request.uri.query ?? "")
        return try page(user, form: FormData(), notice: Notice(query: query), error: nil, status: .ok)
    }

    @Sendable func log(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try RoleGuard.require(.teacher, context)
        let school = user.schoolCode ?? ""
        let schoolClass = user.classCode ?? ""
        let form = context.form
        // The form names the class it is for; a teacher logs only for their own.
        if (form["school"].map { $0 != school } ?? false) || (form["class"].map { $0 != schoolClass } ?? false) {
            throw PageError.forbidden("你只能为自己的班级（\(school) \(schoolClass)）登记班会。")
        }
        var attendance: Int?
        if let text = form["attendance"] {
            guard let number = Int(text), number >= 0 else {
                return try page(user, form: form, notice: nil, error: "参加人数应为不小于 0 的整数，例如 45。",
                                status: .unprocessableContent)
            }
            attendance = number
        }
        let snapshot = services.content.snapshot
        if let kit = form["kit"], !snapshot.kits.contains(where: { $0.slug == kit }) {
            return try page(user, form: form, notice: nil, error: "请从列表中选择班会材料包。", status: .unprocessableContent)
        }
        let meeting = NewMeeting(school: school, schoolClass: schoolClass, date: form["date"] ?? "", kit: form["kit"],
                                 teacher: form["teacher"], attendance: attendance)
        let result: LogResult
        do {
            result = try services.database.log(meeting, content: snapshot.tracker, today: services.today,
                                               actor: services.actor(user, request, context), now: services.now)
        } catch let error as UserError {
            return try page(user, form: form, notice: nil, error: error.message, status: .unprocessableContent)
        } catch let error as DiagnosticsError {
            return try page(user, form: form, notice: nil, error: error.description, status: .unprocessableContent)
        }
        return .seeOther("/app/meetings?\(result.isNew ? "logged" : "repeat")=\(result.id)")
    }

    @Sendable func void(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try RoleGuard.require(.teacher, context)
        guard let id = context.parameters.get("id", as: Int64.self),
              let owner = try services.database.meetingClass(id: id) else {
            throw PageError(.notFound, "没有这条班会记录。请回到列表查看编号。")
        }
        guard owner.school == user.schoolCode, owner.schoolClass == user.classCode else {
            throw PageError.forbidden("班会记录 \(id) 不是你班级的，不能作废。")
        }
        do {
            try services.database.voidMeeting(id: id, reason: context.form["reason"] ?? "",
                                              actor: services.actor(user, request, context), now: services.now)
        } catch let error as UserError {
            let message = error.message.replacingOccurrences(of: "请用 --reason 写明", with: "请写明")
            return try page(user, form: FormData(), notice: nil, error: message, status: .unprocessableContent)
        }
        return .seeOther("/app/meetings?voided=\(id)")
    }

    private func page(_ user: SignedInUser, form: FormData, notice: Notice?, error: String?,
                      status: HTTPResponse.Status) throws -> Response {
        let school = user.schoolCode ?? ""
        let schoolClass = user.classCode ?? ""
        let snapshot = services.content.snapshot
        let today = services.today
        var page = PageContext(user: user, title: "班会登记")
        let names = try services.database.className(school: school, code: schoolClass)
        page["schoolCode"] = school
        page["classCode"] = schoolClass
        page["schoolName"] = names?.school ?? school
        page["className"] = names?.schoolClass ?? schoolClass
        page["today"] = today.description
        page["error"] = error
        page["notice"] = notice?.text(noun: "班会")
        page["kits"] = snapshot.kits.map { ["slug": $0.slug, "title": $0.title, "selected": $0.slug == form["kit"]] }
        page["form"] = ["date": form["date"] ?? today.description, "teacher": form["teacher"] ?? "",
                        "attendance": form["attendance"] ?? ""]
        if let term = snapshot.tracker.currentTerm(on: today) {
            page["term"] = ["id": term.id, "name": term.name, "start": term.start.description, "end": term.end.description]
            let report = try services.database.complianceReport(term: term, asOf: today, rules: snapshot.tracker.rules,
                                                                scope: CheckScope(school: school))
            page["statuses"] = report.classes.filter { $0.code == schoolClass }.map(StatusView.row)
            let entries = try services.database.meetings(EntryFilter(school: school, term: term))
                .filter { $0.classCode == schoolClass }
            let titles = Dictionary(snapshot.kits.map { ($0.slug, $0.title) }, uniquingKeysWith: { a, _ in a })
            page["entries"] = entries.reversed().map { entry in
                ["id": String(entry.id), "date": entry.date.description,
                 "kit": entry.kit.map { titles[$0] ?? $0 } ?? "—", "teacher": entry.teacher ?? "—",
                 "attendance": entry.attendance.map(String.init) ?? "—", "isVoid": entry.isVoid,
                 "voidReason": entry.voidReason ?? ""] as [String: Any]
            }
            page["hasEntries"] = !entries.isEmpty
        }
        return services.pages.renderer.page("meetings", page.values, status: status)
    }
}
