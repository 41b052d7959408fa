import CampaignCore
import Foundation
import GRDB
import HummingbirdBcrypt
import Tracking

/// Creates, lists, disables and checks accounts in the tracker database. Every change is audited.
public struct AccountStore: Sendable {
    public let database: TrackerDatabase
    /// bcrypt's cost: 12 in production; tests pass a lower one to run fast.
    public let bcryptCost: UInt8

    public init(database: TrackerDatabase, bcryptCost: UInt8 = 12) {
        self.database = database
        self.bcryptCost = bcryptCost
    }

    /// Creates an account bound to its officer or class, after checking that those exist.
    @discardableResult
    public func add(_ new: NewAccount, actor: AuditActor, now: Date = Date()) throws -> Account {
        try PasswordRules.checkUsername(new.username)
        try PasswordRules.check(new.password)
        switch new.role {
        case .officer:
            guard new.officer != nil else { throw UserError("法治副校长/护校民警账号需要用 --officer 指定人员编号。") }
            guard new.school == nil, new.schoolClass == nil else {
                throw UserError("--school 和 --class 只用于班主任账号（--role teacher）。")
            }
        case .teacher:
            guard new.school != nil, new.schoolClass != nil else {
                throw UserError("班主任账号需要用 --school 和 --class 指定学校代码和班级代码。")
            }
            guard new.officer == nil else { throw UserError("--officer 只用于 --role officer 的账号。") }
        case .publicity, .admin:
            guard new.officer == nil, new.school == nil, new.schoolClass == nil else {
                throw UserError("\(new.role.label)账号不绑定人员或班级：请去掉 --officer、--school 和 --class。")
            }
        }
        let hash = Bcrypt.hash(new.password, cost: bcryptCost)
        return try database.writer.write { db in
            if try Account.filter(sql: "username = ? COLLATE NOCASE", arguments: [new.username]).fetchOne(db) != nil {
                throw UserError("用户名“\(new.username)”已经存在。请换一个，或用 campaign user reset-password 重设密码。")
            }
            var account = Account(username: new.username, role: new.role, passwordHash: hash,
                                  createdAt: AuditEntry.timestamp(now))
            var binding = ""
            if let code = new.officer {
                guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM officer WHERE code = ?", arguments: [code]) else {
                    throw UserError("没有编号为“\(code)”的人员。请检查 --officer，或先导入人员名单。")
                }
                account.officerId = id
                binding = "，人员 \(code)"
            }
            if let school = new.school, let schoolClass = new.schoolClass {
                guard try Int.fetchOne(db, sql: "SELECT 1 FROM school WHERE code = ?", arguments: [school]) != nil else {
                    throw UserError("没有学校代码为“\(school)”的学校。请检查 --school，或先导入学校名单。")
                }
                guard let id = try Int64.fetchOne(db, sql: """
                    SELECT c.id FROM schoolClass c JOIN school s ON s.id = c.schoolId WHERE s.code = ? AND c.code = ?
                    """, arguments: [school, schoolClass]) else {
                    throw UserError("学校 \(school) 没有班级代码为“\(schoolClass)”的班级。请检查 --class，或先导入班级名单。")
                }
                account.classId = id
                binding = "，学校 \(school) 班级 \(schoolClass)"
            }
            try account.insert(db)
            try Self.audit(db, actor: actor, action: "add account",
                           detail: "账号 \(new.username)（\(new.role.rawValue)\(binding)）", now: now)
            return account
        }
    }

    /// Every account, by username.
    public func list() throws -> [AccountListItem] {
        try database.writer.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.username, a.role, o.code, s.code, c.code, a.disabled, a.createdAt
                FROM account a
                LEFT JOIN officer o ON o.id = a.officerId
                LEFT JOIN schoolClass c ON c.id = a.classId
                LEFT JOIN school s ON s.id = c.schoolId
                ORDER BY a.username
                """)
            return try rows.map { row in
                AccountListItem(username: try row.decode(atIndex: 0), role: try row.decode(atIndex: 1),
                                officerCode: try row.decode(atIndex: 2), schoolCode: try row.decode(atIndex: 3),
                                classCode: try row.decode(atIndex: 4), disabled: try row.decode(atIndex: 5),
                                createdAt: try row.decode(atIndex: 6))
            }
        }
    }

    /// Stops an account from signing in and ends its sessions.
    public func disable(username: String, actor: AuditActor, now: Date = Date()) throws {
        try database.writer.write { db in
            let account = try Self.require(db, username: username)
            try db.execute(sql: "UPDATE account SET disabled = 1 WHERE id = ?", arguments: [account.id])
            try db.execute(sql: "DELETE FROM session WHERE accountId = ?", arguments: [account.id])
            try Self.audit(db, actor: actor, action: "disable account", detail: "账号 \(account.username) 已停用", now: now)
        }
    }

    /// Sets a new password, enables the account again and ends its sessions.
    public func resetPassword(username: String, password: String, actor: AuditActor, now: Date = Date()) throws {
        try PasswordRules.check(password)
        let hash = Bcrypt.hash(password, cost: bcryptCost)
        try database.writer.write { db in
            let account = try Self.require(db, username: username)
            try db.execute(sql: "UPDATE account SET passwordHash = ?, disabled = 0 WHERE id = ?",
                           arguments: [hash, account.id])
            try db.execute(sql: "DELETE FROM session WHERE accountId = ?", arguments: [account.id])
            try Self.audit(db, actor: actor, action: "reset password", detail: "账号 \(account.username) 重设密码", now: now)
        }
    }

    /// The enabled account with this username and password, or nil. Unknown names cost as much time
    /// as wrong passwords, so timing does not tell which names exist.
    public func verify(username: String, password: String) throws -> Account? {
        let account = try database.writer.read { db in
            try Account.filter(sql: "username = ? COLLATE NOCASE", arguments: [username]).fetchOne(db)
        }
        guard let account, !account.disabled, password.utf8.count <= PasswordRules.maxBytes else {
            _ = Bcrypt.verify(password, hash: dummyHash)
            return nil
        }
        return Bcrypt.verify(password, hash: account.passwordHash) ? account : nil
    }

    /// A hash of the same cost, checked against when the name is unknown.
    private var dummyHash: String {
        Self.dummyHashes.withLock { cache in
            if let hash = cache[bcryptCost] { return hash }
            let hash = Bcrypt.hash("not a password of anyone", cost: bcryptCost)
            cache[bcryptCost] = hash
            return hash
        }
    }

    private static let dummyHashes = Locked<[UInt8: String]>([:])

    static func require(_ db: Database, username: String) throws -> Account {
        guard let account = try Account.filter(sql: "username = ? COLLATE NOCASE", arguments: [username]).fetchOne(db) else {
            throw UserError("没有用户名为“\(username)”的账号。请用 campaign user list 查看已有账号。")
        }
        return account
    }

    static func audit(_ db: Database, actor: AuditActor, action: String, detail: String, now: Date) throws {
        var entry = AuditEntry(at: AuditEntry.timestamp(now), who: actor.name, address: actor.address,
                               action: action, detail: detail)
        try entry.insert(db)
    }
}
