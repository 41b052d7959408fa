import Foundation
import GRDB
import Tracking

/// Sessions kept in the database: the SHA-256 of the cookie's token, the account, a CSRF token,
/// and when it was made and last used.
public struct SessionStore: Sendable {
    public let database: TrackerDatabase
    public let policy: SessionPolicy

    public init(database: TrackerDatabase, policy: SessionPolicy = SessionPolicy()) {
        self.database = database
        self.policy = policy
    }

    /// Starts a session; returns the token for the cookie (never stored as is).
    public func start(accountId: Int64, address: String?, now: Date) throws -> String {
        let token = SessionToken.random()
        let seconds = now.timeIntervalSince1970
        try database.writer.write { db in
            // Sessions of everyone that ended long ago go, so the table stays small.
            try db.execute(sql: "DELETE FROM session WHERE createdAt < ? OR lastSeenAt < ?",
                           arguments: [seconds - policy.absoluteTimeout, seconds - policy.idleTimeout])
            try db.execute(sql: """
                INSERT INTO session (tokenHash, accountId, csrfToken, createdAt, lastSeenAt, address)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [SessionToken.hash(token), accountId, SessionToken.random(), seconds, seconds, address])
        }
        return token
    }

    /// The signed-in user of a cookie token, or nil when the token is unknown, malformed or expired,
    /// or the account is disabled.
    public func user(token: String, now: Date) throws -> SignedInUser? {
        guard SessionToken.isWellFormed(token) else { return nil }
        let seconds = now.timeIntervalSince1970
        let found = try database.writer.read { db -> (SignedInUser, Double, Double)? in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT se.id, se.csrfToken, se.createdAt, se.lastSeenAt, a.id, a.username, a.role,
                       o.code, s.code, c.code
                FROM session se
                JOIN account a ON a.id = se.accountId AND a.disabled = 0
                LEFT JOIN officer o ON o.id = a.officerId
                LEFT JOIN schoolClass c ON c.id = a.classId
                LEFT JOIN school s ON s.id = c.schoolId
                WHERE se.tokenHash = ?
                """, arguments: [SessionToken.hash(token)]) else { return nil }
            let user = SignedInUser(accountId: try row.decode(atIndex: 4), username: try row.decode(atIndex: 5),
                                    role: try row.decode(atIndex: 6), officerCode: try row.decode(atIndex: 7),
                                    schoolCode: try row.decode(atIndex: 8), classCode: try row.decode(atIndex: 9),
                                    sessionId: try row.decode(atIndex: 0), csrfToken: try row.decode(atIndex: 1))
            return (user, try row.decode(atIndex: 2), try row.decode(atIndex: 3))
        }
        guard let (user, createdAt, lastSeenAt) = found else { return nil }
        if seconds - createdAt > policy.absoluteTimeout || seconds - lastSeenAt > policy.idleTimeout {
            try end(sessionId: user.sessionId)
            return nil
        }
        if seconds - lastSeenAt > policy.touchInterval {
            try database.writer.write { db in
                try db.execute(sql: "UPDATE session SET lastSeenAt = ? WHERE id = ?", arguments: [seconds, user.sessionId])
            }
        }
        return user
    }

    /// Ends one session (signing out).
    public func end(sessionId: Int64) throws {
        try database.writer.write { db in
            try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [sessionId])
        }
    }
}
