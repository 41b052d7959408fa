import CampaignCore
import Crypto
import Foundation
import GRDB

/// A report as it was sent: its files' exact bytes, who sent it, when, and why.
public struct Submission: Sendable, Equatable {
    public var id: Int64
    /// `bulletin` or `ledger`.
    public var kind: String
    public var term: String
    public var asOf: Day
    /// `青禾县`, `青州市`, `全省` or a school code.
    public var scope: String
    public var note: String?
    public var who: String
    /// ISO 8601, UTC.
    public var at: String
    /// SHA-256 over the files (each name, a NUL, its bytes, in name order), hex.
    public var digest: String
    public var files: [String]
}

extension TrackerDatabase {
    static func registerSubmissions(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5: frozen report submissions") { db in
            try db.execute(sql: """
                -- Reports as they were sent up (报市教育局): the bytes never change, whatever is logged later.
                CREATE TABLE submission (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL CHECK (kind IN ('bulletin', 'ledger')),
                    term TEXT NOT NULL,
                    asOf TEXT NOT NULL,
                    scope TEXT NOT NULL,
                    note TEXT,
                    who TEXT NOT NULL,
                    at TEXT NOT NULL,
                    digest TEXT NOT NULL CHECK (length(digest) = 64)
                );
                CREATE TABLE submissionFile (
                    submissionId INTEGER NOT NULL REFERENCES submission(id),
                    name TEXT NOT NULL CHECK (name <> ''),
                    bytes BLOB NOT NULL,
                    PRIMARY KEY (submissionId, name)
                );
                CREATE TRIGGER submission_keep BEFORE DELETE ON submission
                BEGIN SELECT RAISE(ABORT, 'submissions are kept'); END;
                CREATE TRIGGER submission_fixed BEFORE UPDATE ON submission
                BEGIN SELECT RAISE(ABORT, 'submissions are kept'); END;
                CREATE TRIGGER submissionFile_keep BEFORE DELETE ON submissionFile
                BEGIN SELECT RAISE(ABORT, 'submissions are kept'); END;
                CREATE TRIGGER submissionFile_fixed BEFORE UPDATE ON submissionFile
                BEGIN SELECT RAISE(ABORT, 'submissions are kept'); END;
                """)
        }
    }

    /// The digest of a set of files, as a submission stores it.
    public static func digest(of files: [(name: String, bytes: [UInt8])]) -> String {
        var hash = SHA256()
        for file in files.sorted(by: { $0.name < $1.name }) {
            hash.update(data: Data(file.name.utf8) + [0])
            hash.update(data: Data(file.bytes))
        }
        return hash.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// Stores the files of a report as sent, append-only and audited; returns its id.
    public func submit(kind: String, term: String, asOf: Day, scope: String, note: String?,
                       files: [(name: String, bytes: [UInt8])], actor: AuditActor, now: Date = Date()) throws -> Int64 {
        let digest = Self.digest(of: files)
        return try writer.write { db in
            try db.execute(sql: """
                INSERT INTO submission (kind, term, asOf, scope, note, who, at, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [kind, term, asOf, scope, note, actor.name, AuditEntry.timestamp(now), digest])
            let id = db.lastInsertedRowID
            for file in files {
                try db.execute(sql: "INSERT INTO submissionFile (submissionId, name, bytes) VALUES (?, ?, ?)",
                               arguments: [id, file.name, Data(file.bytes)])
            }
            try Self.audit(db, actor: actor, action: "submit report",
                           detail: "报送 #\(id)：\(kind == "bulletin" ? "通报" : "台账") \(scope) \(term) 截至 \(asOf)"
                               + (note.map { "（\($0)）" } ?? ""), now: now)
            return id
        }
    }

    /// Every submission, oldest first.
    public func submissions() throws -> [Submission] {
        try writer.read { db in
            let files = try Row.fetchAll(db, sql: "SELECT submissionId, name FROM submissionFile ORDER BY submissionId, name")
            var names: [Int64: [String]] = [:]
            for row in files { names[try row.decode(atIndex: 0), default: []].append(try row.decode(atIndex: 1)) }
            return try Row.fetchAll(db, sql: "SELECT id, kind, term, asOf, scope, note, who, at, digest FROM submission ORDER BY id")
                .map { row in
                    let id: Int64 = try row.decode(atIndex: 0)
                    return Submission(id: id, kind: try row.decode(atIndex: 1), term: try row.decode(atIndex: 2),
                                      asOf: try row.decode(atIndex: 3), scope: try row.decode(atIndex: 4),
                                      note: try row.decode(atIndex: 5), who: try row.decode(atIndex: 6),
                                      at: try row.decode(atIndex: 7), digest: try row.decode(atIndex: 8),
                                      files: names[id] ?? [])
                }
        }
    }

    /// The files of submission `id`, byte for byte as submitted.
    public func submissionFiles(id: Int64) throws -> [(name: String, bytes: [UInt8])] {
        let files = try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT name, bytes FROM submissionFile WHERE submissionId = ? ORDER BY name",
                             arguments: [id]).map { row -> (name: String, bytes: [UInt8]) in
                (try row.decode(atIndex: 0), [UInt8](try row.decode(atIndex: 1) as Data))
            }
        }
        guard !files.isEmpty else {
            throw UserError("没有编号为 \(id) 的报送记录。请用 campaign report list 查看编号。")
        }
        return files
    }

    /// Each school's city, for a province's bulletin.
    public func schoolCities() throws -> [String: String] {
        try writer.read { db in
            var cities: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT code, city FROM school") {
                cities[try row.decode(atIndex: 0)] = try row.decode(atIndex: 1)
            }
            return cities
        }
    }
}
