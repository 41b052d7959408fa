import CampaignCore
import Foundation
import GRDB

/// The tracker's SQLite database: rosters of schools, classes and officers, the meeting and lecture
/// logs, and the audit trail. It owns the connection and the versioned schema.
public final class TrackerDatabase: Sendable {
    public let writer: any DatabaseWriter

    /// Opens (or creates) the database file, in WAL mode with foreign keys on, waiting up to
    /// `busyTimeout` seconds for another writer (then a write fails with an error `isBusy` recognises),
    /// and `synchronous = FULL` so that a commit survives a power cut.
    public static func open(path: String, busyTimeout: TimeInterval = defaultBusyTimeout) throws -> TrackerDatabase {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "campaign"
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            // DatabasePool sets synchronous = NORMAL on its writer while opening; FULL must come after.
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
            return try TrackerDatabase(writer: pool)
        } catch let error as DatabaseError where isBusy(error) {
            throw UserError(busyMessage(path: path, waited: busyTimeout))
        } catch let error as DatabaseError {
            throw UserError("无法打开数据库 \(path)：\(error.message ?? "\(error.resultCode)")。"
                + "请检查文件路径和权限，或用 --db 指定另一个文件。")
        }
    }

    /// A database in memory, for tests.
    public static func inMemory() throws -> TrackerDatabase {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        return try TrackerDatabase(writer: DatabaseQueue(configuration: configuration))
    }

    /// Wraps an open connection and brings its schema up to date.
    public init(writer: any DatabaseWriter) throws {
        self.writer = writer
        let migrator = Self.migrator
        if try writer.read({ try migrator.hasBeenSuperseded($0) }) {
            throw UserError("这个数据库是由更新版本的 campaign 创建的。请升级 campaign 后再使用。")
        }
        try migrator.migrate(writer)
    }
}
