import Foundation
import Hummingbird
import Testing
@testable import Server

/// Issue 16, finding 4: slow clients cannot hold connections. The timeouts are made tiny through the
/// configuration, so each test waits a fraction of a second for the server to act.
@Suite struct ConnectionTimeoutTests {
    /// Runs a real server on a free port of 127.0.0.1 with these settings.
    func withServer(_ configure: @escaping (inout ServerConfiguration) -> Void,
                    _ body: @Sendable (Int) async throws -> Void) async throws {
        let app = try await TestApp(configure: configure)
        let port = AsyncStream.makeStream(of: Int.self)
        let application = buildApplication(services: app.services, host: "127.0.0.1", port: 0) { channel in
            port.continuation.yield(channel.localAddress?.port ?? 0)
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await application.runService() }
            var ports = port.stream.makeAsyncIterator()
            let bound = try #require(await ports.next())
            try await body(bound)
            group.cancelAll()
        }
    }

    @Test func halfARequestIsCutOffAfterTheHeaderTimeout() async throws {
        try await withServer({ $0.headerTimeout = .milliseconds(200) }) { port in
            let slow = try RawClient(port: port)
            try slow.send("GET /app/login HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: sl")
            let (text, seconds) = await slow.readUntilClosed()
            #expect(text == "", "closed without an answer")
            #expect(seconds >= 0.15, "\(seconds) s")
        }
    }

    @Test func aCompleteRequestIsAnsweredAndTheIdleConnectionClosedAfterIt() async throws {
        try await withServer({ $0.headerTimeout = .milliseconds(200) }) { port in
            let client = try RawClient(port: port)
            try client.send("GET /app/login HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let (text, seconds) = await client.readUntilClosed()
            #expect(text?.hasPrefix("HTTP/1.1 200 OK") == true)
            #expect(text?.contains("登录") == true)
            #expect(seconds >= 0.15, "\(seconds) s")
        }
    }

    @Test func connectionsBeyondTheLimitWaitForOneToClose() async throws {
        try await withServer({
            $0.headerTimeout = .milliseconds(300)
            $0.maxConnections = 1
        }) { port in
            let first = try RawClient(port: port)
            try first.send("GET /app/login HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            #expect(await first.readSome().text?.hasPrefix("HTTP/1.1 200 OK") == true)
            // The first connection, now idle, holds the only place until the header timeout closes it.
            let second = try RawClient(port: port)
            try second.send("GET /app/login HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let (text, seconds) = await second.readSome()
            #expect(text?.hasPrefix("HTTP/1.1 200 OK") == true)
            #expect(seconds >= 0.15, "\(seconds) s")
            #expect(await first.readUntilClosed().text != nil)
        }
    }
}
