import CampaignCore
import Foundation
import GRDB

extension TrackerDatabase {
    /// Marks a meeting entry void: it stays in the record but no longer counts.
    public func voidMeeting(id: Int64, reason: String, actor: AuditActor, now: Date = Date()) throws {
        try void(table: "meeting", noun: "班会记录", action: "void meeting", id: id, reason: reason, actor: actor, now: now)
    }

    /// Marks a lecture entry void.
    public func voidLecture(id: Int64, reason: String, actor: AuditActor, now: Date = Date()) throws {
        try void(table: "lecture", noun: "宣讲记录", action: "void lecture", id: id, reason: reason, actor: actor, now: now)
    }

    /// Marks a visit entry void.
    public func voidVisit(id: Int64, reason: String, actor: AuditActor, now: Date = Date()) throws {
        try void(table: "visit", noun: "到校记录", action: "void visit", id: id, reason: reason, actor: actor, now: now)
    }

    private func void(table: String, noun: String, action: String, id: Int64, reason: String, actor: AuditActor,
                      now: Date) throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw UserError("请用 --reason 写明作废的原因，例如 --reason \"日期填错\"。") }
        if let problem = UserText.problem(in: reason, limit: UserText.noteLimit, allowsNewlines: true) {
            throw UserError(UserText.message(problem, field: "作废原因"))
        }
        try writer.write { db in
            let at = AuditEntry.timestamp(now)
            try db.execute(sql: "UPDATE \(table) SET voidedAt = ?, voidReason = ? WHERE id = ? AND voidedAt IS NULL",
                           arguments: [at, reason, id])
            guard db.changesCount == 1 else {
                guard let row = try Row.fetchOne(db, sql: "SELECT voidedAt, voidReason FROM \(table) WHERE id = ?",
                                                 arguments: [id]) else {
                    // The table is named like its command: campaign meeting list, campaign lecture list.
                    throw UserError("没有编号为 \(id) 的\(noun)。请用 campaign \(table) list 查看编号。")
                }
                let when = BeijingTime.text(fromTimestamp: try row.decode(atIndex: 0))
                let why: String = try row.decode(atIndex: 1)
                throw UserError("\(noun) \(id) 已于 \(when) 作废（原因：\(why)），不需要再作废。")
            }
            try Self.audit(db, actor: actor, action: action, detail: "\(noun) #\(id) 作废：\(reason)", now: now)
        }
    }
}
