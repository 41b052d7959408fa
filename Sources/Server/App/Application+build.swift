import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import Tracking

/// Loads the content and the page templates and wires the stores to the database; `verifier` checks
/// passwords (nil: bcrypt).
public func makeServices(database: TrackerDatabase, configuration: ServerConfiguration,
                         verifier: (any PasswordVerifier)? = nil) async throws -> AppServices {
    let content = try await ContentStore(contentFolder: configuration.contentFolder, siteFolder: configuration.siteFolder)
    let pages = PageStore(try await PageRenderer.load(siteFolder: configuration.siteFolder))
    return AppServices(configuration: configuration, database: database, content: content, pages: pages,
                       verifier: verifier)
}

/// The routes: the built site at `/` (when there is one), the live-reload endpoints (when given),
/// and the app under `/app/`.
public func buildRouter(services: AppServices, liveReload: LiveReload? = nil) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: ErrorPageMiddleware(services: services))
    if let address = services.configuration.publicAddress {
        router.add(middleware: HostCheckMiddleware(publicAddress: address))
    }
    if let site = services.configuration.builtSite {
        router.add(middleware: FileMiddleware<AppRequestContext, LocalFileSystem>(site.path, searchForIndexHtml: true))
    }
    liveReload?.add(to: router)
    let app = router.group("app")
        // The app's database calls may wait for a lock: on threads of their own, never those of static files.
        .add(middleware: AppExecutorMiddleware(executor: services.appExecutor))
        .add(middleware: SecurityHeadersMiddleware())
        .add(middleware: SessionMiddleware(services: services))
        // Again inside, so that error pages of signed-in users show who they are and a way back.
        .add(middleware: ErrorPageMiddleware(services: services))
        .add(middleware: CSRFMiddleware(services: services))
    AppStyleRoute(services: services).add(to: app)
    LoginRoutes(services: services).add(to: app)
    LectureRoutes(services: services).add(to: app)
    MeetingRoutes(services: services).add(to: app)
    ComplianceRoutes(services: services).add(to: app)
    LetterRoutes(services: services).add(to: app)
    return router
}

/// The application listening on `host:port`, with the configuration's header and idle timeouts and
/// connection limit; `onServerRunning` gets the listening channel (tests read its port).
public func buildApplication(services: AppServices, host: String, port: Int, liveReload: LiveReload? = nil,
                             logger: Logger = Logger(label: "campaign.serve"),
                             onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in })
    -> some ApplicationProtocol {
    let configuration = services.configuration
    let headerTimeout = configuration.headerTimeout
    return Application(
        router: buildRouter(services: services, liveReload: liveReload),
        server: .http1(configuration: .init(additionalChannelHandlers: [HeaderTimeoutHandler(timeout: headerTimeout)],
                                            idleTimeout: TimeAmount(configuration.idleTimeout))),
        configuration: .init(address: .hostname(host, port: port), serverName: "campaign",
                             availableConnectionsDelegate: MaximumAvailableConnections(configuration.maxConnections,
                                                                                      logger: logger)),
        onServerRunning: onServerRunning,
        logger: logger)
}
