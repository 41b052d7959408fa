import CampaignCore
import Foundation
import GRDB
import Testing
@testable import Tracking

/// Issue 16, finding 11: `campaign db backup` and `campaign db verify`.
@Suite struct BackupTests {
    /// Two audit rows per transaction, so a copy that caught a transaction half-way has an odd count.
    static func writePair(_ database: TrackerDatabase, _ n: Int) throws {
        try database.writer.write { db in
            for half in 0..<2 {
                try db.execute(sql: "INSERT INTO audit (at, who, action, detail) VALUES (?, 'test', 'pair', ?)",
                               arguments: ["2026-11-24T02:00:00Z", "\(n).\(half)"])
            }
        }
    }

    @Test func aBackupTakenDuringWritesIsOneConsistentMomentAndVerifies() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let database = try TrackerDatabase.open(path: folder.url.appendingPathComponent("campaign.sqlite").path)
        let base = try await database.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit") ?? 0 }
        let stop = StopFlag()
        let writer = Task.detached {
            var n = 0
            while !stop.isSet {
                try Self.writePair(database, n)
                n += 1
            }
            return n
        }
        // Wait until writing is under way, then back up while it goes on.
        while try await database.writer.read({ db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit") ?? 0 }) < base + 40 {
            await Task.yield()
        }
        let copy = folder.url.appendingPathComponent("backup.sqlite")
        try database.backup(to: copy)
        let pairsBefore = try await database.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit") ?? 0 }
        stop.set()
        let written = try await writer.value

        let check = try TrackerDatabase.verify(path: copy.path)
        #expect(check.problems == [])
        #expect(check.appliedMigrations == check.knownMigrations)
        let rows = try #require(check.rows(in: "audit"))
        #expect(rows >= base + 40 && rows <= pairsBefore, "\(rows) rows, \(written) pairs written")
        #expect((rows - base) % 2 == 0, "a transaction was split: \(rows)")
        // The copy is one file, and no temporary file is left next to it.
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.contains("backup") }
        #expect(left == ["backup.sqlite"])
        // The copy holds exactly the first pairs, in order.
        let copied = try DatabaseQueue(path: copy.path)
        let details = try await copied.read { db in
            try String.fetchAll(db, sql: "SELECT detail FROM audit WHERE action = 'pair' ORDER BY id")
        }
        #expect(details == (0..<(rows - base) / 2).flatMap { ["\($0).0", "\($0).1"] })
    }

    @Test func verifyFindsCorruptionForeignKeysAndAnOldSchema() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let garbage = try folder.write(String(repeating: "这不是数据库", count: 400), to: "garbage.sqlite")
        #expect(try TrackerDatabase.verify(path: garbage.path).problems
                    == ["文件 \(garbage.path) 不是完好的 SQLite 数据库（可能已损坏或被截断），不能用来恢复。"])

        let path = folder.url.appendingPathComponent("orphan.sqlite").path
        _ = try TrackerDatabase.open(path: path)
        let raw = try DatabaseQueue(path: path)
        try raw.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "INSERT INTO schoolClass (schoolId, code) VALUES (99, 'C1')")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier NOT LIKE 'v1:%' AND identifier NOT LIKE 'v2:%' AND identifier NOT LIKE 'v3:%'")
        }
        try raw.close()
        let check = try TrackerDatabase.verify(path: path)
        #expect(check.problems == [
            "有 1 行引用了不存在的记录（表 schoolClass），记录之间的关联不完整。",
            "数据库的结构比本版本旧 \(check.knownMigrations.count - 3) 步（最新一步：v3: covering indexes for counting）。用本版本的 campaign 打开一次会自动升级，升级后再检查。",
        ])
        #expect(check.rows(in: "schoolClass") == 1)

        #expect(throws: UserError("文件 \(folder.url.path)/none.sqlite 不存在。请检查文件名和路径。")) {
            try TrackerDatabase.verify(path: folder.url.appendingPathComponent("none.sqlite").path)
        }
    }
}

/// A flag the test sets and a writing task reads.
final class StopFlag: @unchecked Sendable {
    // @unchecked: `value` is only touched with `lock` held.
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
