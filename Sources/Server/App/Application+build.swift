import Foundation
import Hummingbird
import Logging
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
    if let site = services.configuration.builtSite {
        router.add(middleware: FileMiddleware<AppRequestContext, LocalFileSystem>(site.path, searchForIndexHtml: true))
    }
    liveReload?.add(to: router)
    let app = router.group("app")
        .add(middleware: SecurityHeadersMiddleware())
        .add(middleware: SessionMiddleware(services: services))
        // Again inside, so that error pages of signed-in users show who they are and a way back.
        .add(middleware: ErrorPageMiddleware(services: services))
        .add(middleware: CSRFMiddleware())
    AppStyleRoute(services: services).add(to: app)
    LoginRoutes(services: services).add(to: app)
    LectureRoutes(services: services).add(to: app)
    MeetingRoutes(services: services).add(to: app)
    ComplianceRoutes(services: services).add(to: app)
    LetterRoutes(services: services).add(to: app)
    return router
}

/// The application listening on `host:port`.
public func buildApplication(services: AppServices, host: String, port: Int, liveReload: LiveReload? = nil,
                             logger: Logger = Logger(label: "campaign.serve"))
    -> some ApplicationProtocol {
    Application(router: buildRouter(services: services, liveReload: liveReload),
                configuration: .init(address: .hostname(host, port: port), serverName: "campaign"),
                logger: logger)
}
