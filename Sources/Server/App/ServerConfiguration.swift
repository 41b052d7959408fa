import Foundation

/// Everything the web app is built from, apart from the database.
public struct ServerConfiguration: Sendable {
    /// Markdown sources, calendars and rules (`--content`).
    public var contentFolder: URL
    /// The theme (`--site`); its `app/` folder holds the app's templates.
    public var siteFolder: URL
    /// The built site served at `/`; nil serves only the app.
    public var builtSite: URL?
    /// Always mark cookies Secure (behind an https proxy that does not send X-Forwarded-Proto).
    public var secureCookies = false
    /// Take the client address from the last X-Forwarded-For entry (only behind a proxy you run).
    public var trustForwardedFor = false
    /// bcrypt's cost for passwords set through the app's stores.
    public var bcryptCost: UInt8 = 12
    /// bcrypt checks that run at once, on threads of their own (each keeps a core busy).
    public var passwordChecksAtOnce = 2
    /// bcrypt checks that may wait for a turn; a login beyond these is answered 503 at once.
    public var passwordChecksWaiting = 8
    public var sessionPolicy = SessionPolicy()
    /// Failed logins per (username, address), per username and per address (see `ThrottlePolicy`).
    public var pairThrottle = ThrottlePolicy.pair
    public var usernameThrottle = ThrottlePolicy.username
    public var addressThrottle = ThrottlePolicy.address
    /// How long a request may take to send its head, from the connection opening or from the
    /// previous answer on it; then the connection is closed (slow or half-sent requests, idle
    /// kept-alive connections).
    public var headerTimeout: Duration = .seconds(10)
    /// How long a connection may send nothing while its request is read (a form that stops arriving);
    /// then it is closed.
    public var idleTimeout: Duration = .seconds(30)
    /// Connections open at once; more wait in the listen queue until one closes.
    public var maxConnections = 512
    /// Threads for the app's routes (`/app/`), whose database calls may wait for a lock; static files
    /// are served elsewhere and never wait for them.
    public var appThreads = 16
    /// How long a web request waits for another program's write before the page says 请稍后再试 (503).
    /// Used when `campaign serve` opens the database.
    public var databaseBusyTimeout: TimeInterval = 3
    /// The site's public address (`https://host[:port]`), when known: requests naming another host are
    /// refused, and forms must come from exactly this origin. Nil accepts the Host the browser sent.
    public var publicAddress: PublicAddress?
    public var clock = AppClock.system
    /// Decides which calendar day "today" is.
    public var timeZone = TimeZone.current

    public init(contentFolder: URL, siteFolder: URL, builtSite: URL? = nil) {
        self.contentFolder = contentFolder
        self.siteFolder = siteFolder
        self.builtSite = builtSite
    }
}
