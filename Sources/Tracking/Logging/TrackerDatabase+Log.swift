import CampaignCore
import Foundation
import GRDB

extension TrackerDatabase {
    /// Logs one class meeting with the checks of an import. An identical entry already stored is
    /// returned instead of a copy; one with other values is an error.
    public func log(_ meeting: NewMeeting, content: TrackerContent, today: Day, actor: AuditActor,
                    now: Date = Date()) throws -> LogResult {
        try writer.write { db in
            let index = try RosterIndex.load(db, schoolCode: meeting.school, officerCode: nil)
            var reader = FieldReader(kind: .meetings, values: meeting.fields)
            guard let row = RowChecks.meeting(&reader, index: index, content: content, today: today) else {
                throw UserError(reader.problems.joined(separator: "\n"))
            }
            var ledger = try StoredRows.meetings(db, dates: [row.key.date], classId: row.key.classId)
            switch ledger.judge(row.key, row.value, line: 0, voidedRepeatsCount: false) {
            case .repeatsStored(let stored):
                return LogResult(id: stored.id, isNew: false)
            case .conflictsWithStored(let stored):
                throw UserError("\(row.identity.text)已经登记过（编号 \(stored.id)），内容是\(stored.value.summary)。"
                    + "如需更正，请先作废原记录：campaign meeting void \(stored.id) --reason 原因，再重新登记。")
            case .new, .repeatsLine, .conflictsWithLine:
                try RowInserts.meetings(db, [row], AuditEntry.timestamp(now))
                let id = db.lastInsertedRowID
                try Self.audit(db, actor: actor, action: "log meeting",
                               detail: "班会 #\(id)：\(meeting.school)/\(meeting.schoolClass) \(row.key.date)", now: now)
                return LogResult(id: id, isNew: true)
            }
        }
    }

    /// Logs one lecture with the checks of an import.
    public func log(_ lecture: NewLecture, content: TrackerContent, today: Day, actor: AuditActor,
                    now: Date = Date()) throws -> LogResult {
        try writer.write { db in
            let index = try RosterIndex.load(db, schoolCode: lecture.school, officerCode: lecture.officer)
            var reader = FieldReader(kind: .lectures, values: lecture.fields)
            guard let row = RowChecks.lecture(&reader, index: index, content: content, today: today) else {
                throw UserError(reader.problems.joined(separator: "\n"))
            }
            var ledger = try StoredRows.lectures(db, dates: [row.key.date], officerId: row.key.officerId)
            switch ledger.judge(row.key, row.value, line: 0, voidedRepeatsCount: false) {
            case .repeatsStored(let stored):
                return LogResult(id: stored.id, isNew: false)
            case .conflictsWithStored(let stored):
                throw UserError("\(row.identity.text)已经登记过（编号 \(stored.id)），内容是\(stored.value.summary)。"
                    + "如需更正，请先作废原记录：campaign lecture void \(stored.id) --reason 原因，再重新登记。")
            case .new, .repeatsLine, .conflictsWithLine:
                try RowInserts.lectures(db, [row], AuditEntry.timestamp(now))
                let id = db.lastInsertedRowID
                try Self.audit(db, actor: actor, action: "log lecture",
                               detail: "宣讲 #\(id)：\(lecture.officer) 在 \(lecture.school) \(row.key.date)", now: now)
                return LogResult(id: id, isNew: true)
            }
        }
    }

    /// Logs one visit of an officer to a school they serve, with the checks of an import.
    public func log(_ visit: NewVisit, content: TrackerContent, today: Day, actor: AuditActor,
                    now: Date = Date()) throws -> LogResult {
        try writer.write { db in
            let index = try RosterIndex.load(db, schoolCode: visit.school, officerCode: visit.officer)
            var reader = FieldReader(kind: .visits, values: visit.fields)
            guard let row = RowChecks.visit(&reader, index: index, content: content, today: today) else {
                throw UserError(reader.problems.joined(separator: "\n"))
            }
            var ledger = try StoredRows.visits(db, dates: [row.key.date], officerId: row.key.officerId)
            switch ledger.judge(row.key, row.value, line: 0, voidedRepeatsCount: false) {
            case .repeatsStored(let stored), .conflictsWithStored(let stored):
                // One visit a day counts: the day is already logged, whatever its note.
                return LogResult(id: stored.id, isNew: false)
            case .new, .repeatsLine, .conflictsWithLine:
                try RowInserts.visits(db, [row], AuditEntry.timestamp(now))
                let id = db.lastInsertedRowID
                try Self.audit(db, actor: actor, action: "log visit",
                               detail: "到校 #\(id)：\(visit.officer) 到 \(visit.school) \(row.key.date)", now: now)
                return LogResult(id: id, isNew: true)
            }
        }
    }
}
