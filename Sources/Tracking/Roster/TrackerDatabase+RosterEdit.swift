import CampaignCore
import Foundation
import GRDB

/// One change to the roster from a term on, as a bureau makes it by hand.
public enum RosterEdit: Sendable, Equatable {
    /// New values for a class (nil keeps one); a class not yet on the roster needs all three.
    case setClass(school: String, code: String, name: String?, grade: String?, teacher: String?)
    case endClass(school: String, code: String)
    /// New values for an officer (nil keeps one); a new officer needs a name and a role.
    case setOfficer(code: String, name: String?, role: Officer.Role?, phone: String?)
    /// The officer leaves: every assignment ends too.
    case endOfficer(code: String)
    case assign(officer: String, school: String)
    case unassign(officer: String, school: String)
}

extension TrackerDatabase {
    /// Makes one roster change from `term` on, audited. Nothing that is true of earlier terms changes.
    public func edit(_ edit: RosterEdit, from term: TermCalendar, actor: AuditActor, now: Date = Date()) throws
        -> RosterPlan {
        try writer.write { db in
            var editor = RosterEditor(term: term, dryRun: false)
            try editor.plan(edit, db: db)
            try editor.apply(db, at: AuditEntry.timestamp(now))
            let action: String
            switch edit {
            case .setClass: action = "class set"
            case .endClass: action = "class end"
            case .setOfficer: action = "officer set"
            case .endOfficer: action = "officer end"
            case .assign: action = "assign"
            case .unassign: action = "unassign"
            }
            let lines = editor.plan.lines.map(\.text).joined(separator: "；")
            try Self.audit(db, actor: actor, action: action,
                           detail: "\(term.id) 起：\(lines.isEmpty ? "没有变化" : lines)", now: now)
            return editor.plan
        }
    }
}

extension RosterEditor {
    mutating func plan(_ edit: RosterEdit, db: Database) throws {
        let index = try RosterIndex.load(db)
        var reader = FieldReader(kind: .classes, values: [:])
        switch edit {
        case let .setClass(school, code, name, grade, teacher):
            let schoolId = try Self.require(index.school(school, in: &reader), reader)
            let who = "班级 \(school)/\(code)"
            let given = [name, grade, teacher].map { $0?.databaseValue }
            guard let id = index.classIDs[.init(schoolId: schoolId, code: code)] else {
                guard let name, let grade, let teacher else {
                    throw UserError("学校 \(school) 还没有班级代码为“\(code)”的班级。新加班级请同时写 --name、--grade 和 --teacher。")
                }
                record(.newClass(schoolId: schoolId, code: code, values: given.compactMap { $0 }), .add,
                       "\(who)（\(name)，\(grade)，班主任 \(teacher)）")
                return
            }
            try change(.classes, id: id, given: given, required: 3, db: db, who: who,
                       missing: "\(who)在\(plan.term.name)不在名单上。要让它重新开始，请同时写 --name、--grade 和 --teacher。")
        case let .endClass(school, code):
            let schoolId = try Self.require(index.school(school, in: &reader), reader)
            guard let id = index.classIDs[.init(schoolId: schoolId, code: code)] else {
                throw UserError("学校 \(school) 没有班级代码为“\(code)”的班级。请检查 --school 和 --class。")
            }
            try end(.classes, id: id, db: db, text: "班级 \(school)/\(code)")
        case let .setOfficer(code, name, role, phone):
            let given = [name?.databaseValue, role?.rawValue.databaseValue, phone?.databaseValue]
            guard let id = index.officerIDs[code] else {
                guard let name, let role else {
                    throw UserError("还没有编号为“\(code)”的人员。新加人员请同时写 --name 和 --role。")
                }
                record(.newOfficer(code: code, values: [name.databaseValue, role.rawValue.databaseValue,
                                                        (phone ?? "").isEmpty ? .null : phone.databaseValue]),
                       .add, "人员 \(code)（\(name)，\(role.rawValue)）")
                return
            }
            try change(.officers, id: id, given: given, required: 2, db: db, who: "人员 \(code)",
                       missing: "人员 \(code) 在\(plan.term.name)不在名单上。要让他重新开始，请同时写 --name 和 --role。")
        case let .endOfficer(code):
            let id = try Self.require(index.officer(code, in: &reader), reader)
            try end(.officers, id: id, db: db, text: "人员 \(code)")
            let ids = try Self.assignmentIDs(db)
            let versions = try VersionTable.assignments.all(db)
            for (key, assignment) in ids.sorted(by: { $0.value < $1.value }) where key.officerId == id
                && (versions[assignment] ?? []).contains(where: { $0.covers(from) }) {
                let school = index.schoolIDs.first { $0.value == key.schoolId }?.key ?? ""
                record(.end(.assignments, id: assignment), .end, "人员 \(code) 到学校 \(school)")
            }
        case let .assign(officer, school), let .unassign(officer, school):
            let officerId = index.officer(officer, in: &reader), schoolId = index.school(school, in: &reader)
            guard let officerId, let schoolId else { throw UserError(reader.problems.joined(separator: "\n")) }
            let key = RosterIndex.AssignmentKey(officerId: officerId, schoolId: schoolId)
            let id = try Self.assignmentIDs(db)[key]
            let inEffect = try id.map { try VersionTable.assignments.version(db, id: $0, on: from) != nil } ?? false
            let text = "人员 \(officer) 到学校 \(school)"
            if case .assign = edit {
                guard !inEffect else { return }
                record(id.map { .set(.assignments, id: $0, values: []) }
                           ?? .newAssignment(officerId: officerId, schoolId: schoolId), .add, text)
            } else {
                guard let id, inEffect else {
                    throw UserError("人员 \(officer) 在\(plan.term.name)没有被分配到学校 \(school)，不需要取消。")
                }
                record(.end(.assignments, id: id), .end, text)
            }
        }
    }

    /// New values for an identity from the day on; one that is off the roster then comes back when
    /// its first `required` values are all given.
    private mutating func change(_ table: VersionTable, id: Int64, given: [DatabaseValue?], required: Int,
                                 db: Database, who: String, missing: String) throws {
        guard let current = try table.version(db, id: id, on: from) else {
            guard given.prefix(required).allSatisfy({ $0 != nil }) else { throw UserError(missing) }
            record(.set(table, id: id, values: given), .add, who)
            return
        }
        let target = zip(current.values, given).map { old, new in new ?? old }
        let (text, patch) = RosterEditor.differences(table, old: current.values, new: target)
        guard !text.isEmpty else { return }
        record(.set(table, id: id, values: patch), .change, "\(who)：\(text)")
    }

    private mutating func end(_ table: VersionTable, id: Int64, db: Database, text: String) throws {
        guard try table.version(db, id: id, on: from) != nil else {
            throw UserError("\(text)在\(plan.term.name)已经不在名单上，不需要结束。")
        }
        record(.end(table, id: id), .end, text)
    }

    private static func require<T>(_ value: T?, _ reader: FieldReader) throws -> T {
        guard let value else { throw UserError(reader.problems.joined(separator: "\n")) }
        return value
    }
}
