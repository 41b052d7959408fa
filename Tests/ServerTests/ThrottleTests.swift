import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Server

@Suite struct ThrottleTests {
    @Test func delaysGrowAfterTheFreeFailures() {
        let policy = ThrottlePolicy.username
        #expect((0...8).map { policy.delay(afterFailures: $0) } == [0, 0, 0, 2, 4, 8, 16, 32, 64])
        #expect(policy.delay(afterFailures: 40) == 15 * 60)
    }

    @Test func repeatedFailuresForOneNameLockItForAWhile() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            for _ in 0..<3 {
                #expect(try await browser.signIn("officer1", password: "guess guess").status == .unauthorized)
            }
            // The third failure locked the name for 2 s: even the right password waits.
            let locked = try await browser.signIn("officer1")
            #expect(locked.status == .tooManyRequests)
            #expect(locked.text.contains("登录失败次数太多，请 2 秒后再试"))
            // From another address too: the lock is on the name.
            #expect(try await Browser(client, address: "10.9.9.9").signIn("officer1").status == .tooManyRequests)
            app.clock.advance(2)
            #expect(try await browser.signIn("officer1", password: "guess guess").status == .unauthorized)
            let longer = try await browser.signIn("officer1")
            #expect(longer.text.contains("请 4 秒后再试"))
            app.clock.advance(4)
            #expect(try await browser.signIn("officer1").status == .seeOther)
            // Success forgets the name's failures.
            let next = Browser(client)
            #expect(try await next.signIn("officer1", password: "guess guess").status == .unauthorized)
            #expect(try await next.signIn("officer1").status == .seeOther)
        }
    }

    @Test func manyFailuresFromOneAddressLockThatAddress() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let attacker = Browser(client, address: "10.6.6.6")
            for i in 0..<20 {
                #expect(try await attacker.signIn("user\(i)", password: "guess guess").status == .unauthorized)
            }
            #expect(try await attacker.signIn("admin").status == .tooManyRequests)
            #expect(try await Browser(client, address: "10.1.1.1").signIn("admin").status == .seeOther)
        }
    }

    @Test func failuresAreForgottenAfterAnHour() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            for _ in 0..<2 { try await browser.signIn("admin", password: "guess guess") }
            app.clock.advance(3601)
            for _ in 0..<2 { try await browser.signIn("admin", password: "guess guess") }
            #expect(try await browser.signIn("admin").status == .seeOther)
        }
    }
}

@Suite struct ThrottleStorageTests {
    @Test func oldFailuresAreRemovedFromTheTable() async throws {
        let app = try await TestApp()
        let throttle = app.services.throttle
        for i in 0..<5 {
            try throttle.recordFailure(username: "name\(i)", address: "10.0.0.\(i)", now: app.clock.now)
        }
        #expect(try app.count("loginFailure") == 10)
        app.clock.advance(2 * 3600)
        try throttle.recordFailure(username: "late", address: "10.0.0.99", now: app.clock.now)
        #expect(try app.count("loginFailure") == 2)
    }
}
