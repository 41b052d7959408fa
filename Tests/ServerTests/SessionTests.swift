import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Server

@Suite struct SessionTests {
    @Test func signingInSetsAStrictHttpOnlyCookieAndGoesToTheRolesPage() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            let page = try await browser.get("/app/login")
            #expect(page.status == .ok)
            #expect(page.text.contains("登录"))
            let response = try await browser.post("/app/login", [("username", "officer1"), ("password", TestApp.password)])
            #expect(response.status == .seeOther)
            #expect(response.location == "/app/lectures")
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("campaign_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(cookie.contains("Path=/app"))
            #expect(!cookie.contains("Secure"))
            let home = try await browser.get("/app/lectures")
            #expect(home.status == .ok)
            #expect(home.text.contains("张警官"))
        }
        #expect(try app.count("session") == 1)
    }

    @Test func cookiesAreSecureOverHttps() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            let https: HTTPFields = [.xForwardedProto: "https"]
            let login = try await browser.get("/app/login", headers: https)
            #expect(login.headers[values: .setCookie].allSatisfy { $0.contains("; Secure") })
            let response = try await browser.post("/app/login", [("username", "admin"), ("password", TestApp.password)],
                                                  origin: "https://localhost", headers: https)
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("campaign_session=") })
            #expect(cookie.contains("; Secure"))
        }
        let always = try await TestApp { $0.secureCookies = true }
        try await always.test { client async throws in
            let browser = Browser(client)
            try await browser.get("/app/login")
            let response = try await browser.post("/app/login", [("username", "admin"), ("password", TestApp.password)],
                                                  origin: "https://localhost")
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("campaign_session=") })
            #expect(cookie.contains("; Secure"))
        }
    }

    @Test func aWrongPasswordIsRefusedWithoutACookie() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let response = try await Browser(client).signIn("officer1", password: "wrong password")
            #expect(response.status == .unauthorized)
            #expect(response.text.contains("用户名或密码不对"))
            #expect(!response.headers[values: .setCookie].contains { $0.hasPrefix("campaign_session=") })
            let unknown = try await Browser(client).signIn("nobody", password: "wrong password")
            #expect(unknown.status == .unauthorized)
        }
        #expect(try app.count("session") == 0)
    }

    @Test func forgedOrMalformedCookiesMeanSignedOutNeverAnError() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            for value in [SessionToken.random(), "abc", "%%%", String(repeating: "x", count: 5000), "\"quoted\""] {
                let browser = Browser(client)
                browser.setCookie("campaign_session", value)
                let page = try await browser.get("/app/lectures")
                #expect(page.status == .forbidden)
                #expect(page.text.contains("请先登录"))
                let login = try await browser.get("/app/login")
                #expect(login.status == .ok)
            }
        }
    }

    @Test func sessionsExpireWhenIdleAndAfterSevenDays() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let idle = Browser(client)
            try await idle.signIn("officer1")
            app.clock.advance(7 * 3600)
            #expect(try await idle.get("/app/lectures").status == .ok)
            app.clock.advance(8 * 3600 + 1)
            #expect(try await idle.get("/app/lectures").status == .forbidden)

            let busy = Browser(client)
            try await busy.signIn("officer1")
            for _ in 0..<24 {
                app.clock.advance(7 * 3600)
                #expect(try await busy.get("/app/lectures").status == .ok)
            }
            app.clock.advance(3 * 3600)
            #expect(try await busy.get("/app/lectures").status == .forbidden)
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            try await browser.signIn("teacher1")
            try await browser.get("/app/meetings")
            let token = try #require(browser.cookies["campaign_session"])
            let response = try await browser.post("/app/logout", [])
            #expect(response.status == .seeOther)
            #expect(response.location == "/app/login")
            #expect(browser.cookies["campaign_session"] == nil)
            let replay = Browser(client)
            replay.setCookie("campaign_session", token)
            #expect(try await replay.get("/app/meetings").status == .forbidden)
        }
        #expect(try app.count("session") == 0)
        let actions = try app.database.auditTrail().map(\.action)
        #expect(actions.suffix(2) == ["sign in", "sign out"])
    }

    @Test func disablingAnAccountEndsItsSessions() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            try await browser.signIn("officer1")
            try app.services.accounts.disable(username: "officer1", actor: .init(name: "test"))
            #expect(try await browser.get("/app/lectures").status == .forbidden)
            #expect(try await Browser(client).signIn("officer1").status == .unauthorized)
        }
    }

    @Test func signedOutUsersCannotLogAnything() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            try await browser.get("/app/login")  // a token for the login form, but no session
            let lecture = try await browser.post("/app/lectures", [("school", "S01"), ("date", "2026-11-23"),
                                                                   ("topic", "x")])
            #expect(lecture.status == .forbidden)
            #expect(lecture.text.contains("请先登录"))
            let meeting = try await browser.post("/app/meetings", [("date", "2026-11-23")])
            #expect(meeting.status == .forbidden)
            let void = try await browser.post("/app/lectures/1/void", [("reason", "x")])
            #expect(void.status == .forbidden)
            #expect(try await browser.get("/app/compliance").status == .forbidden)
            #expect(try await browser.get("/app/compliance.csv").status == .forbidden)
            #expect(try await browser.get("/app/letters").status == .forbidden)
        }
        #expect(try app.count("lecture") == 0)
        #expect(try app.count("meeting") == 0)
    }
}
