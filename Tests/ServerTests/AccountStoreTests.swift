import CampaignCore
import Foundation
import GRDB
import Testing
@testable import Server
@testable import Tracking

@Suite struct AccountStoreTests {
    func store() throws -> AccountStore {
        let database = try TrackerDatabase.inMemory()
        try seedRoster(database)
        return AccountStore(database: database, bcryptCost: 4)
    }

    let actor = AuditActor(name: "root")

    @Test func passwordsAreStoredOnlyAsBcryptHashes() throws {
        let store = try store()
        try store.add(NewAccount(username: "admin", role: .admin, password: "a long secret"), actor: actor)
        let hash = try store.database.writer.read { db in try String.fetchOne(db, sql: "SELECT passwordHash FROM account") }
        #expect(hash?.hasPrefix("$2b$04$") == true)
        #expect(hash?.contains("a long secret") == false)
        #expect(try store.verify(username: "admin", password: "a long secret")?.username == "admin")
        #expect(try store.verify(username: "ADMIN", password: "a long secret")?.username == "admin")
        #expect(try store.verify(username: "admin", password: "a long secreT") == nil)
        #expect(try store.database.auditTrail().last?.detail == "账号 admin（admin）")
    }

    @Test func accountsAreBoundToRosterRows() throws {
        let store = try store()
        #expect(throws: UserError("没有编号为“P999”的人员。请检查 --officer，或先导入人员名单。")) {
            try store.add(NewAccount(username: "a", role: .officer, password: "12345678", officer: "P999"), actor: actor)
        }
        #expect(throws: UserError("学校 S01 没有班级代码为“C3”的班级。请检查 --class，或先导入班级名单。")) {
            try store.add(NewAccount(username: "a", role: .teacher, password: "12345678", school: "S01",
                                     schoolClass: "C3"), actor: actor)
        }
        #expect(throws: UserError("法治副校长/护校民警账号需要用 --officer 指定人员编号。")) {
            try store.add(NewAccount(username: "a", role: .officer, password: "12345678"), actor: actor)
        }
        #expect(throws: UserError("班主任账号需要用 --school 和 --class 指定学校代码和班级代码。")) {
            try store.add(NewAccount(username: "a", role: .teacher, password: "12345678", school: "S01"), actor: actor)
        }
        #expect(throws: UserError("密码至少要 8 个字符。")) {
            try store.add(NewAccount(username: "a", role: .admin, password: "short"), actor: actor)
        }
        #expect(throws: (any Error).self) {
            try store.add(NewAccount(username: "有空格 的名字", role: .admin, password: "12345678"), actor: actor)
        }
        try store.add(NewAccount(username: "zhang", role: .officer, password: "12345678", officer: "P001"), actor: actor)
        try store.add(NewAccount(username: "li", role: .teacher, password: "12345678", school: "S01", schoolClass: "C2"),
                      actor: actor)
        #expect(throws: UserError("用户名“Zhang”已经存在。请换一个，或用 campaign user reset-password 重设密码。")) {
            try store.add(NewAccount(username: "Zhang", role: .admin, password: "12345678"), actor: actor)
        }
        let list = try store.list()
        #expect(list.map(\.username) == ["li", "zhang"])
        #expect(list.map(\.binding) == ["学校 S01 班级 C2", "人员 P001"])
    }

    @Test func theSchemaRefusesInconsistentAccounts() throws {
        let store = try store()
        #expect(throws: DatabaseError.self) {
            try store.database.writer.write { db in
                var account = Account(username: "x", role: .officer, passwordHash: "$2b$04$abc", createdAt: "now")
                try account.insert(db)
            }
        }
        #expect(throws: DatabaseError.self) {
            try store.database.writer.write { db in
                var account = Account(username: "x", role: .admin, passwordHash: "plain text", createdAt: "now")
                try account.insert(db)
            }
        }
    }

    @Test func resetAndDisable() throws {
        let store = try store()
        try store.add(NewAccount(username: "admin", role: .admin, password: "first password"), actor: actor)
        let sessions = SessionStore(database: store.database)
        let id = try #require(try store.verify(username: "admin", password: "first password")?.id)
        let token = try sessions.start(accountId: id, address: nil, now: Date())
        try store.disable(username: "admin", actor: actor)
        #expect(try store.verify(username: "admin", password: "first password") == nil)
        #expect(try sessions.user(token: token, now: Date()) == nil)
        try store.resetPassword(username: "admin", password: "second password", actor: actor)
        #expect(try store.verify(username: "admin", password: "first password") == nil)
        #expect(try store.verify(username: "admin", password: "second password") != nil)
        #expect(throws: UserError("没有用户名为“nobody”的账号。请用 campaign user list 查看已有账号。")) {
            try store.disable(username: "nobody", actor: actor)
        }
        #expect(try store.database.auditTrail().map(\.action).suffix(2) == ["disable account", "reset password"])
    }
}
