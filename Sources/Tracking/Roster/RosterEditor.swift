import CampaignCore
import GRDB

/// Roster changes from one day (a term's first day) on, collected first and written only when
/// every row is good: an import that fails writes nothing, and `--dry-run` writes nothing at all.
struct RosterEditor {
    enum Operation {
        case newClass(schoolId: Int64, code: String, values: [DatabaseValue])
        case newOfficer(code: String, values: [DatabaseValue])
        case newAssignment(officerId: Int64, schoolId: Int64)
        /// New values (nil keeps a column) for every version from the day on; adds when none is in effect.
        case set(VersionTable, id: Int64, values: [DatabaseValue?])
        case end(VersionTable, id: Int64)
    }

    let from: Day
    private(set) var operations: [Operation] = []
    var plan: RosterPlan

    init(term: TermCalendar, dryRun: Bool) {
        from = term.start
        plan = RosterPlan(term: term, dryRun: dryRun)
    }

    mutating func record(_ operation: Operation, _ action: RosterPlan.Action, _ text: String) {
        operations.append(operation)
        plan.add(action, text)
    }

    /// Writes every collected change, each version recorded at `now`.
    func apply(_ db: Database, at now: String) throws {
        for operation in operations {
            switch operation {
            case let .newClass(schoolId, code, values):
                try db.execute(sql: "INSERT INTO schoolClass (schoolId, code) VALUES (?, ?)", arguments: [schoolId, code])
                try VersionTable.classes.insert(db, id: db.lastInsertedRowID, from: from, until: nil, values: values,
                                                at: now)
            case let .newOfficer(code, values):
                try db.execute(sql: "INSERT INTO officer (code) VALUES (?)", arguments: [code])
                try VersionTable.officers.insert(db, id: db.lastInsertedRowID, from: from, until: nil, values: values,
                                                 at: now)
            case let .newAssignment(officerId, schoolId):
                try db.execute(sql: "INSERT INTO assignment (officerId, schoolId) VALUES (?, ?)",
                               arguments: [officerId, schoolId])
                try VersionTable.assignments.insert(db, id: db.lastInsertedRowID, from: from, until: nil, values: [],
                                                    at: now)
            case let .set(table, id, values):
                try table.set(db, id: id, from: from, values: values, at: now)
            case let .end(table, id):
                try table.end(db, id: id, from: from, at: now)
            }
        }
    }

    /// `年级 七年级 → 八年级，班主任 刘老师 → 王老师` for the columns whose values differ; nil for the
    /// patch entries that keep a column.
    static func differences(_ table: VersionTable, old: [DatabaseValue], new: [DatabaseValue])
        -> (text: String, patch: [DatabaseValue?]) {
        var parts: [String] = []
        var patch: [DatabaseValue?] = []
        for (index, column) in table.columns.enumerated() {
            if old[index] == new[index] {
                patch.append(nil)
            } else {
                patch.append(new[index])
                parts.append("\(label(column)) \(text(old[index])) → \(text(new[index]))")
            }
        }
        return (parts.joined(separator: "，"), patch)
    }

    static func text(_ value: DatabaseValue) -> String {
        String.fromDatabaseValue(value).map { $0.isEmpty ? "（空）" : $0 } ?? "（空）"
    }

    private static func label(_ column: String) -> String {
        switch column {
        case "name": "名称"
        case "grade": "年级"
        case "teacher": "班主任"
        case "role": "职务"
        case "phone": "电话"
        default: column
        }
    }
}
