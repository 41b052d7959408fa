import CampaignCore
import Foundation
import GRDB

extension TrackerDatabase {
    /// Sets the roster of `term` from a CSV file of classes, officers or assignments: new rows are
    /// added from the term, changed rows change from it on, and the classes of every school in the
    /// file (the assignments of every officer in the file) that the file leaves out end before it.
    /// Every bad row is reported and then nothing is written; with `dryRun` nothing is written
    /// either, and the plan says what would be.
    public func importRoster(_ kind: ImportKind, data: Data, path: String, term: TermCalendar, dryRun: Bool,
                             actor: AuditActor, now: Date = Date()) throws -> RosterPlan {
        guard kind == .classes || kind == .officers || kind == .assignments else {
            throw UserError("--term 只用于导入班级、人员和分配名单（classes、officers、assignments）；"
                + "\(kind.noun)请不带 --term 导入。")
        }
        let (rows, earlier) = try ImportRow.read(kind, data: data, path: path)
        return try writer.write { db in
            let index = try RosterIndex.load(db)
            var editor = RosterEditor(term: term, dryRun: dryRun)
            var diagnostics = earlier
            switch kind {
            case .classes: try editor.classes(rows, db: db, index: index, path: path, diagnostics: &diagnostics)
            case .officers: try editor.officers(rows, db: db, index: index, path: path, diagnostics: &diagnostics)
            default: try editor.assignments(rows, db: db, index: index, path: path, diagnostics: &diagnostics)
            }
            let found = diagnostics.sortedByLine()
            if found.contains(where: { $0.severity == .error }) { throw DiagnosticsError(found) }
            if !dryRun {
                try editor.apply(db, at: AuditEntry.timestamp(now))
                try Self.audit(db, actor: actor, action: "import \(kind.rawValue)",
                               detail: "\(path)（\(term.id) 起）：\(editor.plan.counts)", now: now)
            }
            return editor.plan
        }
    }
}

