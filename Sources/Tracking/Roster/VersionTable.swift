import CampaignCore
import GRDB

/// One of the roster's version tables (`classVersion`, `officerVersion`, `assignmentVersion`) and
/// the edits it takes. A change from a day retires the versions it touches and records their
/// replacements in the same transaction: nothing is overwritten, and earlier terms keep what was
/// true then.
struct VersionTable: Sendable {
    let name: String
    /// The column naming the identity row (`classId`, `officerId`, `assignmentId`).
    let identity: String
    /// The value columns, in order (empty for assignments).
    let columns: [String]

    static let classes = VersionTable(name: "classVersion", identity: "classId", columns: ["name", "grade", "teacher"])
    static let officers = VersionTable(name: "officerVersion", identity: "officerId", columns: ["name", "role", "phone"])
    static let assignments = VersionTable(name: "assignmentVersion", identity: "assignmentId", columns: [])

    /// A version as now known.
    struct Version: Equatable {
        var id: Int64
        var from: Day
        var until: Day?
        var values: [DatabaseValue]

        func covers(_ day: Day) -> Bool { from <= day && until.map { day < $0 } != false }
    }

    enum Edit: Equatable {
        case unchanged, added, changed, ended
    }

    /// The versions of identity `id` now known, earliest first.
    func versions(_ db: Database, id: Int64) throws -> [Version] {
        try all(db, where: "\(identity) = ?", arguments: [id])[id] ?? []
    }

    /// The versions of every identity now known (one query for a whole import), earliest first.
    func all(_ db: Database, where condition: String = "1", arguments: StatementArguments = []) throws
        -> [Int64: [Version]] {
        let list = ([identity, "id", "validFrom", "validUntil"] + columns).joined(separator: ", ")
        var versions: [Int64: [Version]] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(list) FROM \(name) WHERE retiredAt IS NULL AND \(condition) ORDER BY \(identity), validFrom
            """, arguments: arguments)
        while let row = try rows.next() {
            versions[try row.decode(atIndex: 0), default: []].append(
                Version(id: try row.decode(atIndex: 1), from: try row.decode(atIndex: 2),
                        until: try row.decode(atIndex: 3), values: (0..<columns.count).map { row[4 + $0] as DatabaseValue }))
        }
        return versions
    }

    /// The version in effect on `day`, if any.
    func version(_ db: Database, id: Int64, on day: Day) throws -> Version? {
        try versions(db, id: id).first { $0.covers(day) }
    }

    /// Sets values from `day` on: `values` has one entry per column, nil to keep a column. Every
    /// version in effect on or after `day` gets the new values (the one straddling `day` is split).
    /// When nothing is in effect on `day`, the identity is added from `day` (until the next
    /// version, if any) with `values`, which must then all be given.
    @discardableResult
    func set(_ db: Database, id: Int64, from day: Day, values: [DatabaseValue?], at now: String) throws -> Edit {
        let versions = try self.versions(db, id: id)
        guard versions.contains(where: { $0.covers(day) }) else {
            let next = versions.first { $0.from > day }?.from
            try insert(db, id: id, from: day, until: next, values: values.map { $0 ?? .null }, at: now)
            return .added
        }
        var edit = Edit.unchanged
        for version in versions where version.until.map({ $0 > day }) != false {
            let updated = zip(version.values, values).map { old, new in new ?? old }
            guard updated != version.values else { continue }
            edit = .changed
            try retire(db, version, at: now)
            if version.from < day {
                try insert(db, id: id, from: version.from, until: day, values: version.values, at: now)
                try insert(db, id: id, from: day, until: version.until, values: updated, at: now)
            } else {
                try insert(db, id: id, from: version.from, until: version.until, values: updated, at: now)
            }
        }
        return edit
    }

    /// Ends the identity before `day`: it is no longer in effect from `day` on.
    @discardableResult
    func end(_ db: Database, id: Int64, from day: Day, at now: String) throws -> Edit {
        var edit = Edit.unchanged
        for version in try self.versions(db, id: id) where version.until.map({ $0 > day }) != false {
            edit = .ended
            try retire(db, version, at: now)
            if version.from < day {
                try insert(db, id: id, from: version.from, until: day, values: version.values, at: now)
            }
        }
        return edit
    }

    func insert(_ db: Database, id: Int64, from: Day, until: Day?, values: [DatabaseValue], at now: String) throws {
        let names = ([identity, "validFrom", "validUntil", "recordedAt"] + columns).joined(separator: ", ")
        let marks = Array(repeating: "?", count: 4 + columns.count).joined(separator: ", ")
        let arguments = StatementArguments([id.databaseValue, from.databaseValue, until.databaseValue,
                                            now.databaseValue] + values)
        try db.cachedStatement(sql: "INSERT INTO \(name) (\(names)) VALUES (\(marks))").execute(arguments: arguments)
    }

    private func retire(_ db: Database, _ version: Version, at now: String) throws {
        try db.execute(sql: "UPDATE \(name) SET retiredAt = ? WHERE id = ?", arguments: [now, version.id])
    }
}
