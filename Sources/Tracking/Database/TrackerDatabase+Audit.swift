import Foundation
import GRDB

extension TrackerDatabase {
    /// Appends to the audit trail inside the caller's transaction.
    static func audit(_ db: Database, actor: AuditActor, action: String, detail: String, now: Date) throws {
        var entry = AuditEntry(at: AuditEntry.timestamp(now), who: actor.name, address: actor.address,
                               action: action, detail: detail)
        try entry.insert(db)
    }

    /// The audit trail, oldest first.
    public func auditTrail() throws -> [AuditEntry] {
        try writer.read { db in try AuditEntry.order(Column("id")).fetchAll(db) }
    }
}