extension RosterEditor {
    mutating func classes(_ rows: [ImportRow], db: Database, index: RosterIndex, path: String,
                          diagnostics: inout [Diagnostic]) throws {
        let versions = try VersionTable.classes.all(db)
        let schoolCodes = Dictionary(index.schoolIDs.map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var ledger = IdentityLedger<RosterIndex.ClassKey, ClassValues>()
        var inFile: Set<Int64> = []
        var schools: Set<Int64> = []
        for row in rows {
            var reader = FieldReader(kind: .classes, values: row.values)
            guard let checked = RowChecks.schoolClass(&reader, index: index), reader.problems.isEmpty else {
                diagnostics += reader.problems.map { .error($0, path: path, line: row.line) }
                continue
            }
            guard Self.firstTime(checked, in: &ledger, line: row.line, path: path, diagnostics: &diagnostics) else {
                continue
            }
            schools.insert(checked.key.schoolId)
            let who = "班级 \(schoolCodes[checked.key.schoolId] ?? "")/\(checked.key.code)"
            let values = checked.value.databaseValues
            guard let id = index.classIDs[checked.key] else {
                record(.newClass(schoolId: checked.key.schoolId, code: checked.key.code, values: values), .add,
                       "\(who)（\(checked.value.name)，\(checked.value.grade)，班主任 \(checked.value.teacher)）")
                continue
            }
            inFile.insert(id)
            update(.classes, id: id, versions: versions[id] ?? [], to: values, who: who, name: checked.value.name)
        }
        for (key, id) in index.classIDs.sorted(by: { ($0.key.schoolId, $0.key.code) < ($1.key.schoolId, $1.key.code) })
        where schools.contains(key.schoolId) && !inFile.contains(id) {
            guard let current = (versions[id] ?? []).first(where: { $0.covers(from) }) else { continue }
            record(.end(.classes, id: id), .end,
                   "班级 \(schoolCodes[key.schoolId] ?? "")/\(key.code)（\(RosterEditor.text(current.values[0]))）不在文件中")
        }
    }

    mutating func officers(_ rows: [ImportRow], db: Database, index: RosterIndex, path: String,
                           diagnostics: inout [Diagnostic]) throws {
        let versions = try VersionTable.officers.all(db)
        var ledger = IdentityLedger<String, OfficerValues>()
        for row in rows {
            var reader = FieldReader(kind: .officers, values: row.values)
            guard let checked = RowChecks.officer(&reader), reader.problems.isEmpty else {
                diagnostics += reader.problems.map { .error($0, path: path, line: row.line) }
                continue
            }
            guard Self.firstTime(checked, in: &ledger, line: row.line, path: path, diagnostics: &diagnostics) else {
                continue
            }
            let values = checked.value.databaseValues
            guard let id = index.officerIDs[checked.key] else {
                record(.newOfficer(code: checked.key, values: values), .add,
                       "人员 \(checked.key)（\(checked.value.name)，\(checked.value.role.rawValue)）")
                continue
            }
            update(.officers, id: id, versions: versions[id] ?? [], to: values, who: "人员 \(checked.key)",
                   name: checked.value.name)
        }
    }

    mutating func assignments(_ rows: [ImportRow], db: Database, index: RosterIndex, path: String,
                              diagnostics: inout [Diagnostic]) throws {
        let versions = try VersionTable.assignments.all(db)
        let ids = try Self.assignmentIDs(db)
        let officerCodes = Dictionary(index.officerIDs.map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let schoolCodes = Dictionary(index.schoolIDs.map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let describe = { (key: RosterIndex.AssignmentKey) in
            "人员 \(officerCodes[key.officerId] ?? "") 到学校 \(schoolCodes[key.schoolId] ?? "")"
        }
        var ledger = IdentityLedger<RosterIndex.AssignmentKey, NoValues>()
        var inFile: Set<RosterIndex.AssignmentKey> = []
        var officers: Set<Int64> = []
        for row in rows {
            var reader = FieldReader(kind: .assignments, values: row.values)
            guard let checked = RowChecks.assignment(&reader, index: index), reader.problems.isEmpty else {
                diagnostics += reader.problems.map { .error($0, path: path, line: row.line) }
                continue
            }
            guard Self.firstTime(checked, in: &ledger, line: row.line, path: path, diagnostics: &diagnostics) else {
                continue
            }
            inFile.insert(checked.key)
            officers.insert(checked.key.officerId)
            guard let id = ids[checked.key] else {
                record(.newAssignment(officerId: checked.key.officerId, schoolId: checked.key.schoolId), .add,
                       describe(checked.key))
                continue
            }
            if !(versions[id] ?? []).contains(where: { $0.covers(from) }) {
                record(.set(.assignments, id: id, values: []), .add, describe(checked.key))
            }
        }
        for (key, id) in ids.sorted(by: { ($0.key.officerId, $0.key.schoolId) < ($1.key.officerId, $1.key.schoolId) })
        where officers.contains(key.officerId) && !inFile.contains(key)
            && (versions[id] ?? []).contains(where: { $0.covers(from) }) {
            record(.end(.assignments, id: id), .end, describe(key) + "（不在文件中）")
        }
    }

    /// A change of an existing identity to `values` from the day on, or its return to the roster.
    mutating func update(_ table: VersionTable, id: Int64, versions: [VersionTable.Version], to values: [DatabaseValue],
                         who: String, name: String) {
        guard let current = versions.first(where: { $0.covers(from) }) else {
            record(.set(table, id: id, values: values), .add, "\(who)（\(name)）")
            return
        }
        let (text, patch) = RosterEditor.differences(table, old: current.values, new: values)
        guard !text.isEmpty else { return }
        record(.set(table, id: id, values: patch), .change, "\(who)：\(text)")
    }

    /// False (with an error for a conflict) when the same identity came earlier in the file.
    static func firstTime<Key: Hashable, Value: RowValues>(_ row: CheckedRow<Key, Value>,
                                                          in ledger: inout IdentityLedger<Key, Value>, line: Int,
                                                          path: String, diagnostics: inout [Diagnostic]) -> Bool {
        switch ledger.judge(row.key, row.value, line: line) {
        case .repeatsLine, .repeatsStored:
            return false
        case let .conflictsWithLine(earlierLine, value):
            diagnostics.append(.error("\(row.identity.text)在第 \(earlierLine) 行已经出现过，但内容不同（第 \(earlierLine) 行是"
                + "\(value.summary)，这一行是\(row.value.summary)）。请保留正确的一行，删掉另一行。", path: path, line: line))
            return false
        case .conflictsWithStored, .new:
            return true
        }
    }

    static func assignmentIDs(_ db: Database) throws -> [RosterIndex.AssignmentKey: Int64] {
        var ids: [RosterIndex.AssignmentKey: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, officerId, schoolId FROM assignment") {
            ids[.init(officerId: try row.decode(atIndex: 1), schoolId: try row.decode(atIndex: 2))] = try row.decode(atIndex: 0)
        }
        return ids
    }
}
