import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
@testable import Server
@testable import Tracking

/// Issue 16, findings 6 and 7 on the web: form text is checked like an import, and a name typed
/// at the login cannot forge a line in the server's log.
@Suite struct UntrustedFormTests {
    @Test func aNULOrAnOverLongTopicIsRefusedNamingTheField() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            try await browser.signIn("officer1")
            try await browser.get("/app/lectures")
            let nul = try await browser.post("/app/lectures", [("school", "S01"), ("date", "2026-11-23"),
                                                               ("topic", "认识\u{0}校园欺凌")])
            #expect(nul.status == .unprocessableContent)
            #expect(nul.text.contains("“主题”里有一个空字符（\\u{0}），后面的内容会丢失。"))
            let long = try await browser.post("/app/lectures", [("school", "S01"), ("date", "2026-11-23"),
                                                                ("topic", String(repeating: "题", count: 1_000))])
            #expect(long.status == .unprocessableContent)
            #expect(long.text.contains("“主题”最多 200 个字，这里有 1000 个字。请缩短后重新填写。"))
            let escape = try await browser.post("/app/lectures", [("school", "S01"), ("date", "2026-11-23"),
                                                                  ("topic", "认识\u{1B}[2J欺凌")])
            #expect(escape.status == .unprocessableContent)
            #expect(escape.text.contains("“主题”的第 3 个字是看不见的控制字符 \\u{1B}"))
        }
        #expect(try app.count("lecture") == 0)
    }

    @Test func aUsernameWithANewlineCannotForgeALogLine() async throws {
        let app = try await TestApp()
        let lines = LogLines()
        let application = Application(router: buildRouter(services: app.services, liveReload: app.liveReload),
                                      logger: Logger(label: "test") { _ in CapturingLogHandler(lines: lines) })
        try await application.test(.router) { client in
            let browser = Browser(client, address: "10.9.9.9")
            let response = try await browser.signIn("nobody\nINFO admin signed in\u{1B}[2J", password: "wrong")
            #expect(response.status == .unauthorized)
        }
        let failed = lines.all.filter { $0.contains("failed sign-in") }
        #expect(failed == ["failed sign-in for nobody\\u{A}INFO admin signed in\\u{1B}[2J from 10.9.9.9"])
    }
}

/// Log messages kept for a test.
final class LogLines: @unchecked Sendable {
    // Guarded by `lock`: request handlers log from several threads.
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}

struct CapturingLogHandler: LogHandler {
    let lines: LogLines
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        lines.append(event.message.description)
    }
}
