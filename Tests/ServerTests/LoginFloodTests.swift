import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Server

/// Issue 16, findings 1–3: parallel guesses, a crowd of logins, and locking a name from elsewhere.
@Suite struct LoginFloodTests {
    /// Posts `count` wrong passwords for `username` from `browser` at once; the statuses, in no order.
    func burst(_ browser: Browser, _ username: String, count: Int) async throws -> [HTTPResponse.Status] {
        try await browser.get("/app/login")
        return try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
            for i in 0..<count {
                group.addTask {
                    try await browser.post("/app/login", [("username", username), ("password", "guess \(i) guess")]).status
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    func tally(_ statuses: [HTTPResponse.Status]) -> [Int: Int] {
        statuses.reduce(into: [:]) { $0[$1.code, default: 0] += 1 }
    }

    @Test func parallelGuessesFromOneAddressGetThreePasswordChecks() async throws {
        let verifier = CountingVerifier()
        let app = try await TestApp(verifier: verifier)
        let statuses = try await app.test { client async throws in
            try await burst(Browser(client, address: "10.6.6.6"), "officer1", count: 200)
        }
        #expect(verifier.calls == 3)
        #expect(tally(statuses) == [401: 3, 429: 197])
    }

    @Test func aFullPasswordPoolAnswersAtOnceAndStaticPagesDoNotWait() async throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("flood-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        for (path, text) in [("assets/style.css", "body { color: black }"), ("kits/index.html", "<h1>资料包</h1>")] {
            let file = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        let verifier = GatedVerifier()
        let app = try await TestApp(verifier: verifier) {
            $0.passwordChecksAtOnce = 2
            $0.passwordChecksWaiting = 1
            $0.builtSite = site
        }
        let pool = app.services.passwordChecks
        try await app.test { client async throws in
            try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for i in 0..<3 {
                    group.addTask {
                        try await Browser(client, address: "10.7.0.\(i)").signIn("nobody\(i)", password: "guess guess").status
                    }
                }
                // Two checks run and hold the pool; the third waits its turn.
                var starts = verifier.starts.makeAsyncIterator()
                for _ in 0..<2 { await starts.next() }
                #expect(await eventually { pool.load == (running: 2, waiting: 1) })

                let refused = try await Browser(client, address: "10.7.0.9").signIn("nobody9", password: "guess guess")
                #expect(refused.status == .serviceUnavailable)
                #expect(refused.text.contains("登录的人太多，请稍后再试。"))
                #expect(refused.headers[.retryAfter] == "1")
                let style = try await client.execute(uri: "/assets/style.css", method: .get)
                #expect(style.status == .ok)
                #expect(style.text == "body { color: black }")
                let kits = try await client.execute(uri: "/kits/", method: .get)
                #expect(kits.status == .ok)
                #expect(kits.text == "<h1>资料包</h1>")

                verifier.open()
                let statuses = try await group.reduce(into: []) { $0.append($1) }
                #expect(tally(statuses) == [401: 3])
            }
        }
        #expect(pool.load == (running: 0, waiting: 0))
        // Three keys (pair, name, address) for each checked attempt; the refused one was taken back.
        #expect(try app.count("loginFailure") == 9)
    }

    @Test func aBurstFromOneAddressDoesNotLockTheNameElsewhere() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let attacker = Browser(client, address: "10.6.6.6")
            #expect(tally(try await burst(attacker, "officer1", count: 50)) == [401: 3, 429: 47])
            #expect(try await Browser(client, address: "10.1.1.1").signIn("officer1").status == .seeOther)
            // The attacker's address stays locked for that name, right password or not.
            #expect(try await attacker.signIn("officer1").status == .tooManyRequests)
        }
    }

    @Test func guessesFromManyAddressesMakeTheUserWaitAtMostFiveSeconds() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let attackers = (0..<10).map { Browser(client, address: "10.6.6.\($0)") }
            let user = Browser(client, address: "10.1.1.1")
            var waits: [Int] = []
            for _ in 0..<8 {
                // Every attacker bursts whenever the name is free again.
                for attacker in attackers {
                    _ = try await burst(attacker, "officer1", count: 5)
                }
                let refused = try await user.signIn("officer1")
                #expect(refused.status == .tooManyRequests)
                let wait = Int(refused.headers[.retryAfter] ?? "") ?? -1
                waits.append(wait)
                app.clock.advance(TimeInterval(wait))
            }
            #expect(waits == [1, 2, 4, 5, 5, 5, 5, 5])
            #expect(try await user.signIn("officer1").status == .seeOther)
        }
    }
}
