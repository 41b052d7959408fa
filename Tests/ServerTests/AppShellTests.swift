import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Server

@Suite struct AppShellTests {
    @Test func unknownPagesAreAPlainChineseNotFound() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let response = try await client.execute(uri: "/app/nothing-here", method: .get)
            #expect(response.status == .notFound)
            #expect(String(buffer: response.body).contains("找不到这个页面"))
        }
    }

    @Test func appPagesCarrySecurityHeaders() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let response = try await client.execute(uri: "/app/login", method: .get)
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            #expect(response.headers[.cacheControl] == "no-store")
            #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            let css = try await client.execute(uri: "/app/app.css", method: .get)
            #expect(css.status == .ok)
        }
    }

    @Test func liveReloadServesItsScriptAndAVersionThatChanges() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let script = try await client.execute(uri: "/_reload.js", method: .get)
            #expect(script.status == .ok)
            #expect(String(buffer: script.body).contains("/_reload/version"))
            let before = String(buffer: try await client.execute(uri: "/_reload/version", method: .get).body)
            app.liveReload.bump()
            let after = String(buffer: try await client.execute(uri: "/_reload/version", method: .get).body)
            #expect(before != after)
        }
    }

    @Test func theWatcherNoticesASavedFile() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("a".utf8).write(to: folder.appendingPathComponent("a.md"))
        let before = FolderFingerprint([folder])
        #expect(FolderFingerprint([folder]) == before)
        try Data("ab".utf8).write(to: folder.appendingPathComponent("a.md"))
        #expect(FolderFingerprint([folder]) != before)
        let added = FolderFingerprint([folder])
        try Data("b".utf8).write(to: folder.appendingPathComponent("b.md"))
        #expect(FolderFingerprint([folder]) != added)
    }

    @Test func formsDecodePercentAndPlus() {
        let form = FormData(urlEncoded: "topic=%E8%AE%A4%E8%AF%86+%E6%AC%BA%E5%87%8C&empty=&x=1&x=2&bad=%ZZ")
        #expect(form["topic"] == "认识 欺凌")
        #expect(form["empty"] == nil)
        #expect(form["x"] == "1")
        #expect(form["bad"] == nil)
    }
}

@Suite struct ServerErrorTests {
    @Test func aDatabaseFailureIsAPlainSentenceNotATrace() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            try await browser.signIn("officer1")
            try await app.database.writer.write { db in try db.execute(sql: "DROP TABLE lecture") }
            let page = try await browser.get("/app/lectures")
            #expect(page.status == .internalServerError)
            #expect(page.text.contains("服务器出错了"))
            #expect(!page.text.contains("SQLite"))
            #expect(!page.text.contains("no such table"))
            #expect(!page.text.contains("DatabaseError"))
        }
    }
}
