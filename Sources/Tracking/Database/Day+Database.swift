import CampaignCore
import GRDB

/// Days are stored as `YYYY-MM-DD` text, which sorts and compares in date order.
extension Day: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { isoText.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Day? {
        String.fromDatabaseValue(dbValue).flatMap { Day(iso: $0) }
    }
}
