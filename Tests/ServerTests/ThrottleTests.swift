import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Server

@Suite struct ThrottleTests {
    @Test func delaysGrowAfterTheFreeFailures() {
        let pair = ThrottlePolicy.pair
        #expect((0...8).map { pair.delay(afterFailures: $0) } == [0, 0, 0, 2, 4, 8, 16, 32, 64])
        #expect(pair.delay(afterFailures: 40) == 15 * 60)
        // Across addresses a name is only slowed, never for more than 5 s.
        let name = ThrottlePolicy.username
        #expect((0...9).map { name.delay(afterFailures: $0) } == [0, 0, 0, 0, 0, 1, 2, 4, 5, 5])
        #expect(name.delay(afterFailures: 40) == 5)
    }

    @Test func repeatedFailuresLockTheNameFromThatAddress() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            for _ in 0..<3 {
                #expect(try await browser.signIn("officer1", password: "guess guess").status == .unauthorized)
            }
            // The third failure locked the name from this address for 2 s: even the right password waits.
            let locked = try await browser.signIn("officer1")
            #expect(locked.status == .tooManyRequests)
            #expect(locked.text.contains("登录失败次数太多，请 2 秒后再试"))
            #expect(locked.headers[.retryAfter] == "2")
            // Another account from the same address is not locked.
            #expect(try await Browser(client).signIn("officer2").status == .seeOther)
            app.clock.advance(2)
            #expect(try await browser.signIn("officer1", password: "guess guess").status == .unauthorized)
            let longer = try await browser.signIn("officer1")
            #expect(longer.text.contains("请 4 秒后再试"))
            app.clock.advance(4)
            #expect(try await browser.signIn("officer1").status == .seeOther)
            // Success forgets the failures.
            let next = Browser(client)
            for _ in 0..<2 {
                #expect(try await next.signIn("officer1", password: "guess guess").status == .unauthorized)
            }
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

    @Test func signingInDoesNotLockASharedAddress() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let names = ["officer1", "officer2", "teacher1", "teacher2", "admin", "press"]
            for i in 0..<30 {
                let status = try await Browser(client, address: "10.5.5.5").signIn(names[i % names.count]).status
                #expect(status == .seeOther, "sign-in \(i)")
            }
            #expect(try app.count("loginFailure") == 0)
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
            #expect(try await throttle.admit(username: "name\(i)", address: "10.0.0.\(i)", now: app.clock.now) == .admitted)
        }
        #expect(try app.count("loginFailure") == 15)
        app.clock.advance(2 * 3600)
        #expect(try await throttle.admit(username: "late", address: "10.0.0.99", now: app.clock.now) == .admitted)
        #expect(try app.count("loginFailure") == 3)
    }

    @Test func aCheckThatNeverRanIsTakenBack() async throws {
        let app = try await TestApp()
        let throttle = app.services.throttle
        for _ in 0..<2 {
            #expect(try await throttle.admit(username: "admin", address: "10.0.0.1", now: app.clock.now) == .admitted)
        }
        #expect(try await throttle.admit(username: "admin", address: "10.0.0.1", now: app.clock.now) == .admitted)
        // The third counted attempt locked the pair; taking it back ends the lock and leaves two failures.
        #expect(try await throttle.admit(username: "admin", address: "10.0.0.1", now: app.clock.now) == .refused(wait: 2))
        try await throttle.withdraw(username: "admin", address: "10.0.0.1", now: app.clock.now)
        #expect(try await throttle.admit(username: "admin", address: "10.0.0.1", now: app.clock.now) == .admitted)
        #expect(try await throttle.admit(username: "admin", address: "10.0.0.1", now: app.clock.now) == .refused(wait: 2))
    }
}
