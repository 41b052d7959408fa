import CampaignCore
import Foundation
import GRDB

/// What an import will do once every row is checked: its problems, the rows it skips, and how to
/// write the rest.
struct ImportPlan {
    var diagnostics: [Diagnostic]
    var skipped: Int
    /// Writes the accepted rows and returns how many.
    var write: (Database, Date) throws -> Int
}

/// Checks the rows of one import file against the roster, the calendar and what is stored.
struct ImportJob {
    let kind: ImportKind
    let path: String
    let rows: [ImportRow]
    let content: TrackerContent
    let today: Day

    func check(_ db: Database) throws -> ImportPlan {
        let rosterAdvice = "导入不会覆盖已保存的数据。请让这一行与已保存的一致，或删掉这一行。"
        switch kind {
        case .schools:
            return try plan(check: { RowChecks.school(&$0) },
                            stored: { _ in try StoredRows.schools(db) },
                            advice: { _ in rosterAdvice }, insert: RowInserts.schools)
        case .officers:
            return try plan(check: { RowChecks.officer(&$0) },
                            stored: { _ in try StoredRows.officers(db) },
                            advice: { _ in rosterAdvice }, insert: { try RowInserts.officers($0, $1, $2) })
        case .classes:
            let index = try RosterIndex.load(db)
            return try plan(check: { RowChecks.schoolClass(&$0, index: index) },
                            stored: { _ in try StoredRows.classes(db) },
                            advice: { _ in rosterAdvice }, insert: { try RowInserts.classes($0, $1, $2) })
        case .assignments:
            let index = try RosterIndex.load(db)
            return try plan(check: { RowChecks.assignment(&$0, index: index) },
                            stored: { _ in try StoredRows.assignments(db) },
                            advice: { _ in rosterAdvice }, insert: { try RowInserts.assignments($0, $1, $2) })
        case .meetings:
            let index = try RosterIndex.load(db)
            return try plan(check: { RowChecks.meeting(&$0, index: index, content: content, today: today) },
                            stored: { rows in try StoredRows.meetings(db, dates: rows.map(\.key.date)) },
                            advice: { "如需更正，请先作废原记录：campaign meeting void \($0.id) --reason 原因，再重新导入。" },
                            insert: RowInserts.meetings)
        case .lectures:
            let index = try RosterIndex.load(db)
            return try plan(check: { RowChecks.lecture(&$0, index: index, content: content, today: today) },
                            stored: { rows in try StoredRows.lectures(db, dates: rows.map(\.key.date)) },
                            advice: { "如需更正，请先作废原记录：campaign lecture void \($0.id) --reason 原因，再重新导入。" },
                            insert: RowInserts.lectures)
        case .visits:
            let index = try RosterIndex.load(db)
            return try plan(check: { RowChecks.visit(&$0, index: index, content: content, today: today) },
                            stored: { rows in try StoredRows.visits(db, dates: rows.map(\.key.date)) },
                            advice: { "如需更正，请先作废原记录：campaign visit void \($0.id) --reason 原因，再重新导入。" },
                            insert: RowInserts.visits)
        }
    }

    /// Checks every row, then judges the good ones against stored rows and earlier lines.
    private func plan<Key: Hashable, Value: RowValues>(
        check: (inout FieldReader) -> CheckedRow<Key, Value>?,
        stored: ([CheckedRow<Key, Value>]) throws -> IdentityLedger<Key, Value>,
        advice: (IdentityLedger<Key, Value>.Stored) -> String,
        insert: @escaping (Database, [CheckedRow<Key, Value>], String) throws -> Void
    ) throws -> ImportPlan {
        var diagnostics: [Diagnostic] = []
        // Rows and their lines in two arrays, so that the accepted rows are kept in place (no second
        // copy of 600,000 rows) and handed to `insert` as they are.
        var checked: [CheckedRow<Key, Value>] = []
        var lines: [Int] = []
        checked.reserveCapacity(rows.count)
        lines.reserveCapacity(rows.count)
        for row in rows {
            var reader = FieldReader(kind: kind, values: row.values)
            let result = check(&reader)
            if !reader.problems.isEmpty {
                diagnostics += reader.problems.map { .error($0, path: path, line: row.line) }
            } else if let result {
                checked.append(result)
                lines.append(row.line)
            }
        }

        var ledger = try stored(checked)
        var isNew = [Bool](repeating: false, count: checked.count)
        var skipped = 0
        for (index, row) in checked.enumerated() {
            let line = lines[index]
            switch ledger.judge(row.key, row.value, line: line) {
            case .new:
                isNew[index] = true
            case .repeatsStored, .repeatsLine:
                skipped += 1
            case let .conflictsWithStored(earlier):
                diagnostics.append(.error("\(row.identity.text)已经保存过，但内容不同：已保存的是\(earlier.value.summary)，"
                    + "这一行是\(row.value.summary)。\(advice(earlier))", path: path, line: line))
            case let .conflictsWithLine(earlierLine, value):
                diagnostics.append(.error("\(row.identity.text)在第 \(earlierLine) 行已经出现过，但内容不同（第 \(earlierLine) 行是"
                    + "\(value.summary)，这一行是\(row.value.summary)）。请保留正确的一行，删掉另一行。",
                    path: path, line: line))
            }
        }
        var kept = 0
        for index in checked.indices where isNew[index] {
            if kept != index { checked.swapAt(kept, index) }
            kept += 1
        }
        checked.removeLast(checked.count - kept)
        let rowsToWrite = checked
        return ImportPlan(diagnostics: diagnostics, skipped: skipped) { db, now in
            try insert(db, rowsToWrite, AuditEntry.timestamp(now))
            return rowsToWrite.count
        }
    }
}
