import Foundation
import GRDB
import Tracking

/// Counts failed logins per username and per client address in the database and locks a key for a
/// while after repeated failures, so password guessing is slowed down, across restarts too.
public struct LoginThrottle: Sendable {
    public let database: TrackerDatabase
    public var usernamePolicy: ThrottlePolicy
    public var addressPolicy: ThrottlePolicy

    public init(database: TrackerDatabase, usernamePolicy: ThrottlePolicy = .username,
                addressPolicy: ThrottlePolicy = .address) {
        self.database = database
        self.usernamePolicy = usernamePolicy
        self.addressPolicy = addressPolicy
    }

    static func key(username: String) -> String { "user:" + username.lowercased() }
    static func key(address: String) -> String { "addr:" + address }

    /// Seconds until a login for this name from this address may be tried again; 0 when it may now.
    public func wait(username: String, address: String, now: Date) throws -> TimeInterval {
        let keys = [Self.key(username: username), Self.key(address: address)]
        let until = try database.writer.read { db in
            try Double.fetchOne(db, sql: "SELECT MAX(lockedUntil) FROM loginFailure WHERE key IN (?, ?)",
                                arguments: StatementArguments(keys))
        }
        return max(0, (until ?? 0) - now.timeIntervalSince1970)
    }

    /// Counts a failed login against the name and the address.
    public func recordFailure(username: String, address: String, now: Date) throws {
        try database.writer.write { db in
            // Keys nobody failed with for a long time are forgotten, so guessing many names does not
            // grow the table without end.
            let seconds = now.timeIntervalSince1970
            try db.execute(sql: "DELETE FROM loginFailure WHERE lastFailureAt < ? AND lockedUntil < ?",
                           arguments: [seconds - max(usernamePolicy.forgetAfter, addressPolicy.forgetAfter), seconds])
            try Self.count(db, key: Self.key(username: username), policy: usernamePolicy, now: now)
            try Self.count(db, key: Self.key(address: address), policy: addressPolicy, now: now)
        }
    }

    /// Forgets the name's failures after a successful login (the address keeps its count).
    public func recordSuccess(username: String) throws {
        try database.writer.write { db in
            try db.execute(sql: "DELETE FROM loginFailure WHERE key = ?", arguments: [Self.key(username: username)])
        }
    }

    private static func count(_ db: Database, key: String, policy: ThrottlePolicy, now: Date) throws {
        let seconds = now.timeIntervalSince1970
        let previous = try Row.fetchOne(db, sql: "SELECT failures, lastFailureAt FROM loginFailure WHERE key = ?",
                                        arguments: [key])
        var failures = 1
        if let previous {
            let last: Double = try previous.decode(atIndex: 1)
            if seconds - last <= policy.forgetAfter {
                failures = try previous.decode(atIndex: 0) + 1
            }
        }
        let lockedUntil = seconds + policy.delay(afterFailures: failures)
        try db.execute(sql: """
            INSERT INTO loginFailure (key, failures, lastFailureAt, lockedUntil) VALUES (?, ?, ?, ?)
            ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, lastFailureAt = excluded.lastFailureAt,
                lockedUntil = excluded.lockedUntil
            """, arguments: [key, failures, seconds, lockedUntil])
    }
}
