import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Server
@testable import Tracking

/// Holds the write lock of a database file from a second connection (another program importing)
/// until `release()`.
final class WriteLock: Sendable {
    private let taken = DispatchSemaphore(value: 0)
    private let released = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)

    init(path: String) throws {
        let queue = try DatabaseQueue(path: path)
        let (taken, released, done) = (taken, released, done)
        Thread {
            try? queue.inTransaction(.immediate) { db in
                try db.execute(sql: "INSERT INTO audit (at, who, action, detail) VALUES ('2026-11-24T02:00:00Z', 'import', 'x', 'x')")
                taken.signal()
                released.wait()
                return .rollback
            }
            done.signal()
        }.start()
        taken.wait()
    }

    func release() {
        released.signal()
        done.wait()
    }
}

/// Issue 16, finding 5: a database locked by another program.
@Suite struct DatabaseBusyTests {
    let lecture = [("school", "S01"), ("date", "2026-11-23"), ("topic", "认识校园欺凌")]

    /// A temporary folder with a built site (one stylesheet) and the path of a database file in it.
    func siteAndDatabase() throws -> (folder: URL, site: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("busy-\(UUID().uuidString)")
        let site = folder.appendingPathComponent("site")
        let style = site.appendingPathComponent("assets/style.css")
        try FileManager.default.createDirectory(at: style.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("body { color: black }".utf8).write(to: style)
        return (folder, site, folder.appendingPathComponent("campaign.sqlite").path)
    }

    @Test func whileWritesWaitForALockStaticPagesAndReadsAreAnswered() async throws {
        let (folder, site, path) = try siteAndDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Writes wait far longer than this test runs, so they are surely still waiting below.
        let database = try TrackerDatabase.open(path: path, busyTimeout: 60)
        let app = try await TestApp(database: database) { $0.builtSite = site }
        let finished = Locked<[String]>([])

        try await app.test { client async throws in
            let officer = Browser(client, address: "10.0.0.1")
            try await officer.signIn("officer1")
            try await officer.get("/app/lectures")

            let lock = try WriteLock(path: path)
            try await withThrowingTaskGroup(of: TestResponse.self) { group in
                for i in 0..<2 {
                    group.addTask {
                        let response = try await officer.post("/app/lectures", lecture)
                        finished.withLock { $0.append("write \(i)") }
                        return response
                    }
                }
                group.addTask {
                    let response = try await Browser(client, address: "10.0.0.2").signIn("teacher1")
                    finished.withLock { $0.append("login") }
                    return response
                }
                let css = try await client.execute(uri: "/assets/style.css", method: .get)
                #expect(css.status == .ok)
                #expect(css.text == "body { color: black }")
                let list = try await officer.get("/app/lectures")
                #expect(list.status == .ok)
                #expect(finished.withLock { $0 } == [], "the writes are still waiting for the lock")

                lock.release()
                for try await response in group {
                    #expect(response.status == .seeOther)
                }
            }
        }
        #expect(try app.count("lecture") == 1)
    }

    @Test func aLockHeldPastTheBusyTimeoutGivesA503Page() async throws {
        let (folder, site, path) = try siteAndDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try TrackerDatabase.open(path: path, busyTimeout: 0.1)
        let app = try await TestApp(database: database) { $0.builtSite = site }

        try await app.test { client async throws in
            let officer = Browser(client, address: "10.0.0.1")
            try await officer.signIn("officer1")
            try await officer.get("/app/lectures")

            let lock = try WriteLock(path: path)
            for response in [try await officer.post("/app/lectures", lecture),
                             try await Browser(client, address: "10.0.0.2").signIn("teacher1")] {
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] == "5")
                #expect(response.text.contains("系统正忙，这次没有保存也没有读取任何记录。请稍后再试。"))
                #expect(!response.text.contains("locked"))
            }
            lock.release()

            // Once the other program is done, the same form goes through.
            #expect(try await officer.post("/app/lectures", lecture).status == .seeOther)
        }
        #expect(try app.count("lecture") == 1)
    }

    @Test func theCommandLineSaysTheDatabaseIsBusyNotThatItCannotBeOpened() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("busy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("campaign.sqlite").path
        let database = try TrackerDatabase.open(path: path, busyTimeout: 0.1)
        let lock = try WriteLock(path: path)
        defer { lock.release() }
        let error = #expect(throws: DatabaseError.self) {
            try database.writer.write { db in
                try db.execute(sql: "INSERT INTO school (code, name, county, city) VALUES ('S9', '学校', '区', '市')")
            }
        }
        #expect(error.map(TrackerDatabase.isBusy) == true)
        #expect(TrackerDatabase.busyMessage(path: "c.sqlite", waited: 10)
                    == "数据库 c.sqlite 正被另一个程序写入（例如另一次导入），等了 10 秒还没有结束。没有写入任何数据；请等它完成后再试。")
        #expect(!TrackerDatabase.isBusy(DatabaseError(resultCode: .SQLITE_CANTOPEN)))
    }
}
