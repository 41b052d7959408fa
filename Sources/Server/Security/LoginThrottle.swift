import Foundation
import GRDB
import Tracking

/// Counts failed logins in the database per (username, address), per username and per address, and
/// locks a key for a while after repeated failures: guessing from one address is stopped, guessing
/// from many is slowed, and the counts survive restarts and are shared by servers using one database.
///
/// Deciding and counting are one step. `admit` checks the locks and, in the same write transaction,
/// counts the attempt as a failure before the password is checked, so parallel guesses see each
/// other. A right password takes its attempt back (`recordSuccess`), and so does an attempt whose
/// password was never checked (`withdraw`).
public struct LoginThrottle: Sendable {
    /// What `admit` decided.
    public enum Decision: Sendable, Equatable {
        /// The password may be checked; the attempt is already counted as a failure.
        case admitted
        /// A key is locked: no password is checked for this many seconds.
        case refused(wait: TimeInterval)
    }

    public let database: TrackerDatabase
    public var pairPolicy: ThrottlePolicy
    public var usernamePolicy: ThrottlePolicy
    public var addressPolicy: ThrottlePolicy

    public init(database: TrackerDatabase, pairPolicy: ThrottlePolicy = .pair,
                usernamePolicy: ThrottlePolicy = .username, addressPolicy: ThrottlePolicy = .address) {
        self.database = database
        self.pairPolicy = pairPolicy
        self.usernamePolicy = usernamePolicy
        self.addressPolicy = addressPolicy
    }

    static func key(username: String) -> String { "user:" + username.lowercased() }
    static func key(address: String) -> String { "addr:" + address }
    static func key(username: String, address: String) -> String { "pair:" + username.lowercased() + "|" + address }

    /// The three keys an attempt counts against, each with its policy.
    private func keys(username: String, address: String) -> [(key: String, policy: ThrottlePolicy)] {
        [(Self.key(username: username, address: address), pairPolicy),
         (Self.key(username: username), usernamePolicy),
         (Self.key(address: address), addressPolicy)]
    }

    /// Refuses while the pair, the name or the address is locked; otherwise counts this attempt as a
    /// failure against all three and admits it. One immediate write transaction, so that no two
    /// attempts (from this server or another one on the same database) decide on the same count.
    public func admit(username: String, address: String, now: Date) async throws -> Decision {
        let keys = keys(username: username, address: address)
        let forgetAfter = keys.map(\.policy.forgetAfter).max() ?? 0
        let seconds = now.timeIntervalSince1970
        return try await immediateWrite { db in
            // Keys nobody failed with for a long time are forgotten, so guessing many names does not
            // grow the table without end.
            try db.execute(sql: "DELETE FROM loginFailure WHERE lastFailureAt < ? AND lockedUntil < ?",
                           arguments: [seconds - forgetAfter, seconds])
            let until = try Double.fetchOne(db, sql: "SELECT MAX(lockedUntil) FROM loginFailure WHERE key IN (?, ?, ?)",
                                            arguments: StatementArguments(keys.map(\.key))) ?? 0
            if until > seconds { return .refused(wait: until - seconds) }
            for (key, policy) in keys { try Self.count(db, key: key, policy: policy, now: seconds) }
            return .admitted
        }
    }

    /// The password was right: forgets the failures of the name and of this (name, address), and takes
    /// the attempt back from the address, so people signing in do not lock a school's shared address.
    public func recordSuccess(username: String, address: String, now: Date) async throws {
        let pair = Self.key(username: username, address: address)
        let name = Self.key(username: username)
        let address = Self.key(address: address)
        try await immediateWrite { [addressPolicy] db in
            try db.execute(sql: "DELETE FROM loginFailure WHERE key IN (?, ?)", arguments: [pair, name])
            try Self.uncount(db, key: address, policy: addressPolicy, now: now.timeIntervalSince1970)
        }
    }

    /// The password was never checked (there was no room to check it): takes the attempt back from
    /// every key.
    public func withdraw(username: String, address: String, now: Date) async throws {
        let keys = keys(username: username, address: address)
        try await immediateWrite { db in
            for (key, policy) in keys { try Self.uncount(db, key: key, policy: policy, now: now.timeIntervalSince1970) }
        }
    }

    private func immediateWrite<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await database.writer.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                return .commit
            }
            guard let result else { throw DatabaseError(message: "login throttle transaction returned nothing") }
            return result
        }
    }

    /// One more failure for `key`, locking it as `policy` says.
    private static func count(_ db: Database, key: String, policy: ThrottlePolicy, now seconds: Double) throws {
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

    /// One failure fewer for `key`; its lock never grows by this and ends when the count no longer
    /// calls for one.
    private static func uncount(_ db: Database, key: String, policy: ThrottlePolicy, now seconds: Double) throws {
        guard let failures = try Int.fetchOne(db, sql: "SELECT failures FROM loginFailure WHERE key = ?",
                                              arguments: [key]) else { return }
        guard failures > 1 else {
            try db.execute(sql: "DELETE FROM loginFailure WHERE key = ?", arguments: [key])
            return
        }
        try db.execute(sql: "UPDATE loginFailure SET failures = ?, lockedUntil = MIN(lockedUntil, ?) WHERE key = ?",
                       arguments: [failures - 1, seconds + policy.delay(afterFailures: failures - 1), key])
    }
}
