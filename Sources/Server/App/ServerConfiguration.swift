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
    public var sessionPolicy = SessionPolicy()
    public var usernameThrottle = ThrottlePolicy.username
    public var addressThrottle = ThrottlePolicy.address
    public var clock = AppClock.system
    /// Decides which calendar day "today" is.
    public var timeZone = TimeZone.current

    public init(contentFolder: URL, siteFolder: URL, builtSite: URL? = nil) {
        self.contentFolder = contentFolder
        self.siteFolder = siteFolder
        self.builtSite = builtSite
    }
}
