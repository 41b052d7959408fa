import CampaignCore
import Foundation
import Hummingbird
import Tracking

/// What every route uses: the database and its stores, the content, the templates, the clock.
public struct AppServices: Sendable {
    public let configuration: ServerConfiguration
    public let database: TrackerDatabase
    public let accounts: AccountStore
    public let sessions: SessionStore
    public let throttle: LoginThrottle
    public let passwordChecks: PasswordCheckPool
    public let content: ContentStore
    public let pages: PageStore
    /// The threads the `/app/` routes run on.
    let appExecutor: AppExecutor

    /// `verifier` checks passwords; nil checks the accounts' bcrypt hashes.
    public init(configuration: ServerConfiguration, database: TrackerDatabase, content: ContentStore,
                pages: PageStore, verifier: (any PasswordVerifier)? = nil) {
        self.configuration = configuration
        self.database = database
        accounts = AccountStore(database: database, bcryptCost: configuration.bcryptCost)
        sessions = SessionStore(database: database, policy: configuration.sessionPolicy)
        throttle = LoginThrottle(database: database, pairPolicy: configuration.pairThrottle,
                                 usernamePolicy: configuration.usernameThrottle,
                                 addressPolicy: configuration.addressThrottle)
        passwordChecks = PasswordCheckPool(
            verifier: verifier ?? BcryptVerifier(accounts: accounts, threads: configuration.passwordChecksAtOnce),
            running: configuration.passwordChecksAtOnce, waiting: configuration.passwordChecksWaiting)
        self.content = content
        self.pages = pages
        appExecutor = AppExecutor(maxThreads: configuration.appThreads)
    }

    var now: Date { configuration.clock.now() }
    var today: Day { Day(date: now, timeZone: configuration.timeZone) }

    /// Where a request came from, for the audit and the login throttle.
    func clientAddress(_ request: Request, _ context: AppRequestContext) -> String {
        if configuration.trustForwardedFor, let forwarded = request.headers[.xForwardedFor],
           let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty {
            return last
        }
        return context.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Cookies are Secure when the request came over https (directly or through a proxy that says so).
    func isSecure(_ request: Request) -> Bool {
        configuration.secureCookies || request.head.scheme == "https"
            || request.headers[.xForwardedProto]?.lowercased() == "https"
    }

    /// Who is writing, for the audit.
    func actor(_ user: SignedInUser, _ request: Request, _ context: AppRequestContext) -> AuditActor {
        AuditActor(name: "web:\(user.username)", address: clientAddress(request, context))
    }
}
