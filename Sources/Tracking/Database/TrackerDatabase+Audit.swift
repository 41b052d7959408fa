import CampaignCore
import Foundation
import GRDB

extension TrackerDatabase {
    /// Appends to the audit trail inside the caller's transaction.
    static func audit(_ db: Database, actor: AuditActor, action: String, detail: String, now: Date) throws {
        var entry = AuditEntry(at: AuditEntry.timestamp(now), who: actor.name, address: actor.address,
                               action: action, detail: detail)
        try entry.insert(db)
    }

    /// The audit trail, oldest first; with `since`, only what was written from the start of that
    /// day in Beijing time on.
    public func auditTrail(since: Day? = nil) throws -> [AuditEntry] {
        try writer.read { db in
            var request = AuditEntry.order(Column("id"))
            if let since {
                request = request.filter(Column("at") >= BeijingTime.startTimestamp(of: since))
            }
            return try request.fetchAll(db)
        }
    }
}
