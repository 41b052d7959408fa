import CampaignCore
import Foundation
import GRDB

extension TrackerDatabase {
    /// Copies the database to `destination` with SQLite's online backup: one consistent snapshot, taken
    /// in a read transaction while the server and other programs go on reading and writing. The copy is
    /// written under a temporary name in the same folder and renamed into place, so `destination` is
    /// always either what it was before or the whole copy. The copy is a single file (no `-wal`).
    public func backup(to destination: URL) throws {
        let folder = destination.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).partial-\(UUID().uuidString)")
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] {
                try? FileManager.default.removeItem(atPath: temporary.path + suffix)
            }
        }
        do {
            let copy = try DatabaseQueue(path: temporary.path)
            try writer.backup(to: copy)
            try copy.writeWithoutTransaction { db in
                // The snapshot carries the source's WAL mode; a backup is one self-contained file.
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
            }
            try copy.close()
        } catch let error as DatabaseError where Self.isBusy(error) {
            throw UserError(Self.busyMessage(path: nil))
        } catch let error as DatabaseError {
            throw UserError("无法写入备份文件 \(destination.path)：\(error.message ?? "\(error.resultCode)")。"
                + "请检查文件夹是否存在、是否有写入权限、磁盘是否已满。")
        }
        guard rename(temporary.path, destination.path) == 0 else {
            throw UserError("无法把备份放到 \(destination.path)。请检查文件夹的写入权限。")
        }
    }

    /// Checks a database file without changing it: SQLite's integrity check and foreign-key check,
    /// the schema migrations against this version's, and the rows in every table.
    public static func verify(path: String) throws -> DatabaseCheck {
        guard FileManager.default.fileExists(atPath: path) else {
            throw UserError("文件 \(path) 不存在。请检查文件名和路径。")
        }
        var configuration = Configuration()
        configuration.readonly = true
        var check = DatabaseCheck(knownMigrations: migrator.migrations)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            try queue.read { db in try inspect(db, into: &check) }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            check.problems.append("文件 \(path) 不是完好的 SQLite 数据库（可能已损坏或被截断），不能用来恢复。")
        } catch let error as DatabaseError {
            throw UserError("无法读取数据库 \(path)：\(error.message ?? "\(error.resultCode)")。请检查文件路径和权限。")
        }
        return check
    }

    private static func inspect(_ db: Database, into check: inout DatabaseCheck) throws {
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        if integrity != ["ok"] {
            check.problems.append("完整性检查没有通过（\(integrity.count) 处问题，第一处：\(integrity.first ?? "")），文件已损坏。")
        }
        let orphans = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
        if !orphans.isEmpty {
            let tables = Set(orphans.compactMap { $0["table"] as String? }).sorted().joined(separator: "、")
            check.problems.append("有 \(orphans.count) 行引用了不存在的记录（表 \(tables)），记录之间的关联不完整。")
        }
        guard try db.tableExists("grdb_migrations") else {
            check.problems.append("这个文件不是 campaign 的登记数据库（没有结构版本记录）。")
            return
        }
        check.appliedMigrations = try migrator.appliedMigrations(db)
        if try migrator.hasBeenSuperseded(db) {
            check.problems.append("这个数据库由更新版本的 campaign 写入，本版本无法确认它的结构。请用新版本检查。")
        } else if check.appliedMigrations.count < check.knownMigrations.count {
            let missing = check.knownMigrations.count - check.appliedMigrations.count
            check.problems.append("数据库的结构比本版本旧 \(missing) 步（最新一步：\(check.appliedMigrations.last ?? "无")）。"
                + "用本版本的 campaign 打开一次会自动升级，升级后再检查。")
        }
        let names = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
            AND name <> 'grdb_migrations' ORDER BY name
            """)
        for name in names {
            let rows = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(name.quotedDatabaseIdentifier)") ?? 0
            check.tables.append(.init(table: name, rows: rows))
        }
    }
}
