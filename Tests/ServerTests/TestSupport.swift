import CampaignCore
import Foundation
import GRDB
import Hummingbird
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Server
@testable import Tracking

/// The repository's folders, found from this file.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let content = root.appendingPathComponent("Content")
    static let site = root.appendingPathComponent("Site")
}

/// A clock the tests move by hand. Starts on Tuesday 2026-11-24, 10:00 in Beijing (term 2026-autumn).
final class TestClock: Sendable {
    private let current = Locked(Date(timeIntervalSince1970: 1_795_485_600))  // 2026-11-24T02:00:00Z

    var now: Date { current.withLock { $0 } }
    func advance(_ seconds: TimeInterval) { current.withLock { $0 += seconds } }
    var appClock: AppClock { AppClock { [self] in now } }
}

/// A small roster: county 东城区 with schools S01 and S02, county 西城区 with S03; classes C1 and C2
/// at S01, C3 at S02; officer P001 serving S01 and S02, officer P002 serving S03.
func seedRoster(_ database: TrackerDatabase) throws {
    try database.writer.write { db in
        var schools = [
            School(code: "S01", name: "第一小学", county: "东城区", city: "示例市"),
            School(code: "S02", name: "第二中学", county: "东城区", city: "示例市"),
            School(code: "S03", name: "第三小学", county: "西城区", city: "示例市"),
        ]
        for i in schools.indices { try schools[i].insert(db) }
        let ids = schools.compactMap(\.id)
        var classes = [
            SchoolClass(schoolId: ids[0], code: "C1", name: "三年级(1)班", grade: "3", teacher: "王老师"),
            SchoolClass(schoolId: ids[0], code: "C2", name: "三年级(2)班", grade: "3", teacher: "李老师"),
            SchoolClass(schoolId: ids[1], code: "C3", name: "初一(3)班", grade: "7", teacher: "赵老师"),
        ]
        for i in classes.indices { try classes[i].insert(db) }
        var officers = [
            Officer(code: "P001", name: "张警官", role: .schoolPolice),
            Officer(code: "P002", name: "刘检察官", role: .legalVicePrincipal),
        ]
        for i in officers.indices { try officers[i].insert(db) }
        for (officer, school) in [(0, 0), (0, 1), (1, 2)] {
            var assignment = Assignment(officerId: officers[officer].id ?? 0, schoolId: ids[school])
            try assignment.insert(db)
        }
    }
}

/// An app over an in-memory database with the roster above and one account per role
/// (password "correct horse" for all).
struct TestApp {
    static let password = "correct horse"

    let database: TrackerDatabase
    let clock: TestClock
    let services: AppServices
    let liveReload = LiveReload()

    /// `verifier` replaces bcrypt's password check (nil keeps it); `database` replaces the in-memory one.
    init(verifier: (any PasswordVerifier)? = nil, database: TrackerDatabase? = nil,
         configure: (inout ServerConfiguration) -> Void = { _ in }) async throws {
        self.database = try database ?? TrackerDatabase.inMemory()
        try seedRoster(self.database)
        clock = TestClock()
        var configuration = ServerConfiguration(contentFolder: Repository.content, siteFolder: Repository.site)
        configuration.bcryptCost = 4
        configuration.clock = clock.appClock
        configuration.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        configuration.trustForwardedFor = true
        configure(&configuration)
        services = try await makeServices(database: self.database, configuration: configuration, verifier: verifier)
        let accounts = services.accounts
        let actor = AuditActor(name: "test")
        try accounts.add(NewAccount(username: "officer1", role: .officer, password: Self.password, officer: "P001"),
                         actor: actor)
        try accounts.add(NewAccount(username: "officer2", role: .officer, password: Self.password, officer: "P002"),
                         actor: actor)
        try accounts.add(NewAccount(username: "teacher1", role: .teacher, password: Self.password, school: "S01",
                                    schoolClass: "C1"), actor: actor)
        try accounts.add(NewAccount(username: "teacher2", role: .teacher, password: Self.password, school: "S01",
                                    schoolClass: "C2"), actor: actor)
        try accounts.add(NewAccount(username: "admin", role: .admin, password: Self.password), actor: actor)
        try accounts.add(NewAccount(username: "press", role: .publicity, password: Self.password), actor: actor)
    }

    /// Runs `body` against the router, without sockets.
    func test<T: Sendable>(_ body: @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        let app = Application(router: buildRouter(services: services, liveReload: liveReload))
        return try await app.test(.router) { client in try await body(client) }
    }

    func count(_ table: String) throws -> Int {
        try database.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }
}

/// A browser's cookie jar and the last page's CSRF token, for one user.
final class Browser: Sendable {
    let client: any TestClientProtocol
    let address: String
    private let state = Locked<(cookies: [String: String], csrf: String?)>(([:], nil))

    init(_ client: any TestClientProtocol, address: String = "10.0.0.1") {
        self.client = client
        self.address = address
    }

    var cookies: [String: String] { state.withLock { $0.cookies } }
    var csrf: String? { state.withLock { $0.csrf } }

    func setCookie(_ name: String, _ value: String) { state.withLock { $0.cookies[name] = value } }

    private var cookieHeader: String {
        cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ")
    }

    private func remember(_ response: TestResponse) {
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";", maxSplits: 1)[0]
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            let value = parts.count > 1 ? String(parts[1]) : ""
            state.withLock { $0.cookies[name] = header.contains("Max-Age=0") ? nil : value }
        }
        let body = String(buffer: response.body)
        if let range = body.range(of: #"name="csrf" value="([^"]+)""#, options: .regularExpression) {
            let match = body[range]
            let value = match.split(separator: "\"")[3]
            state.withLock { $0.csrf = String(value) }
        }
    }

    @discardableResult
    func get(_ path: String, headers extra: HTTPFields = [:]) async throws -> TestResponse {
        var headers = extra
        headers[.cookie] = cookieHeader
        headers[.xForwardedFor] = address
        let response = try await client.execute(uri: path, method: .get, headers: headers)
        remember(response)
        return response
    }

    /// Posts a form from our own page: Origin of the test host and the page's CSRF token, unless
    /// the test says otherwise.
    @discardableResult
    func post(_ path: String, _ fields: [(String, String)], origin: String? = "http://localhost",
              withToken: Bool = true, headers extra: HTTPFields = [:]) async throws -> TestResponse {
        var headers = extra
        headers[.cookie] = cookieHeader
        headers[.contentType] = "application/x-www-form-urlencoded"
        headers[.xForwardedFor] = address
        if let origin { headers[.origin] = origin }
        var all = fields
        if withToken, let csrf { all.append(("csrf", csrf)) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        let response = try await client.execute(uri: path, method: .post, headers: headers,
                                                body: ByteBuffer(string: body))
        remember(response)
        return response
    }

    /// Signs in through the login form; returns the response to the POST.
    @discardableResult
    func signIn(_ username: String, password: String = TestApp.password) async throws -> TestResponse {
        try await get("/app/login")
        return try await post("/app/login", [("username", username), ("password", password)])
    }

    static func encode(_ text: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var location: String? { headers[.location] }
}

func day(_ text: String) -> Day {
    guard let day = Day(iso: text) else { fatalError("bad test date \(text)") }
    return day
}
