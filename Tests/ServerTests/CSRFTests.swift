import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Server

@Suite struct CSRFTests {
    let lecture = [("school", "S01"), ("date", "2026-11-23"), ("topic", "认识校园欺凌")]

    @Test func aPostWithoutOriginOrRefererIsRefused() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            try await browser.signIn("officer1")
            try await browser.get("/app/lectures")
            let response = try await browser.post("/app/lectures", lecture, origin: nil)
            #expect(response.status == .forbidden)
            #expect(response.text.contains("没有通过安全校验"))
        }
        #expect(try app.count("lecture") == 0)
    }

    @Test func aPostFromAnotherOriginIsRefused() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            try await browser.signIn("officer1")
            try await browser.get("/app/lectures")
            for origin in ["http://evil.example", "null", "http://localhost.evil.example", "ftp://localhost",
                           "http://localhost:8443"] {
                let response = try await browser.post("/app/lectures", lecture, origin: origin)
                #expect(response.status == .forbidden, "\(origin)")
            }
            let referer = try await browser.post("/app/lectures", lecture, origin: nil,
                                                 headers: [.referer: "http://evil.example/app/lectures"])
            #expect(referer.status == .forbidden)
        }
        #expect(try app.count("lecture") == 0)
    }

    @Test func aPostWithoutTheSessionsTokenIsRefused() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            try await browser.signIn("officer1")
            try await browser.get("/app/lectures")
            let missing = try await browser.post("/app/lectures", lecture, withToken: false)
            #expect(missing.status == .forbidden)
            let wrong = try await browser.post("/app/lectures", lecture + [("csrf", SessionToken.random())],
                                               withToken: false)
            #expect(wrong.status == .forbidden)
            // Another user's token is no good either.
            let other = Browser(client)
            try await other.signIn("officer2")
            try await other.get("/app/lectures")
            let theirs = try #require(other.csrf)
            let swapped = try await browser.post("/app/lectures", lecture + [("csrf", theirs)], withToken: false)
            #expect(swapped.status == .forbidden)
        }
        #expect(try app.count("lecture") == 0)
    }

    @Test func theLoginFormNeedsItsOwnToken() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            let noPage = try await browser.post("/app/login", [("username", "admin"), ("password", TestApp.password)])
            #expect(noPage.status == .forbidden)
            try await browser.get("/app/login")
            let ok = try await browser.post("/app/login", [("username", "admin"), ("password", TestApp.password)])
            #expect(ok.status == .seeOther)
        }
    }

    @Test func sameOriginPostsWithTheTokenPass() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            try await browser.signIn("officer1")
            try await browser.get("/app/lectures")
            let viaReferer = try await browser.post("/app/lectures", lecture, origin: nil,
                                                    headers: [.referer: "http://localhost/app/lectures"])
            #expect(viaReferer.status == .seeOther)
        }
        #expect(try app.count("lecture") == 1)
    }

    @Test func originCheckComparesSchemeHostAndPort() {
        func check(_ origin: String, host: String, secure: Bool = false) -> Bool {
            let request = Request(head: .init(method: .post, scheme: "http", authority: host, path: "/app/x",
                                              headerFields: [.origin: origin]),
                                  body: .init(buffer: ByteBuffer()))
            return CSRFMiddleware.isSameOrigin(request, secure: secure)
        }
        #expect(check("http://127.0.0.1:8080", host: "127.0.0.1:8080"))
        #expect(check("https://Example.EDU.cn", host: "example.edu.cn", secure: true))
        // The scheme counts: an http page (say, injected on an open network) cannot post to the https site.
        #expect(!check("http://example.edu.cn", host: "example.edu.cn", secure: true))
        #expect(!check("https://example.edu.cn", host: "example.edu.cn"))
        #expect(!check("http://127.0.0.1:8081", host: "127.0.0.1:8080"))
        #expect(!check("http://127.0.0.1", host: "127.0.0.1:8080"))
        #expect(!check("null", host: "127.0.0.1:8080"))
        #expect(!check("javascript:alert(1)", host: "127.0.0.1:8080"))
    }
}
